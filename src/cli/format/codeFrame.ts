/**
 * The excerpt printed under a finding in the text format: the offending line with a caret
 * underline spanning the finding's range, like tsc and eslint.
 *
 *   12 |         emotion: 7
 *      |                  ^
 */
import type { SourceRange } from '../../core/findings';
import type { Palette } from './colors';

/** Longer lines are cut to a window around the finding so the frame stays readable. */
const MAX_SHOWN_WIDTH = 120;

export function codeFrame(text: string, range: SourceRange, colors: Palette): string {
  const lines = text.split(/\r\n|\r|\n/);
  const lineIndex = range.start.line - 1;
  if (lineIndex < 0 || lineIndex >= lines.length) return '';
  // Tabs and control characters would misalign the caret (or control the terminal): show one space for each.
  const line = lines[lineIndex]!.replace(/[\u0000-\u001f\u007f]/g, ' ');
  const start = Math.min(Math.max(range.start.column - 1, 0), line.length);
  const endOnLine = range.end.line === range.start.line ? range.end.column - 1 : line.length;
  const end = Math.max(Math.min(endOnLine, line.length), start + 1);

  let windowStart = 0;
  if (line.length > MAX_SHOWN_WIDTH) windowStart = Math.max(0, Math.min(start - 20, line.length - MAX_SHOWN_WIDTH));
  const windowEnd = Math.min(line.length, windowStart + MAX_SHOWN_WIDTH);
  const prefix = windowStart > 0 ? '…' : '';
  const suffix = windowEnd < line.length ? '…' : '';
  const shown = prefix + line.slice(windowStart, windowEnd) + suffix;
  const caretStart = prefix.length + start - windowStart;
  const caretLength = Math.max(1, Math.min(end, windowEnd) - Math.max(start, windowStart));

  const number = String(range.start.line);
  const gutter = ' '.repeat(number.length);
  return [
    `  ${colors.dim(`${number} |`)} ${shown}`,
    `  ${colors.dim(`${gutter} |`)} ${' '.repeat(caretStart)}${colors.red('^'.repeat(caretLength))}`,
  ].join('\n');
}
