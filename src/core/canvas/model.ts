/** From a journey analysis to the canvas model: what each lane shows, before any geometry. */
import type { Finding } from '../findings';
import type { Journey, Opportunity, PainPoint, Persona, Stage, Touchpoint } from '../generated/journey';
import { walkJourney, type MetricVisit } from '../journeyWalk';
import type { MetricResult } from '../metrics/types';
import type { JourneyPath } from './types';

export interface PersonaModel {
  readonly id: string;
  readonly name: string;
  /** Palette slot: position in the map's personas list. */
  readonly index: number;
  readonly persona?: Persona;
  readonly path: JourneyPath;
}

export interface PainPointModel {
  readonly painPoint: PainPoint;
  readonly path: JourneyPath;
  /** Short reference shown on the canvas: P1, P2 … in map order. */
  readonly ref: string;
  readonly touchpoint: TouchpointModel;
  /** Refs of the opportunities that address it (empty: open). */
  readonly addressedBy: string[];
  /** The opportunities that address it, in map order. */
  readonly addressers: OpportunityModel[];
}

export interface OpportunityModel {
  readonly opportunity: Opportunity;
  readonly path: JourneyPath;
  readonly ref: string;
  readonly touchpoint: TouchpointModel;
  /** The pain points it addresses: their refs, or the raw id when no pain point has it. */
  readonly fixes: string[];
  /** Each of `fixes`: the pain point, or undefined for an id no pain point has. */
  readonly fixed: (PainPointModel | undefined)[];
}

export interface TouchpointModel {
  readonly touchpoint: Touchpoint;
  readonly path: JourneyPath;
  readonly stageIndex: number;
  readonly index: number;
  /** 1-based position in the whole map (stable under persona filters). */
  readonly number: number;
  /** Shown personas this touchpoint concerns. */
  readonly personas: PersonaModel[];
  /** Score per shown persona id that it concerns; undefined: not scored. */
  readonly scores: Map<string, number | undefined>;
  readonly painPoints: PainPointModel[];
  readonly opportunities: OpportunityModel[];
  readonly metrics: MetricResult[];
}

export interface StageModel {
  readonly stage: Stage;
  readonly index: number;
  readonly path: JourneyPath;
  readonly touchpoints: TouchpointModel[];
  /** Stage metrics first, then the touchpoints' in order. */
  readonly metrics: MetricResult[];
}

export interface CanvasModel {
  readonly journey: Journey;
  /** Every persona of the map (the palette follows this order). */
  readonly allPersonas: PersonaModel[];
  /** The personas the canvas shows (the filter). */
  readonly personas: PersonaModel[];
  readonly stages: StageModel[];
  /** Findings by the path key of the element they are drawn on. */
  readonly findingsByElement: Map<string, DrawnFinding[]>;
  readonly findingCount: number;
}

export interface ModelOptions {
  readonly personas?: readonly string[];
  /** The name of the one curve of a map without personas ("All customers"), in the canvas's language. */
  readonly everyone?: string;
}

/** The pseudo-persona of a map that lists none: one curve for everyone. */
export const EVERYONE_ID = '';

/** What the canvas shows of a finding: no range, no fixes (a drawing does not move when lines do). */
export type DrawnFinding = Pick<
  Finding,
  'code' | 'rule' | 'category' | 'severity' | 'message' | 'messageId' | 'data' | 'path'
>;

/**
 * What the canvas is drawn from: a map's journey (undefined while it has errors), its metrics and
 * its findings. A JourneyAnalysis is one; so is the plain data the language server sends the
 * preview, which draws the canvas itself (src/shared/previewCanvas.ts).
 */
export interface CanvasSource {
  readonly journey?: Journey;
  readonly metrics: readonly MetricResult[];
  readonly findings: readonly DrawnFinding[];
}

export function pathKey(path: JourneyPath): string {
  return path.join('\u0000');
}

export function buildModel(analysis: CanvasSource, journey: Journey, options: ModelOptions = {}): CanvasModel {
  const listed = (journey.personas ?? []).map<PersonaModel>((persona, index) => ({
    id: persona.id,
    name: persona.name || persona.id,
    index,
    persona,
    path: ['personas', index],
  }));
  const allPersonas =
    listed.length > 0 ? listed : [{ id: EVERYONE_ID, name: options.everyone ?? 'All customers', index: 0, path: [] }];
  const wanted = options.personas?.filter((id) => allPersonas.some((persona) => persona.id === id)) ?? [];
  const personas = wanted.length > 0 ? allPersonas.filter((persona) => wanted.includes(persona.id)) : allPersonas;
  const filtered = wanted.length > 0;

  const metricsByPath = new Map(analysis.metrics.map((metric) => [pathKey(metric.path), metric]));
  const stages: StageModel[] = [];
  const painByStageId = new Map<string, PainPointModel>();
  const opportunities: OpportunityModel[] = [];
  let number = 0;
  let painCount = 0;
  let opportunityCount = 0;
  const resultsOf = (visits: readonly MetricVisit[]): MetricResult[] =>
    visits.flatMap(({ path }) => metricsByPath.get(pathKey(path)) ?? []);
  for (const stageVisit of walkJourney(journey).stages) {
    const { stage, stageIndex, path: stagePath } = stageVisit;
    const touchpoints: TouchpointModel[] = [];
    const stageMetrics = resultsOf(stageVisit.metrics);
    const touchpointMetrics: MetricResult[] = [];
    for (const visit of stageVisit.touchpoints) {
      const { touchpoint, touchpointIndex: index, path } = visit;
      number += 1;
      const concerned = personas.filter((persona) => concerns(touchpoint, persona.id));
      if (filtered && concerned.length === 0) continue;
      const scores = new Map<string, number | undefined>();
      for (const persona of concerned) scores.set(persona.id, scoreFor(touchpoint, persona.id));
      const model: TouchpointModel = {
        touchpoint,
        path,
        stageIndex,
        index,
        number,
        personas: concerned,
        scores,
        painPoints: [],
        opportunities: [],
        metrics: [],
      };
      for (const { painPoint, path: painPath } of visit.painPoints) {
        painCount += 1;
        const pain: PainPointModel = {
          painPoint,
          path: painPath,
          ref: `P${painCount}`,
          touchpoint: model,
          addressedBy: [],
          addressers: [],
        };
        model.painPoints.push(pain);
        if (typeof painPoint.id === 'string' && !painByStageId.has(painPoint.id)) painByStageId.set(painPoint.id, pain);
      }
      for (const { opportunity, path: opportunityPath } of visit.opportunities) {
        opportunityCount += 1;
        const item: OpportunityModel = {
          opportunity,
          path: opportunityPath,
          ref: `O${opportunityCount}`,
          touchpoint: model,
          fixes: [],
          fixed: [],
        };
        model.opportunities.push(item);
        opportunities.push(item);
      }
      for (const result of resultsOf(visit.metrics)) {
        model.metrics.push(result);
        touchpointMetrics.push(result);
      }
      touchpoints.push(model);
    }
    stages.push({
      stage,
      index: stageIndex,
      path: stagePath,
      touchpoints,
      metrics: [...stageMetrics, ...touchpointMetrics],
    });
  }
  // Ties between opportunities and pain points, across the whole map (an opportunity may address
  // a pain point of another touchpoint).
  for (const item of opportunities) {
    for (const id of item.opportunity.addresses ?? []) {
      const pain = painByStageId.get(id);
      item.fixed.push(pain);
      if (pain) {
        item.fixes.push(pain.ref);
        if (!pain.addressedBy.includes(item.ref)) {
          pain.addressedBy.push(item.ref);
          pain.addressers.push(item);
        }
      } else item.fixes.push(String(id));
    }
  }
  const { byElement, count } = placeFindings(analysis.findings, journey, stages, listed);
  return { journey, allPersonas, personas, stages, findingsByElement: byElement, findingCount: count };
}

function concerns(touchpoint: Touchpoint, personaId: string): boolean {
  if (personaId === EVERYONE_ID) return true;
  return !Array.isArray(touchpoint.personas) || touchpoint.personas.includes(personaId);
}

/** The persona's own score; a single number counts for every persona; a map without personas averages. */
function scoreFor(touchpoint: Touchpoint, personaId: string): number | undefined {
  const emotion = touchpoint.emotion;
  if (typeof emotion === 'number') return valid(emotion);
  if (emotion === null || typeof emotion !== 'object') return undefined;
  if (personaId === EVERYONE_ID) {
    const values = Object.values(emotion).filter((value): value is number => valid(value) !== undefined);
    return values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : undefined;
  }
  return Object.hasOwn(emotion, personaId) ? valid(emotion[personaId]) : undefined;
}

function valid(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(5, Math.max(1, value)) : undefined;
}

/**
 * Each finding goes on the deepest element its path points into: a touchpoint's emotion finding
 * on the touchpoint card, a pain point's on the pain point. Whatever matches no element (journey
 * level, personas the canvas hides) goes on the title.
 */
function placeFindings(
  findings: readonly DrawnFinding[],
  journey: Journey,
  stages: readonly StageModel[],
  personas: readonly PersonaModel[],
): { byElement: Map<string, DrawnFinding[]>; count: number } {
  const known = new Set<string>([pathKey([])]);
  for (const persona of personas) known.add(pathKey(persona.path));
  for (const stage of stages) {
    known.add(pathKey(stage.path));
    for (const metric of stage.metrics) known.add(pathKey(metric.path));
    for (const touchpoint of stage.touchpoints) {
      known.add(pathKey(touchpoint.path));
      for (const pain of touchpoint.painPoints) known.add(pathKey(pain.path));
      for (const item of touchpoint.opportunities) known.add(pathKey(item.path));
    }
  }
  void journey;
  const byElement = new Map<string, DrawnFinding[]>();
  let count = 0;
  for (const finding of findings) {
    if (finding.severity === 'hint' && finding.category !== 'gap') continue;
    const path = finding.path ?? [];
    let target: string = pathKey([]);
    for (let length = path.length; length >= 0; length -= 1) {
      const key = pathKey(path.slice(0, length));
      if (known.has(key)) {
        target = key;
        break;
      }
    }
    const list = byElement.get(target) ?? [];
    list.push(finding);
    byElement.set(target, list);
    count += 1;
  }
  return { byElement, count };
}
