import type { Journey, Persona, Stage, Touchpoint } from '../generated/journey';
import { editDistance } from '../text/closestMatch';
import type { IdChange } from './types';

export interface IdMatches {
  /** The old version with every re-identified persona, stage and touchpoint carrying its new id. */
  readonly journey: Journey;
  readonly personas: IdChange[];
  readonly stages: IdChange[];
  readonly touchpoints: IdChange[];
}

/**
 * Stages and touchpoints whose id changed between the versions, matched by name and position, so
 * that renaming `buy` to `purchase` reads as one rename rather than a stage removed, a stage added,
 * its touchpoints moved and its gaps both fixed and new. Only items whose id has no counterpart on
 * the other side are candidates. A stage matches on the same name, else on the same position with
 * the same kind or mostly the same touchpoints; a touchpoint on the same name (in the matched stage
 * first), else on the same position in the same stage with the same channel.
 */
export function matchChangedIds(before: Journey, after: Journey): IdMatches {
  const personas = matchPersonas(before, after);
  before = personas.journey;
  const stagePairs = pairUp(
    before.stages,
    after.stages,
    (stage) => stage.id,
    (old, now, oldIndex, nowIndex) =>
      sameName(old.name, now.name) ? 2 : oldIndex === nowIndex && (sameKind(old, now) || overlap(old, now)) ? 1 : 0,
  );
  const stageIds = new Map([...stagePairs].map(([old, now]) => [old.id, now.id]));
  const touchpointPairs = pairUp(
    before.stages.flatMap((stage) => (stage.touchpoints ?? []).map((touchpoint) => ({ touchpoint, stage }))),
    after.stages.flatMap((stage) => (stage.touchpoints ?? []).map((touchpoint) => ({ touchpoint, stage }))),
    (item) => item.touchpoint.id,
    (old, now) => {
      const sameStage = (stageIds.get(old.stage.id) ?? old.stage.id) === now.stage.id;
      if (sameName(old.touchpoint.name, now.touchpoint.name)) return sameStage ? 3 : 2;
      const position = (item: { touchpoint: Touchpoint; stage: Stage }) =>
        (item.stage.touchpoints ?? []).indexOf(item.touchpoint);
      return sameStage && position(old) === position(now) && old.touchpoint.channel === now.touchpoint.channel ? 1 : 0;
    },
  );
  const touchpointIds = new Map([...touchpointPairs].map(([old, now]) => [old.touchpoint.id, now.touchpoint.id]));
  if (stageIds.size === 0 && touchpointIds.size === 0)
    return { journey: before, personas: personas.changes, stages: [], touchpoints: [] };

  const journey: Journey = {
    ...before,
    stages: before.stages.map((stage) => ({
      ...stage,
      id: stageIds.get(stage.id) ?? stage.id,
      ...(stage.touchpoints
        ? {
            touchpoints: stage.touchpoints.map((touchpoint) => ({
              ...touchpoint,
              id: touchpointIds.get(touchpoint.id) ?? touchpoint.id,
            })),
          }
        : {}),
    })),
  };
  return {
    journey,
    personas: personas.changes,
    stages: [...stagePairs].map(([old, now]) => ({ name: now.name, from: old.id, to: now.id })),
    touchpoints: [...touchpointPairs].map(([old, now]) => ({
      name: now.touchpoint.name,
      from: old.touchpoint.id,
      to: now.touchpoint.id,
    })),
  };
}

/**
 * Personas whose id changed, matched by name (`rina` → `rina-s`, both "Rina, busy shopper"), or
 * by position with a similar name ("Rina, busy shopper" → "Rina, busy mobile shopper"). The old
 * version is returned with the new ids wherever it refers to a persona (touchpoints' `personas`,
 * the keys of per-persona `emotion` and `feeling`, quotes' and metrics' `persona`), so a renamed
 * id reads as one rename, not a persona removed, one added and every per-persona score changed.
 */
function matchPersonas(before: Journey, after: Journey): { journey: Journey; changes: IdChange[] } {
  const pairs = pairUp<Persona>(
    before.personas ?? [],
    after.personas ?? [],
    (persona) => persona.id,
    (old, now, oldIndex, nowIndex) =>
      sameName(personaLabel(old), personaLabel(now))
        ? 2
        : oldIndex === nowIndex && similarName(personaLabel(old), personaLabel(now))
          ? 1
          : 0,
  );
  if (pairs.size === 0) return { journey: before, changes: [] };
  const ids = new Map([...pairs].map(([old, now]) => [old.id, now.id]));
  return {
    journey: renamePersonaIds(before, ids),
    changes: [...pairs].map(([old, now]) => ({ name: personaLabel(now), from: old.id, to: now.id })),
  };
}

function personaLabel(persona: Persona): string {
  return persona.name || persona.id;
}

/**
 * The journey with persona ids replaced wherever the schema refers to one: the personas' own
 * `id`, any `personas` list of ids, any `persona` field, and the keys of `emotion` and `feeling`.
 */
function renamePersonaIds(journey: Journey, ids: ReadonlyMap<string, string>): Journey {
  const rename = (id: string): string => ids.get(id) ?? id;
  const walk = (value: unknown, key: string | undefined): unknown => {
    if (Array.isArray(value))
      return value.map((item) =>
        key === 'personas' && typeof item === 'string' ? rename(item) : walk(item, undefined),
      );
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value as Record<string, unknown>);
    if (key === 'emotion' || key === 'feeling')
      return Object.fromEntries(entries.map(([persona, score]) => [rename(persona), score]));
    return Object.fromEntries(
      entries.map(([field, nested]) => [
        field,
        field === 'persona' && typeof nested === 'string' ? rename(nested) : walk(nested, field),
      ]),
    );
  };
  return {
    ...(walk(journey, undefined) as Journey),
    ...(journey.personas
      ? { personas: journey.personas.map((persona) => ({ ...persona, id: rename(persona.id) })) }
      : {}),
  };
}

/**
 * Names close enough to be the same persona reworded: the same first word ("Rina, busy shopper"
 * and "Rina, mobile shopper"), or at most a third of the longer name in edits.
 */
const MAX_NAME_FOR_DISTANCE = 200;

function similarName(a: string, b: string): boolean {
  const left = a.trim().toLowerCase();
  const right = b.trim().toLowerCase();
  const first = (text: string) => text.split(/[\s,;:.()/-]+/u).find((word) => word.length > 0) ?? '';
  if (first(left).length >= 2 && first(left) === first(right)) return true;
  const longer = Math.max(left.length, right.length);
  // The distance is quadratic in the length: names are a few words, a page of text is not a name.
  return longer > 0 && longer <= MAX_NAME_FOR_DISTANCE && editDistance(left, right) <= Math.floor(longer / 3);
}

/**
 * Pairs the items of `old` and `now` whose ids appear only on their own side, best score first
 * (0 = no match); each item is used once, and an ambiguous best (two equal candidates) is skipped.
 */
function pairUp<T>(
  old: readonly T[],
  now: readonly T[],
  id: (item: T) => string,
  score: (old: T, now: T, oldIndex: number, nowIndex: number) => number,
): Map<T, T> {
  const oldIds = new Set(old.map(id));
  const nowIds = new Set(now.map(id));
  const lonelyOld = old.map((item, index) => ({ item, index })).filter(({ item }) => !nowIds.has(id(item)));
  const lonelyNow = now.map((item, index) => ({ item, index })).filter(({ item }) => !oldIds.has(id(item)));
  const pairs = new Map<T, T>();
  if (lonelyOld.length === 0 || lonelyNow.length === 0) return pairs;
  // Ids are few where they changed; a map with hundreds of re-identified items is compared item by item.
  if (lonelyOld.length * lonelyNow.length > 250_000) return pairs;
  const candidates: { a: T; b: T; score: number }[] = [];
  for (const a of lonelyOld)
    for (const b of lonelyNow) {
      const value = score(a.item, b.item, a.index, b.index);
      if (value > 0) candidates.push({ a: a.item, b: b.item, score: value });
    }
  candidates.sort((x, y) => y.score - x.score);
  const usedNow = new Set<T>();
  for (const candidate of candidates) {
    if (pairs.has(candidate.a) || usedNow.has(candidate.b)) continue;
    const rivals = candidates.filter(
      (other) =>
        other !== candidate &&
        other.score === candidate.score &&
        ((other.a === candidate.a && !usedNow.has(other.b)) || (other.b === candidate.b && !pairs.has(other.a))),
    );
    if (rivals.length > 0) continue;
    pairs.set(candidate.a, candidate.b);
    usedNow.add(candidate.b);
  }
  return pairs;
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function sameKind(a: Stage, b: Stage): boolean {
  return a.kind !== undefined && a.kind === b.kind;
}

/** At least half of the smaller stage's touchpoints share an id or a name with the other stage's. */
function overlap(a: Stage, b: Stage): boolean {
  const left = a.touchpoints ?? [];
  const right = b.touchpoints ?? [];
  if (left.length === 0 || right.length === 0) return false;
  const keys = new Set(right.flatMap((touchpoint) => [touchpoint.id, touchpoint.name.trim().toLowerCase()]));
  const shared = left.filter((touchpoint) => keys.has(touchpoint.id) || keys.has(touchpoint.name.trim().toLowerCase()));
  return shared.length * 2 >= Math.min(left.length, right.length);
}
