import type { Journey, Stage, Touchpoint } from '../generated/journey';
import type { IdChange } from './types';

export interface IdMatches {
  /** The old version with every re-identified stage and touchpoint carrying its new id. */
  readonly journey: Journey;
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
  if (stageIds.size === 0 && touchpointIds.size === 0) return { journey: before, stages: [], touchpoints: [] };

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
    stages: [...stagePairs].map(([old, now]) => ({ name: now.name, from: old.id, to: now.id })),
    touchpoints: [...touchpointPairs].map(([old, now]) => ({
      name: now.touchpoint.name,
      from: old.touchpoint.id,
      to: now.touchpoint.id,
    })),
  };
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
