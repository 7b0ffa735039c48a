import { isMap, isScalar, type Document, type Scalar, type YAMLError } from 'yaml';
import type { Finding, Fix, RelatedLocation } from '../findings';
import type { PositionMapper } from '../text/positions';
import { SyntaxCode } from './codes';
import { MAX_SYNTAX_FINDINGS } from './limits';
import type { TabReading } from './tabRepair';
import { walkNodes } from './walkNodes';

/** Plain-words hints for yaml's error codes; yaml's own message follows in the finding. */
const hints: Partial<Record<YAMLError['code'], string>> = {
  BAD_INDENT:
    'The indentation does not line up: YAML nests items by indentation, so align this line with the items it belongs to.',
  MULTILINE_IMPLICIT_KEY:
    'A key must fit on one line. Is a `:` missing at the end of a line above, or a quote left open?',
  BLOCK_AS_IMPLICIT_KEY: 'A key must fit on one line. Is a `:` missing at the end of a line above?',
  BAD_SCALAR_START: 'This text starts with a character YAML reserves: put the whole value in quotes.',
  UNEXPECTED_TOKEN: 'YAML did not expect this here. A missing `:` or `-`, or a value that should be quoted?',
  MISSING_CHAR: 'A character is missing: check the brackets, quotes and commas around here.',
  BAD_DQ_ESCAPE:
    'This backslash escape is not valid in double quotes: use single quotes or write `\\\\` for a backslash.',
  KEY_OVER_1024_CHARS: 'This key is longer than YAML allows (1,024 characters).',
  BAD_ALIAS: 'This alias refers to an anchor (`&name`) that is not defined above it.',
  NON_STRING_KEY: 'Keys should be plain words.',
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
        ? [{ message: `\`${name}\` is first set here`, range: positions.rangeAt(first.range[0], first.range[1]) }]
        : [];
      findings.push({
        code: SyntaxCode.duplicateKey,
        category: 'syntax',
        severity: 'error',
        range: keyRange,
        related,
        message: `\`${name}\` is set twice in the same place: keep one of them (otherwise it is unclear which value counts).`,
      });
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
  return {
    title: 'Replace the tabs in the indentation with spaces',
    preferred: true,
    edits: [
      {
        range: positions.rangeAt(lineRange.start.offset, lineRange.start.offset + indentation.length),
        newText: indentation.replace(/\t/g, '  '),
      },
    ],
  };
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
      findings.push({
        code: SyntaxCode.tooDeep,
        category: 'limit',
        severity: 'error',
        range,
        message:
          'The map nests lists or sections far deeper than a journey map can (hundreds of levels): the rest of the file was not read. Check for unbalanced brackets `[` `{`.',
      });
    } else if (
      problem.code === 'TAB_AS_INDENT' ||
      (tabs?.tabbed.has(range.start.line) && problem.name !== 'YAMLWarning')
    ) {
      // yaml names a tab in the indentation only when it is the whole indentation; after spaces it
      // reports what the tab does to the nesting instead. Either way the tab is the mistake.
      if (linesWithError.has(range.start.line)) continue;
      const fix = tabFix(text, positions, start);
      linesWithError.add(range.start.line);
      findings.push({
        code: SyntaxCode.tabIndentation,
        category: 'syntax',
        severity: 'error',
        range,
        message: 'Tabs cannot be used to indent YAML: indent with spaces.',
        ...(fix ? { fixes: [fix] } : {}),
      });
    } else if (problem.name === 'YAMLWarning') {
      findings.push({
        code: SyntaxCode.yamlWarning,
        category: 'syntax',
        severity: 'warning',
        range,
        message: `YAML: ${yamlMessage}`,
      });
    } else {
      if (linesWithError.has(range.start.line)) continue;
      // An echo of a tab in the indentation above (see tabRepair.ts): the tab's own finding says it.
      if (tabs && !tabs.genuine.has(range.start.line)) continue;
      const hint = hints[problem.code];
      linesWithError.add(range.start.line);
      findings.push({
        code: SyntaxCode.yamlSyntax,
        category: 'syntax',
        severity: 'error',
        range,
        message: hint ? `${hint} (YAML: ${yamlMessage})` : `YAML syntax error: ${yamlMessage}`,
      });
    }
  }
  return findings;
}
