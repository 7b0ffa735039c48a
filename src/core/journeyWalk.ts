/**
 * The one walk over a map's items: personas, stages, touchpoints, pain points, opportunities
 * and metrics, each with its document path (`['stages', 0, 'touchpoints', 1]`), its index in
 * its list and its parent's visit. Every feature that goes through the items (validation,
 * gap rules, metrics, Mermaid, the canvas, the outline, the id index) reads them from here,
 * so the shape of the format is written down once.
 *
 * It walks a valid `Journey` (typed visits) or a plain value that may still have schema
 * errors (visits of plain objects): an entry that is not an object is skipped, and the
 * indexes and paths stay those of the document.
 *
 * Order: document order, with a stage's own metrics before its touchpoints (the order of
 * `JourneyAnalysis.metrics`).
 */
import type { Journey, Metric, Opportunity, PainPoint, Persona, Stage, Touchpoint } from './generated/journey';
import { asArray, isRecord } from './values';

export type JourneyItemPath = readonly (string | number)[];

/** The node type of each kind of item. */
export interface JourneyItemTypes {
  persona: object;
  stage: object;
  touchpoint: object;
  painPoint: object;
  opportunity: object;
  metric: object;
}

/** The items of a valid map. */
export interface TypedItems extends JourneyItemTypes {
  persona: Persona;
  stage: Stage;
  touchpoint: Touchpoint;
  painPoint: PainPoint;
  opportunity: Opportunity;
  metric: Metric;
}

type Plain = Record<string, unknown>;

/** The items of a map that may have schema errors: plain objects of unknown shape. */
export interface PlainItems extends JourneyItemTypes {
  persona: Plain;
  stage: Plain;
  touchpoint: Plain;
  painPoint: Plain;
  opportunity: Plain;
  metric: Plain;
}

/**
 * What every visit has: the item's node under its kind's name (`touchpoint`), its index in its
 * list (`touchpointIndex`) and its document path.
 */
type ItemVisit<Kind extends keyof JourneyItemTypes, T extends JourneyItemTypes> = {
  readonly [K in Kind]: T[K];
} & { readonly [K in `${Kind}Index`]: number } & { readonly path: JourneyItemPath };

export type PersonaVisit<T extends JourneyItemTypes = TypedItems> = ItemVisit<'persona', T>;

export interface StageVisit<T extends JourneyItemTypes = TypedItems> extends ItemVisit<'stage', T> {
  readonly touchpoints: readonly TouchpointVisit<T>[];
  /** The stage's own metrics. */
  readonly metrics: readonly MetricVisit<T>[];
}

export interface TouchpointVisit<T extends JourneyItemTypes = TypedItems> extends ItemVisit<'touchpoint', T> {
  /** The stage's node and index, for the many checks that need only those. */
  readonly stage: T['stage'];
  readonly stageIndex: number;
  readonly parent: StageVisit<T>;
  readonly painPoints: readonly PainPointVisit<T>[];
  readonly opportunities: readonly OpportunityVisit<T>[];
  readonly metrics: readonly MetricVisit<T>[];
}

export interface PainPointVisit<T extends JourneyItemTypes = TypedItems> extends ItemVisit<'painPoint', T> {
  readonly parent: TouchpointVisit<T>;
}

export interface OpportunityVisit<T extends JourneyItemTypes = TypedItems> extends ItemVisit<'opportunity', T> {
  readonly parent: TouchpointVisit<T>;
}

export interface MetricVisit<T extends JourneyItemTypes = TypedItems> extends ItemVisit<'metric', T> {
  /** The stage or touchpoint the metric is recorded on. */
  readonly parent: StageVisit<T> | TouchpointVisit<T>;
  readonly scope: 'stage' | 'touchpoint';
}

/** Every item of a map, as a tree (stages › touchpoints › …) and as flat lists in document order. */
export interface JourneyWalk<T extends JourneyItemTypes = TypedItems> {
  readonly personas: readonly PersonaVisit<T>[];
  readonly stages: readonly StageVisit<T>[];
  readonly touchpoints: readonly TouchpointVisit<T>[];
  readonly painPoints: readonly PainPointVisit<T>[];
  readonly opportunities: readonly OpportunityVisit<T>[];
  /** Stage metrics and touchpoint metrics, a stage's own first. */
  readonly metrics: readonly MetricVisit<T>[];
}

export function walkJourney(journey: Journey): JourneyWalk<TypedItems>;
export function walkJourney(value: unknown): JourneyWalk<PlainItems>;
export function walkJourney(value: unknown): JourneyWalk<JourneyItemTypes> {
  let personas: PersonaVisit<PlainItems>[] | undefined;
  const walk = {
    // Walked on first read: only the persona rules, the id index and the outline need them, and
    // a rule that fails reading them then fails alone (analyzeGaps reports it as JM299).
    get personas(): PersonaVisit<PlainItems>[] {
      personas ??= walkPersonas(value);
      return personas;
    },
    stages: [] as StageVisit<PlainItems>[],
    touchpoints: [] as TouchpointVisit<PlainItems>[],
    painPoints: [] as PainPointVisit<PlainItems>[],
    opportunities: [] as OpportunityVisit<PlainItems>[],
    metrics: [] as MetricVisit<PlainItems>[],
  };
  if (!isRecord(value)) return walk;
  eachRecord(value.stages, (stage, stageIndex) => {
    let stageWalk = stageWalks.get(stage);
    if (!stageWalk || stageWalk.stageIndex !== stageIndex) {
      stageWalk = walkStage(stage, stageIndex);
      stageWalks.set(stage, stageWalk);
    }
    walk.stages.push(stageWalk.visit);
    pushAll(walk.touchpoints, stageWalk.visit.touchpoints);
    pushAll(walk.painPoints, stageWalk.painPoints);
    pushAll(walk.opportunities, stageWalk.opportunities);
    pushAll(walk.metrics, stageWalk.metrics);
  });
  return walk;
}

/** One stage's visits, and its items' in document order. */
interface StageWalk {
  readonly stageIndex: number;
  readonly visit: StageVisit<PlainItems>;
  readonly painPoints: PainPointVisit<PlainItems>[];
  readonly opportunities: OpportunityVisit<PlainItems>[];
  readonly metrics: MetricVisit<PlainItems>[];
}

/**
 * The walk of each stage object, by the object. Values are never changed once read, and the
 * language server's incremental analysis shares every stage an edit did not touch with the
 * previous version's value: the walk of an unchanged stage (at the same index) is reused
 * instead of visiting its touchpoints again on every keystroke.
 */
const stageWalks = new WeakMap<Plain, StageWalk>();

function pushAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

function walkStage(stage: Plain, stageIndex: number): StageWalk {
  const stageVisit = {
    stage,
    stageIndex,
    path: ['stages', stageIndex],
    touchpoints: [] as TouchpointVisit<PlainItems>[],
    metrics: [] as MetricVisit<PlainItems>[],
  };
  const walk: StageWalk = { stageIndex, visit: stageVisit, painPoints: [], opportunities: [], metrics: [] };
  metricsOf(stage, stageVisit, 'stage', stageVisit.metrics, walk.metrics);
  eachRecord(stage.touchpoints, (touchpoint, touchpointIndex) => {
    const visit = {
      touchpoint,
      touchpointIndex,
      path: [...stageVisit.path, 'touchpoints', touchpointIndex],
      stage,
      stageIndex,
      parent: stageVisit,
      painPoints: [] as PainPointVisit<PlainItems>[],
      opportunities: [] as OpportunityVisit<PlainItems>[],
      metrics: [] as MetricVisit<PlainItems>[],
    };
    stageVisit.touchpoints.push(visit);
    eachRecord(touchpoint.painPoints, (painPoint, painPointIndex) => {
      const item = { painPoint, painPointIndex, path: [...visit.path, 'painPoints', painPointIndex], parent: visit };
      visit.painPoints.push(item);
      walk.painPoints.push(item);
    });
    eachRecord(touchpoint.opportunities, (opportunity, opportunityIndex) => {
      const item = {
        opportunity,
        opportunityIndex,
        path: [...visit.path, 'opportunities', opportunityIndex],
        parent: visit,
      };
      visit.opportunities.push(item);
      walk.opportunities.push(item);
    });
    metricsOf(touchpoint, visit, 'touchpoint', visit.metrics, walk.metrics);
  });
  return walk;
}

function walkPersonas(value: unknown): PersonaVisit<PlainItems>[] {
  const visits: PersonaVisit<PlainItems>[] = [];
  if (isRecord(value))
    eachRecord(value.personas, (persona, personaIndex) =>
      visits.push({ persona, personaIndex, path: ['personas', personaIndex] }),
    );
  return visits;
}

function metricsOf(
  holder: Plain,
  parent: StageVisit<PlainItems> | TouchpointVisit<PlainItems>,
  scope: 'stage' | 'touchpoint',
  ...lists: MetricVisit<PlainItems>[][]
): void {
  eachRecord(holder.metrics, (metric, metricIndex) => {
    const visit = { metric, metricIndex, path: [...parent.path, 'metrics', metricIndex], parent, scope };
    for (const list of lists) list.push(visit);
  });
}

function eachRecord(list: unknown, visit: (item: Plain, index: number) => void): void {
  asArray(list).forEach((item, index) => {
    if (isRecord(item)) visit(item, index);
  });
}
