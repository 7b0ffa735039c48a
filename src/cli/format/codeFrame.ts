/**
 * The excerpt printed under a finding in the text format: the offending line with a caret
 * underline spanning the finding's range, like tsc and eslint.
 *
 *   12 |         emotion: 7
 *      |                  ^
 */
import type { SourceRange } from '../../core/findings';
import type { Palette } from './colors';
import { neutralise } from './neutralise';

/** Longer lines are cut to a window around the finding so the frame stays readable. */
const MAX_SHOWN_WIDTH = 120;

/**
 * A text with its line starts computed once (linear), so a frame costs the length of its own
 * line, not of the whole file: splitting the file per finding made `check` quadratic.
 */
export class SourceLines {
  /** Offset of each line's first character; lines end at \r\n, \r or \n, as the engine counts them. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    const breaks = /\r\n|\r|\n/g;
    for (let match = breaks.exec(text); match !== null; match = breaks.exec(text)) {
      this.starts.push(match.index + match[0].length);
    }
  }

  get count(): number {
    return this.starts.length;
  }

  /** The 1-based line's text without its line break, or undefined when out of range. */
  line(number: number): string | undefined {
    const index = number - 1;
    if (index < 0 || index >= this.starts.length) return undefined;
    const start = this.starts[index]!;
    let end = index + 1 < this.starts.length ? this.starts[index + 1]! : this.text.length;
    while (end > start && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end -= 1;
    return this.text.slice(start, end);
  }
}

export function codeFrame(source: string | SourceLines, range: SourceRange, colors: Palette): string {
  const lines = typeof source === 'string' ? new SourceLines(source) : source;
  const raw = lines.line(range.start.line);
  if (raw === undefined) return '';
  // Tabs would misalign the caret: one space each. Control characters and bidi overrides would
  // control the terminal: shown escaped (`\u001b`), the caret columns moved to match.
  const { shown: line, columnOf } = displayLine(raw);
  const rawStart = Math.min(Math.max(range.start.column - 1, 0), raw.length);
  const rawEndOnLine = range.end.line === range.start.line ? range.end.column - 1 : raw.length;
  const rawEnd = Math.max(Math.min(rawEndOnLine, raw.length), rawStart);
  const start = columnOf(rawStart);
  const end = Math.max(columnOf(rawEnd), start + 1);

  let windowStart = 0;
  if (line.length > MAX_SHOWN_WIDTH) windowStart = Math.max(0, Math.min(start - 20, line.length - MAX_SHOWN_WIDTH));
  const windowEnd = Math.min(line.length, windowStart + MAX_SHOWN_WIDTH);
  const prefix = windowStart > 0 ? '…' : '';
  const suffix = windowEnd < line.length ? '…' : '';
  const excerpt = prefix + line.slice(windowStart, windowEnd) + suffix;
  const caretStart = prefix.length + start - windowStart;
  const caretLength = Math.max(1, Math.min(end, windowEnd) - Math.max(start, windowStart));

  const number = String(range.start.line);
  const gutter = ' '.repeat(number.length);
  return [
    `  ${colors.dim(`${number} |`)} ${excerpt}`,
    `  ${colors.dim(`${gutter} |`)} ${' '.repeat(caretStart)}${colors.red('^'.repeat(caretLength))}`,
  ].join('\n');
}

/** The line as printed, and where each original column lands in it. */
function displayLine(raw: string): { shown: string; columnOf: (column: number) => number } {
  const safe = neutralise(raw.replace(/\t/g, ' '));
  if (safe.length === raw.length) return { shown: safe, columnOf: (column) => column };
  // Some characters became escapes: map columns through the per-character widths.
  const offsets: number[] = [0];
  let shown = '';
  for (const char of raw) {
    const piece = char === '\t' ? ' ' : neutralise(char);
    for (let unit = 0; unit < char.length; unit += 1) offsets.push(shown.length + (unit === 0 ? 0 : piece.length));
    shown += piece;
    offsets[offsets.length - 1] = shown.length;
  }
  return { shown, columnOf: (column) => offsets[Math.min(column, offsets.length - 1)]! };
}
