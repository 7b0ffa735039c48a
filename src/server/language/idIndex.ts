/**
 * Where each persona id and pain point id is defined and referenced in a map, for
 * go to definition, find references, rename and id completion. Pure: no `vscode`;
 * works on the engine's parsed value and range lookup, so it also works while the
 * map has schema errors.
 */
import type { SourceRange } from '../../core/index';
import type { DocumentPath } from './schemaNavigator';
import { walkJourney } from '../../core/journeyWalk';
import { asArray, asRecord } from '../../core/values';

export type IdKind = 'persona' | 'painPoint';

export interface IdOccurrence {
  readonly kind: IdKind;
  readonly id: string;
  readonly role: 'definition' | 'reference';
  readonly path: DocumentPath;
  readonly range: SourceRange;
}

export type RangeLookup = (path: DocumentPath, part?: 'key' | 'value' | 'item') => SourceRange | undefined;

export function indexIds(value: unknown, rangeOf: RangeLookup): IdOccurrence[] {
  const occurrences: IdOccurrence[] = [];
  const add = (kind: IdKind, role: IdOccurrence['role'], id: unknown, path: DocumentPath, part: 'key' | 'value') => {
    if (typeof id !== 'string' || id === '') return;
    const range = rangeOf(path, part);
    if (range) occurrences.push({ kind, id, role, path, range });
  };
  const walk = walkJourney(value);
  for (const { persona, path } of walk.personas) add('persona', 'definition', persona.id, [...path, 'id'], 'value');
  for (const { touchpoint, path, painPoints, opportunities } of walk.touchpoints) {
    asArray(touchpoint.personas).forEach((id, k) => add('persona', 'reference', id, [...path, 'personas', k], 'value'));
    for (const id of Object.keys(asRecord(touchpoint.emotion) ?? {}))
      add('persona', 'reference', id, [...path, 'emotion', id], 'key');
    for (const { painPoint, path: at } of painPoints)
      add('painPoint', 'definition', painPoint.id, [...at, 'id'], 'value');
    for (const { opportunity, path: at } of opportunities)
      asArray(opportunity.addresses).forEach((id, k) =>
        add('painPoint', 'reference', id, [...at, 'addresses', k], 'value'),
      );
  }
  return occurrences;
}

/** The occurrence whose range holds `offset` (ranges' end is exclusive; the end itself still counts, as the cursor sits there after typing). */
export function occurrenceAt(occurrences: readonly IdOccurrence[], offset: number): IdOccurrence | undefined {
  return occurrences.find(
    (occurrence) => occurrence.range.start.offset <= offset && offset <= occurrence.range.end.offset,
  );
}

export function sameId(
  occurrences: readonly IdOccurrence[],
  target: Pick<IdOccurrence, 'kind' | 'id'>,
): IdOccurrence[] {
  return occurrences.filter((occurrence) => occurrence.kind === target.kind && occurrence.id === target.id);
}

/** Ids the schema accepts (definitions.id.pattern). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** Which kind of id a value at `path` refers to, if it is a reference position. */
export function referenceKindAt(path: DocumentPath, onKey: boolean): IdKind | undefined {
  const n = path.length;
  if (n >= 6 && path[0] === 'stages' && path[2] === 'touchpoints') {
    if (n === 6 && path[4] === 'personas' && typeof path[5] === 'number') return 'persona';
    if (n === 6 && path[4] === 'emotion' && onKey) return 'persona';
    if (n === 8 && path[4] === 'opportunities' && path[6] === 'addresses' && typeof path[7] === 'number')
      return 'painPoint';
  }
  return undefined;
}
