import type { Finding } from '../findings';
import type { Journey } from '../generated/journey';
import type { MetricResult } from '../metrics/index';
import { diffEmotions } from './emotions';
import { diffFields } from './fields';
import { diffGaps, toDiffFinding } from './gaps';
import { matchChangedIds } from './idMatching';
import { diffMomentsOfTruth, diffOpportunities, diffOwners, diffPainPoints, diffPersonas } from './items';
import { JourneyIndex } from './journeyIndex';
import { diffMetrics } from './metrics';
import { diffResearch } from './research';
import { diffStages, diffTouchpoints } from './structure';
import type { DetailChange, DiffSide, JourneyDiff } from './types';

/** The part of a JourneyAnalysis (../analyze.ts) the diff reads. */
export interface DiffInput {
  readonly journey?: Journey;
  readonly findings: readonly Finding[];
  readonly metrics: readonly MetricResult[];
}

/** How many of an invalid file's errors the diff carries: enough to say why, not a full report. */
const MAX_ERRORS_SHOWN = 5;

/**
 * What changed between two versions of a map, matched by id. When either version
 * is invalid (no `journey`), the result says so (`comparable: false`, the errors of
 * each side) and every structural section is empty: it never throws on bad input.
 */
export function diffJourneys(before: DiffInput, after: DiffInput): JourneyDiff {
  const sides = { before: side(before), after: side(after) };
  if (before.journey === undefined || after.journey === undefined) {
    return { ...sides, ...emptyChanges(), comparable: false, unchanged: false, gaps: diffGaps(before, after) };
  }
  // Seen through the id changes, so a renamed id is one change rather than a flood of them.
  const ids = matchChangedIds(before.journey, after.journey);
  const old = new JourneyIndex(ids.journey);
  const current = new JourneyIndex(after.journey);
  const changes = {
    details: diffDetails(before.journey, after.journey),
    personas: { ...diffPersonas(old, current), idChanged: ids.personas },
    stages: { ...diffStages(old, current), idChanged: ids.stages },
    touchpoints: { ...diffTouchpoints(old, current), idChanged: ids.touchpoints },
    emotions: diffEmotions(old, current),
    painPoints: diffPainPoints(old, current),
    opportunities: diffOpportunities(old, current),
    owners: diffOwners(old, current),
    momentsOfTruth: diffMomentsOfTruth(old, current),
    metrics: diffMetrics({ index: old, metrics: before.metrics }, { index: current, metrics: after.metrics }),
    research: diffResearch(old, current),
    fields: diffFields(old, current),
    gaps: diffGaps({ findings: before.findings, journey: ids.journey }, after),
  };
  const itemised = hasChanges(changes);
  const otherChanges = !itemised && canonicalJson(ids.journey) !== canonicalJson(after.journey);
  return { ...sides, ...changes, otherChanges, comparable: true, unchanged: !itemised && !otherChanges };
}

function side(analysis: DiffInput): DiffSide {
  const errors = analysis.findings
    .filter((finding) => finding.severity === 'error')
    .slice(0, MAX_ERRORS_SHOWN)
    .map(toDiffFinding);
  return {
    ...(analysis.journey ? { title: analysis.journey.journey } : {}),
    ...(analysis.journey?.language ? { language: analysis.journey.language } : {}),
    valid: analysis.journey !== undefined,
    errors,
  };
}

const DETAIL_FIELDS = ['journey', 'description', 'owner', 'reviewed'] as const;

function diffDetails(before: Journey, after: Journey): DetailChange[] {
  return DETAIL_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
    field,
    ...(before[field] === undefined ? {} : { from: before[field] }),
    ...(after[field] === undefined ? {} : { to: after[field] }),
  }));
}

function emptyChanges(): Omit<JourneyDiff, 'before' | 'after' | 'comparable' | 'unchanged' | 'gaps'> {
  return {
    details: [],
    personas: { added: [], removed: [], renamed: [], idChanged: [] },
    stages: { added: [], removed: [], renamed: [], idChanged: [], moved: [] },
    touchpoints: { added: [], removed: [], renamed: [], idChanged: [], moved: [] },
    emotions: [],
    painPoints: { opened: [], resolved: [], removed: [] },
    opportunities: { added: [], removed: [], statusChanged: [] },
    owners: [],
    momentsOfTruth: { flagged: [], unflagged: [] },
    metrics: [],
    research: [],
    fields: [],
    otherChanges: false,
  };
}

/** JSON with object keys sorted, so key order and formatting do not count as changes. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, nested: unknown) =>
    nested !== null && typeof nested === 'object' && !Array.isArray(nested)
      ? Object.fromEntries(
          Object.entries(nested as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : nested,
  );
}

/** True when any list anywhere in the changes is non-empty. */
function hasChanges(changes: object): boolean {
  return Object.entries(changes).some(([key, value]) => {
    if (typeof value === 'boolean') return false;
    if (key === 'gaps') {
      const gaps = value as JourneyDiff['gaps'];
      return gaps.new.length > 0 || gaps.fixed.length > 0 || gaps.byCode.length > 0;
    }
    if (Array.isArray(value)) return value.length > 0;
    return hasChanges(value as object);
  });
}
