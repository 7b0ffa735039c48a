/**
 * Range markers for fixtures: write the expected range inside the text with ⟦ and ⟧, e.g.
 *   const { text, ranges } = marked('journey: x\n⟦colour⟧: red\n');
 * `text` is the text without markers; `ranges[0]` is "2:1-2:7" (1-based, end exclusive),
 * in the notation `formatRange` produces, so assertions read like the CLI's output.
 */
import type { SourceRange } from '../../../src/core/findings';

export const OPEN = '⟦';
export const CLOSE = '⟧';

export interface MarkedText {
  readonly text: string;
  /** The marked ranges in order of their opening marker, as "line:column-line:column". */
  readonly ranges: string[];
}

export function marked(source: string): MarkedText {
  let text = '';
  let line = 1;
  let column = 1;
  const open: { line: number; column: number; index: number }[] = [];
  const ranges: string[] = [];
  for (const char of source) {
    if (char === OPEN) {
      open.push({ line, column, index: ranges.length });
      ranges.push('');
      continue;
    }
    if (char === CLOSE) {
      const start = open.pop();
      if (!start) throw new Error('marked(): ⟧ without ⟦');
      ranges[start.index] = `${start.line}:${start.column}-${line}:${column}`;
      continue;
    }
    text += char;
    if (char === '\n') {
      line++;
      column = 1;
    } else {
      column += char.length; // UTF-16 code units, like the engine
    }
  }
  if (open.length) throw new Error('marked(): ⟦ without ⟧');
  return { text, ranges };
}

export function formatRange(range: SourceRange): string {
  return `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;
}
