/**
 * Completion inside a half-typed line without re-parsing the whole map: the cursor's
 * touchpoint (else stage) is found in the last analysis' tree, only that unit's current text
 * is patched and parsed (cursorContext's marker parse), and the path is prefixed with the
 * unit's path. Falls back to the whole text when the cursor is not inside one unit.
 */
import type { JourneyAnalysis } from '../../core/index';
import { completionContextAt, type CompletionContext } from '../language/cursorContext';
import { changedWindow, cleanBase, enclosingUnit } from './reparse';

export function completionContextFromUnit(
  text: string,
  offset: number,
  last: JourneyAnalysis | undefined,
): CompletionContext | undefined {
  // After a version with a syntax error, the last clean tree before it locates the unit.
  const base = last ? cleanBase(last) : undefined;
  const unitContext = base ? unitCompletionContext(text, offset, base) : undefined;
  return unitContext ?? completionContextAt(text, offset);
}

export function unitCompletionContext(
  text: string,
  offset: number,
  last: JourneyAnalysis,
): CompletionContext | undefined {
  const document = last.parsed.document;
  if (!document || document.errors.length > 0) return undefined;
  const window = changedWindow(last.text, text);
  const delta = window.newEnd - window.oldEnd;
  // The cursor in the last analysed text, and the span both the edit and the cursor cover there.
  const before = offset <= window.start ? offset : offset >= window.newEnd ? offset - delta : window.start;
  const from = Math.min(before, window.start === window.oldEnd && delta === 0 ? before : window.start);
  const to = Math.max(before, delta === 0 && window.start === window.oldEnd ? before : window.oldEnd);
  const unit = enclosingUnit(document, last.text, from, to);
  if (!unit?.item.range) return undefined;
  const column = unit.item.range[0] - unit.start - 2;
  const end = unit.end + delta;
  if (column < 0 || offset > end) return undefined;
  const fragment = text.slice(unit.start, end);
  // The cursor's line must be inside the item (deeper than its `- `, or the `- ` line itself).
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lead = /^ */.exec(text.slice(lineStart, offset))![0].length;
  if (lineStart !== unit.start && lead < column + 2) return undefined;
  const context = completionContextAt(fragment, offset - unit.start, { clean: true });
  if (!context || context.path[0] !== 0) return undefined;
  return {
    ...context,
    path: [...unit.path, ...context.path.slice(1)],
    replaceStart: context.replaceStart + unit.start,
    replaceEnd: context.replaceEnd + unit.start,
  };
}
