import { isScalar, type Document, type YAMLError } from 'yaml';
import type { Finding, Fix, RelatedLocation } from '../findings';
import type { PositionMapper } from '../text/positions';
import { SyntaxCode } from './codes';
import { MAX_SYNTAX_FINDINGS } from './limits';
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

/** The duplicate key's full range and, when found, where the key first appeared. */
function locateDuplicateKey(document: Document.Parsed, offset: number): { end?: number; first?: [number, number] } {
  let result: { end?: number; first?: [number, number] } = {};
  walkNodes(document, (node, map, pair) => {
    if (!map || !pair || pair.key !== node || node.range?.[0] !== offset) return false;
    const name = isScalar(node) ? String(node.value) : undefined;
    const earlier = map.items.find((item) => item !== pair && isScalar(item.key) && String(item.key.value) === name);
    const earlierRange = (earlier?.key as { range?: [number, number, number] } | undefined)?.range;
    result = { end: node.range[1], first: earlierRange ? [earlierRange[0], earlierRange[1]] : undefined };
    return true;
  });
  return result;
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
export function syntaxFindings(document: Document.Parsed, text: string, positions: PositionMapper): Finding[] {
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
    } else if (problem.code === 'DUPLICATE_KEY') {
      const located = locateDuplicateKey(document, start);
      const keyRange = positions.rangeAt(start, located.end ?? end);
      const key = text.slice(keyRange.start.offset, keyRange.end.offset);
      const related: RelatedLocation[] = located.first
        ? [{ message: `\`${key}\` is first set here`, range: positions.rangeAt(located.first[0], located.first[1]) }]
        : [];
      findings.push({
        code: SyntaxCode.duplicateKey,
        category: 'syntax',
        severity: 'error',
        range: keyRange,
        related,
        message: `\`${key}\` is set twice in the same place: keep one of them (otherwise it is unclear which value counts).`,
      });
    } else if (problem.code === 'TAB_AS_INDENT') {
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
