/** The engine counts lines and columns from 1 (UTF-16 code units); LSP from 0. */
import type { Position, Range } from 'vscode-languageserver';
import type { SourcePosition, SourceRange } from '../core/index';

export function toPosition(position: SourcePosition): Position {
  return { line: Math.max(0, position.line - 1), character: Math.max(0, position.column - 1) };
}

export function toRange(range: SourceRange): Range {
  return { start: toPosition(range.start), end: toPosition(range.end) };
}

export function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
