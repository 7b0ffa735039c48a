import { isMap, isScalar, type Document, type Scalar, type YAMLError } from 'yaml';
import { codeFinding, codeFix, codeRelated } from '../codeFinding';
import type { Finding, Fix, RelatedLocation } from '../findings';
import type { CodeMessageKey } from '../l10n/catalogues/codes.en';
import type { PositionMapper } from '../text/positions';
import { MAX_SYNTAX_FINDINGS } from './limits';
import type { TabReading } from './tabRepair';
import { walkNodes } from './walkNodes';

/** yaml's error codes that have a plain-words hint (codes.en.ts `JM001.*`); yaml's own message follows. */
const hints: Partial<Record<YAMLError['code'], CodeMessageKey>> = {
  BAD_INDENT: 'JM001.badIndent',
  MULTILINE_IMPLICIT_KEY: 'JM001.multilineImplicitKey',
  BLOCK_AS_IMPLICIT_KEY: 'JM001.blockAsImplicitKey',
  BAD_SCALAR_START: 'JM001.badScalarStart',
  UNEXPECTED_TOKEN: 'JM001.unexpectedToken',
  MISSING_CHAR: 'JM001.missingChar',
  BAD_DQ_ESCAPE: 'JM001.badDqEscape',
  KEY_OVER_1024_CHARS: 'JM001.keyTooLong',
  BAD_ALIAS: 'JM001.badAlias',
  NON_STRING_KEY: 'JM001.nonStringKey',
};

function firstLine(message: string): string {
  return message.split('\n', 1)[0]!.trim();
}

/**
 * Keys set twice in one mapping, found in one walk with a set per mapping. (yaml's own `uniqueKeys`
 * check compares each key with every earlier one: 20,000 keys took 20 s. It is turned off.)
 * Keys compare as yaml compares them: scalars by value, other keys never.
 */
export function duplicateKeyFindings(
  document: Document.Parsed,
  positions: PositionMapper,
  limit: number,
  tabs?: TabReading,
): Finding[] {
  const findings: Finding[] = [];
  walkNodes(document, (node) => {
    if (!isMap(node)) return false;
    const seen = new Map<unknown, Scalar>();
    for (const pair of node.items) {
      const key = pair.key;
      if (!isScalar(key)) continue;
      const first = seen.get(key.value);
      if (!first) {
        seen.set(key.value, key);
        continue;
      }
      const [start, end] = key.range ?? [0, 0];
      const keyRange = positions.rangeAt(start, end);
      // A tab in the indentation can fold a line into the mapping above: the tab is the mistake.
      if (tabs?.tabbed.has(keyRange.start.line)) continue;
      const name = positions.text.slice(start, end);
      const related: RelatedLocation[] = first.range
        ? [codeRelated('JM002.firstSet', { key: name }, positions.rangeAt(first.range[0], first.range[1]))]
        : [];
      findings.push(codeFinding('JM002.duplicate', { key: name }, { range: keyRange, related }));
      if (findings.length >= limit) return true;
    }
    return false;
  });
  return findings;
}

function tabFix(text: string, positions: PositionMapper, offset: number): Fix | undefined {
  const lineRange = positions.lineRange(positions.positionAt(offset).line);
  const line = text.slice(lineRange.start.offset, lineRange.end.offset);
  const indentation = /^[\t ]*/.exec(line)![0];
  if (!indentation.includes('\t')) return undefined;
  return codeFix('JM007.replaceTabs', {}, [
    {
      range: positions.rangeAt(lineRange.start.offset, lineRange.start.offset + indentation.length),
      newText: indentation.replace(/\t/g, '  '),
    },
  ]);
}

/** Turns yaml's errors and warnings for one document into findings. */
export function syntaxFindings(
  document: Document.Parsed,
  text: string,
  positions: PositionMapper,
  tabs?: TabReading,
): Finding[] {
  const findings: Finding[] = [];
  let reportedDepth = false;
  // yaml often reports several errors for one mistake; one per line is enough to find it.
  const linesWithError = new Set<number>();
  const problems: YAMLError[] = [...document.errors, ...document.warnings];
  for (const problem of problems.slice(0, MAX_SYNTAX_FINDINGS)) {
    const [start, rawEnd] = problem.pos;
    const end = Math.max(rawEnd, Math.min(start + 1, text.length));
    const range = positions.rangeAt(start, end);
    const yamlMessage = firstLine(problem.message);
    if (problem.code === 'RESOURCE_EXHAUSTION') {
      // yaml reports one of these per level it gave up on; one finding says it all.
      if (reportedDepth) continue;
      reportedDepth = true;
      findings.push(codeFinding('JM009.nesting', {}, { range }));
    } else if (
      problem.code === 'TAB_AS_INDENT' ||
      (tabs?.tabbed.has(range.start.line) && problem.name !== 'YAMLWarning')
    ) {
      // yaml names a tab in the indentation only when it is the whole indentation; after spaces it
      // reports what the tab does to the nesting instead. Either way the tab is the mistake.
      if (linesWithError.has(range.start.line)) continue;
      const fix = tabFix(text, positions, start);
      linesWithError.add(range.start.line);
      findings.push(codeFinding('JM007.tabs', {}, { range, ...(fix ? { fixes: [fix] } : {}) }));
    } else if (problem.name === 'YAMLWarning') {
      findings.push(codeFinding('JM010.warning', { detail: yamlMessage }, { range }));
    } else {
      if (linesWithError.has(range.start.line)) continue;
      // An echo of a tab in the indentation above (see tabRepair.ts): the tab's own finding says it.
      if (tabs && !tabs.genuine.has(range.start.line)) continue;
      const hint = hints[problem.code];
      linesWithError.add(range.start.line);
      findings.push(codeFinding(hint ?? 'JM001.syntax', { detail: yamlMessage }, { range }));
    }
  }
  return findings;
}
