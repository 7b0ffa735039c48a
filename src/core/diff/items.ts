import type { JourneyIndex, LocatedItem } from './journeyIndex';
import { opportunityKey } from './journeyIndex';
import type { Opportunity, PainPoint } from '../generated/journey';
import { touchpointRef } from './structure';
import type { JourneyDiff, OpportunityRef, OwnerChange, PainPointRef } from './types';

/**
 * Pain points opened (new id), resolved (still in the map or not, now addressed by a `done`
 * opportunity that was not done before) and removed (id gone without being resolved).
 */
export function diffPainPoints(before: JourneyIndex, after: JourneyIndex): JourneyDiff['painPoints'] {
  const closedBefore = closedPainPoints(before);
  const closedAfter = closedPainPoints(after);
  const resolved = [...closedAfter].filter((id) => !closedBefore.has(id) && before.painPoints.has(id));
  return {
    opened: [...after.painPoints.entries()]
      .filter(([id]) => !before.painPoints.has(id))
      .map(([, located]) => painPointRef(located)),
    resolved: resolved.map((id) => painPointRef(after.painPoints.get(id) ?? before.painPoints.get(id)!)),
    removed: [...before.painPoints.entries()]
      .filter(([id]) => !after.painPoints.has(id) && !closedAfter.has(id))
      .map(([, located]) => painPointRef(located)),
  };
}

/** Ids of the pain points some `done` opportunity addresses. */
function closedPainPoints(index: JourneyIndex): Set<string> {
  const closed = new Set<string>();
  for (const { item } of index.opportunities.values())
    if (item.status === 'done') for (const id of item.addresses ?? []) closed.add(id);
  return closed;
}

export function diffOpportunities(before: JourneyIndex, after: JourneyIndex): JourneyDiff['opportunities'] {
  const statusChanged = [...after.opportunities.entries()]
    .filter(
      ([key, now]) => before.opportunities.has(key) && before.opportunities.get(key)!.item.status !== now.item.status,
    )
    .map(([key, now]) => {
      const from = before.opportunities.get(key)!.item.status;
      return {
        opportunity: opportunityRef(now),
        ...(from === undefined ? {} : { from }),
        ...(now.item.status === undefined ? {} : { to: now.item.status }),
      };
    });
  return {
    added: [...after.opportunities.entries()]
      .filter(([key]) => !before.opportunities.has(key))
      .map(([, located]) => opportunityRef(located)),
    removed: [...before.opportunities.entries()]
      .filter(([key]) => !after.opportunities.has(key))
      .map(([, located]) => opportunityRef(located)),
    statusChanged,
  };
}

/** Owner changes of touchpoints and opportunities present in both versions. */
export function diffOwners(before: JourneyIndex, after: JourneyIndex): OwnerChange[] {
  const changes: OwnerChange[] = [];
  for (const [id, now] of after.touchpoints) {
    const from = before.touchpoints.get(id)?.touchpoint.owner;
    if (before.touchpoints.has(id) && from !== now.touchpoint.owner) {
      changes.push(ownerChange('touchpoint', now.touchpoint.name, touchpointRef(now), from, now.touchpoint.owner));
    }
  }
  for (const [key, now] of after.opportunities) {
    const from = before.opportunities.get(key)?.item.owner;
    if (before.opportunities.has(key) && from !== now.item.owner) {
      changes.push(ownerChange('opportunity', now.item.description, touchpointRef(now.at), from, now.item.owner));
    }
  }
  return changes;
}

export function diffMomentsOfTruth(before: JourneyIndex, after: JourneyIndex): JourneyDiff['momentsOfTruth'] {
  const common = [...after.touchpoints.entries()].filter(([id]) => before.touchpoints.has(id));
  const was = (id: string) => before.touchpoints.get(id)!.touchpoint.momentOfTruth === true;
  return {
    flagged: common
      .filter(([id, now]) => now.touchpoint.momentOfTruth === true && !was(id))
      .map(([, now]) => touchpointRef(now)),
    unflagged: common
      .filter(([id, now]) => now.touchpoint.momentOfTruth !== true && was(id))
      .map(([, now]) => touchpointRef(now)),
  };
}

export function diffPersonas(before: JourneyIndex, after: JourneyIndex): Omit<JourneyDiff['personas'], 'idChanged'> {
  const old = before.journey.personas ?? [];
  const current = after.journey.personas ?? [];
  const oldIds = new Set(old.map((persona) => persona.id));
  const currentIds = new Set(current.map((persona) => persona.id));
  return {
    added: current.filter((persona) => !oldIds.has(persona.id)).map(({ id, name }) => ({ id, name })),
    removed: old.filter((persona) => !currentIds.has(persona.id)).map(({ id, name }) => ({ id, name })),
    renamed: current
      .filter((persona) => oldIds.has(persona.id) && before.personaName(persona.id) !== persona.name)
      .map((persona) => ({ id: persona.id, from: before.personaName(persona.id), to: persona.name })),
  };
}

function painPointRef({ item, at }: LocatedItem<PainPoint>): PainPointRef {
  return {
    id: item.id,
    description: item.description,
    ...(item.severity ? { severity: item.severity } : {}),
    touchpoint: touchpointRef(at),
  };
}

function opportunityRef({ item, at }: LocatedItem<Opportunity>): OpportunityRef {
  return {
    key: opportunityKey(item),
    description: item.description,
    ...(item.owner ? { owner: item.owner } : {}),
    ...(item.status ? { status: item.status } : {}),
    touchpoint: touchpointRef(at),
  };
}

function ownerChange(
  kind: OwnerChange['kind'],
  name: string,
  touchpoint: OwnerChange['touchpoint'],
  from: string | undefined,
  to: string | undefined,
): OwnerChange {
  return { kind, name, touchpoint, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}
