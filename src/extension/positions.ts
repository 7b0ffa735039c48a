import * as vscode from 'vscode';
import type { SourcePosition, SourceRange } from '../core/index';

/** The engine counts lines and columns from 1 (UTF-16 code units); VS Code from 0. */
export function toPosition(position: SourcePosition): vscode.Position {
  return new vscode.Position(Math.max(0, position.line - 1), Math.max(0, position.column - 1));
}

export function toRange(range: SourceRange): vscode.Range {
  return new vscode.Range(toPosition(range.start), toPosition(range.end));
}
