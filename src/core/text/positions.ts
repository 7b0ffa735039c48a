import type { SourcePosition, SourceRange } from '../findings';

/**
 * Converts 0-based offsets into 1-based line/column positions (UTF-16 code units).
 *
 * Line breaks are `\n`, `\r\n` and a lone `\r`, as VS Code counts them, so a finding lands on the
 * line the editor shows. This works on any text, even one too large or too broken to parse — which
 * is why it does not rely on the parser's own LineCounter.
 */
export class PositionMapper {
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    // The usual case, no `\r` at all: let the native indexOf find the line breaks (several times
    // faster than a character loop; the language server builds one per keystroke).
    if (!text.includes('\r')) {
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
      this.lineStarts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 /* \n */) starts.push(i + 1);
      else if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): SourcePosition {
    const clamped = Math.max(0, Math.min(Math.floor(offset), this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low]! + 1, offset: clamped };
  }

  rangeAt(startOffset: number, endOffset: number): SourceRange {
    const start = this.positionAt(startOffset);
    const end = this.positionAt(Math.max(startOffset, endOffset));
    return { start, end };
  }

  /** The range from `offset` to the end of its line, without the line break and trailing blanks. */
  restOfLine(offset: number): SourceRange {
    const start = this.positionAt(offset);
    const next = this.lineStarts[start.line] ?? this.text.length;
    let end = next;
    while (end > start.offset && /[\r\n\t ]/.test(this.text[end - 1]!)) end--;
    return this.rangeAt(start.offset, end);
  }

  /** The whole of a (1-based) line, without its line break. */
  lineRange(line: number): SourceRange {
    const index = Math.max(1, Math.min(line, this.lineStarts.length)) - 1;
    return this.restOfLine(this.lineStarts[index]!);
  }
}
