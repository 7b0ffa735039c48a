/**
 * Gap findings carried over from the previous version of a map. Turning a rule's report into a
 * finding (locating its path in the syntax tree, rendering its message and related places) costs
 * more than most rules' checks; after an edit inside one touchpoint or stage, almost every report
 * is the same as before and about text the edit did not touch. Such a report's finding is the
 * previous one, its ranges moved by the lines the edit added or removed.
 *
 * A report is "the same" when its rule, severity, message, data and paths (its own and its related
 * places') are; it is "untouched" when none of those paths leads into the re-parsed unit and none of
 * the previous finding's ranges overlaps the unit's text. Anything else is located and worded
 * afresh. The incremental property test (test/unit/server/incremental.property.test.ts) holds the
 * result to a fresh full analysis, ranges included.
 */
import type { Finding, SourcePosition, SourceRange } from '../findings';
import type { MessageData } from '../messages';
import type { DocumentPath, GapReport } from './rule';

/** The re-parsed unit of an incremental edit, in the previous text, and how the text after it moved. */
export interface EditedUnit {
  /** Document path of the unit (a touchpoint or a stage); the list lengths around it did not change. */
  readonly path: DocumentPath;
  /** [start, end) of the unit in the previous text; `end` is a line start (or the end of the text). */
  readonly start: number;
  readonly end: number;
  /** What the edit added to every offset at or after `end`, and to every line number there. */
  readonly delta: number;
  readonly lineDelta: number;
}

/** The findings of one analysis by report, for the next version to take over. */
export class GapFindingMemo {
  readonly byReport = new Map<string, Finding>();
  /** `settings`: what the findings' severities and options came from (compared by identity). */
  constructor(
    readonly settings: unknown,
    readonly today: string,
  ) {}
}

/** What analyzeGaps is given to carry findings over: the previous memo and the edit since, and where to record this run's. */
export interface FindingReuse {
  readonly previous?: { readonly memo: GapFindingMemo; readonly unit: EditedUnit };
  readonly next: GapFindingMemo;
}

/** A report's identity: everything its finding is made of except positions. */
export function reportKey(code: string, severity: string, report: GapReport): string {
  let key = `${code}\u0000${severity}\u0000${report.messageId}\u0000${report.part}\u0000${report.path.join('\u0001')}\u0000${dataKey(report.data)}`;
  for (const place of report.related ?? [])
    key += `\u0000${place.messageId}\u0001${place.part ?? ''}\u0001${place.path.join('\u0001')}\u0001${dataKey(place.data)}`;
  return key;
}

/** Message data as a key: names, value types and values (a keyed message as JSON; rare). */
function dataKey(data: MessageData | undefined): string {
  if (!data) return '';
  let key = '';
  for (const name in data) {
    const value = data[name]!;
    key += `\u0002${name}\u0003${typeof value === 'object' ? JSON.stringify(value) : `${typeof value}:${value}`}`;
  }
  return key;
}

/**
 * The previous finding of this report moved to the new text, or undefined when it must be made
 * afresh. The same object when nothing about it moved and it has no fixes to re-attach.
 */
export function carriedOver(
  previous: Finding,
  report: GapReport,
  unit: EditedUnit,
): { finding: Finding; moved: boolean } | undefined {
  if (leadsInto(report.path, unit.path)) return undefined;
  for (const place of report.related ?? []) if (leadsInto(place.path, unit.path)) return undefined;
  const range = moved(previous.range, unit);
  if (!range) return undefined;
  let related = previous.related;
  let anyMoved = range !== previous.range;
  if (related) {
    const shifted: NonNullable<Finding['related']>[number][] = [];
    for (const place of related) {
      const placeRange = moved(place.range, unit);
      if (!placeRange) return undefined;
      if (placeRange !== place.range) anyMoved = true;
      shifted.push(placeRange === place.range ? place : { ...place, range: placeRange });
    }
    if (anyMoved) related = shifted;
  }
  if (!anyMoved) return { finding: previous, moved: false };
  return { finding: { ...previous, range, ...(related ? { related } : {}) }, moved: true };
}

/** Whether `path` is the unit's path or inside it. */
function leadsInto(path: DocumentPath, unitPath: DocumentPath): boolean {
  if (path.length < unitPath.length) return false;
  for (let index = 0; index < unitPath.length; index++) if (path[index] !== unitPath[index]) return false;
  return true;
}

/** The range in the new text: the same before the unit, shifted after it, undefined when it touches the unit. */
function moved(range: SourceRange, unit: EditedUnit): SourceRange | undefined {
  if (range.end.offset <= unit.start && range.start.offset < unit.start) return range;
  if (range.start.offset < unit.end) return undefined;
  if (unit.delta === 0 && unit.lineDelta === 0) return range;
  return { start: shift(range.start, unit), end: shift(range.end, unit) };
}

/** After the unit, which ends at a line start: the column stays, the line and offset move. */
function shift(position: SourcePosition, unit: EditedUnit): SourcePosition {
  return { line: position.line + unit.lineDelta, column: position.column, offset: position.offset + unit.delta };
}
