import type { Journey, Opportunity, PainPoint, Stage, Touchpoint } from '../generated/journey';
import { walkJourney } from '../journeyWalk';

export interface LocatedTouchpoint {
  readonly touchpoint: Touchpoint;
  readonly stage: Stage;
  readonly stageIndex: number;
  readonly index: number;
}

export interface LocatedItem<T> {
  readonly item: T;
  readonly at: LocatedTouchpoint;
}

/**
 * A journey indexed by id for matching. Ids are meant to be unique (the validator
 * reports duplicates); when they are not, the first occurrence wins.
 */
export class JourneyIndex {
  readonly stages = new Map<string, { stage: Stage; index: number }>();
  readonly touchpoints = new Map<string, LocatedTouchpoint>();
  readonly painPoints = new Map<string, LocatedItem<PainPoint>>();
  readonly opportunities = new Map<string, LocatedItem<Opportunity>>();

  constructor(readonly journey: Journey) {
    for (const { stage, stageIndex, touchpoints } of walkJourney(journey).stages) {
      setFirst(this.stages, stage.id, { stage, index: stageIndex });
      for (const { touchpoint, touchpointIndex, painPoints, opportunities } of touchpoints) {
        const at = { touchpoint, stage, stageIndex, index: touchpointIndex };
        setFirst(this.touchpoints, touchpoint.id, at);
        for (const { painPoint } of painPoints) setFirst(this.painPoints, painPoint.id, { item: painPoint, at });
        for (const { opportunity } of opportunities)
          setFirst(this.opportunities, opportunityKey(opportunity), { item: opportunity, at });
      }
    }
  }

  personaName(id: string): string {
    return this.knownPersonaName(id) ?? id;
  }

  knownPersonaName(id: string): string | undefined {
    return this.journey.personas?.find((persona) => persona.id === id)?.name;
  }
}

/** Opportunities have an optional id: without one, the description is what identifies it. */
export function opportunityKey(opportunity: Opportunity): string {
  return opportunity.id ?? opportunity.description;
}

function setFirst<V>(map: Map<string, V>, key: string, value: V): void {
  if (!map.has(key)) map.set(key, value);
}
