/** A vertical stack of wrapped texts and small shapes inside a box: the building block of every card. */
import { FONT_ASCENT } from './font/measure';
import { measureText } from './font/measure';
import type { CanvasColor } from './palette';
import { wrapText } from './text';
import type { CanvasShape, CanvasText, Rect } from './types';

export const MIN_FONT_SIZE = 11;
export const LINE_HEIGHT = 1.3;

export interface TextStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color?: CanvasColor;
  readonly maxLines?: number;
  /** Indent from the stack's left edge (for text after an inline marker). */
  readonly indent?: number;
  readonly anchor?: 'start' | 'middle' | 'end';
}

/** Builds a text block at (x, top) with wrapping; returns it and its height. */
export function textBlock(
  value: unknown,
  x: number,
  top: number,
  width: number,
  style: TextStyle = {},
): { text: CanvasText; height: number } | undefined {
  const size = Math.max(MIN_FONT_SIZE, style.size ?? 12);
  const wrapped = wrapText(value, {
    maxWidth: Math.max(size, width),
    fontSize: size,
    bold: style.bold === true,
    maxLines: style.maxLines ?? 3,
  });
  if (wrapped.lines.length === 0) return undefined;
  const lineHeight = Math.round(size * LINE_HEIGHT * 10) / 10;
  const used = Math.max(...wrapped.lines.map((line) => measureText(line, size, style.bold === true)));
  const anchor = style.anchor ?? 'start';
  const boxWidth = Math.min(width, Math.ceil(used));
  const boxX = anchor === 'start' ? x : anchor === 'middle' ? x - boxWidth / 2 : x - boxWidth;
  const height = wrapped.lines.length * lineHeight;
  const baseline = top + (lineHeight - size * 1.164) / 2 + size * FONT_ASCENT;
  const text: CanvasText = {
    x,
    y: round(baseline),
    lines: wrapped.lines,
    fontSize: size,
    lineHeight,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    color: style.color ?? 'text',
    anchor,
    box: { x: round(boxX), y: round(top), width: boxWidth, height: round(height) },
    ...(wrapped.truncated ? { fullText: wrapped.full } : {}),
  };
  return { text, height };
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Lays content out top to bottom inside `width`, starting at (x, y). Texts wrap to the width; a
 * marker-led line puts small shapes before its text.
 */
export class Stack {
  readonly texts: CanvasText[] = [];
  readonly shapes: CanvasShape[] = [];
  private cursor: number;

  constructor(
    readonly x: number,
    readonly top: number,
    readonly width: number,
  ) {
    this.cursor = top;
  }

  get y(): number {
    return this.cursor;
  }

  get height(): number {
    return this.cursor - this.top;
  }

  gap(amount: number): this {
    this.cursor += amount;
    return this;
  }

  /** Adds a wrapped text; nothing (and no gap) for an empty value. */
  text(value: unknown, style: TextStyle = {}, after = 2): CanvasText | undefined {
    const indent = style.indent ?? 0;
    const block = textBlock(value, this.x + indent, this.cursor, this.width - indent, style);
    if (!block) return undefined;
    this.texts.push(block.text);
    this.cursor += block.height + after;
    return block.text;
  }

  /** Reserves a row of `height` for shapes/texts the caller places itself. */
  reserve(height: number): number {
    const top = this.cursor;
    this.cursor += height;
    return top;
  }

  shape(shape: CanvasShape): void {
    this.shapes.push(shape);
  }
}

export function rect(x: number, y: number, width: number, height: number): Rect {
  return { x: round(x), y: round(y), width: round(width), height: round(height) };
}
