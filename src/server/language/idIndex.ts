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
  // Metrics name a persona wherever they sit (a stage or a touchpoint), as the engine checks.
  for (const { metric, path } of walk.metrics)
    add('persona', 'reference', metric.persona, [...path, 'persona'], 'value');
  // So do quotes, on stages and touchpoints.
  const quotes = (holder: Record<string, unknown>, at: DocumentPath) =>
    asArray(holder.quotes).forEach((quote, q) =>
      add('persona', 'reference', asRecord(quote)?.persona, [...at, 'quotes', q, 'persona'], 'value'),
    );
  for (const { stage, path } of walk.stages) quotes(stage, path);
  for (const { touchpoint, path, painPoints, opportunities } of walk.touchpoints) {
    asArray(touchpoint.personas).forEach((id, k) => add('persona', 'reference', id, [...path, 'personas', k], 'value'));
    for (const scores of ['emotion', 'feeling'] as const)
      for (const id of Object.keys(asRecord(touchpoint[scores]) ?? {}))
        add('persona', 'reference', id, [...path, scores, id], 'key');
    quotes(touchpoint, path);
    for (const { painPoint, path: at } of painPoints)
      add('painPoint', 'definition', painPoint.id, [...at, 'id'], 'value');
    for (const { opportunity, path: at } of opportunities)
      asArray(opportunity.addresses).forEach((id, k) =>
        add('painPoint', 'reference', id, [...at, 'addresses', k], 'value'),
      );
  }
  // In text order: semantic tokens and the binary search in occurrenceAt read them front to back.
  return occurrences.sort((a, b) => a.range.start.offset - b.range.start.offset);
}

/** The id index of one analysis, built once and shared by every request on that version. */
const indexes = new WeakMap<object, IdOccurrence[]>();

export function cachedIndexIds(parsed: { readonly value: unknown; readonly rangeOf: RangeLookup }): IdOccurrence[] {
  let index = indexes.get(parsed);
  if (!index) {
    index = indexIds(parsed.value, parsed.rangeOf.bind(parsed));
    indexes.set(parsed, index);
  }
  return index;
}

/**
 * The occurrence whose range holds `offset` (ranges' end is exclusive; the end itself still
 * counts, as the cursor sits there after typing). `occurrences` are in text order (indexIds):
 * a binary search.
 */
export function occurrenceAt(occurrences: readonly IdOccurrence[], offset: number): IdOccurrence | undefined {
  let low = 0;
  let high = occurrences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = occurrences[middle]!.range;
    if (range.end.offset < offset) low = middle + 1;
    else if (range.start.offset > offset) high = middle - 1;
    else {
      // Touching ranges (`[a,b]`): the first that holds the offset, as a linear scan would find it.
      let first = middle;
      while (first > 0 && occurrences[first - 1]!.range.end.offset >= offset) first--;
      return occurrences[first];
    }
  }
  return undefined;
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
  if (path[0] !== 'stages' || typeof path[1] !== 'number') return undefined;
  // `metrics[m].persona` and `quotes[q].persona`, on a stage or on a touchpoint.
  const holder = path[2] === 'touchpoints' && typeof path[3] === 'number' ? 4 : 2;
  if (
    n === holder + 3 &&
    (path[holder] === 'metrics' || path[holder] === 'quotes') &&
    typeof path[holder + 1] === 'number' &&
    path[holder + 2] === 'persona' &&
    !onKey
  )
    return 'persona';
  if (n >= 6 && path[2] === 'touchpoints') {
    if (n === 6 && path[4] === 'personas' && typeof path[5] === 'number') return 'persona';
    if (n === 6 && (path[4] === 'emotion' || path[4] === 'feeling') && onKey) return 'persona';
    if (n === 8 && path[4] === 'opportunities' && path[6] === 'addresses' && typeof path[7] === 'number')
      return 'painPoint';
  }
  return undefined;
}
