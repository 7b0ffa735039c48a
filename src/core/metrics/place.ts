/** Where a metric result is recorded, read the same way by the gap rules, the exports and the diff. */
import type { Journey, Stage, Touchpoint } from '../generated/journey';
import type { MetricLocation } from './types';

/** The stage and, for a touchpoint's metric, the touchpoint a metric result is recorded on. */
export function metricPlace(
  journey: Journey,
  metric: MetricLocation,
): { stage: Stage | undefined; touchpoint: Touchpoint | undefined } {
  const stage = journey.stages[metric.stageIndex];
  const touchpoint = metric.touchpointIndex === undefined ? undefined : stage?.touchpoints?.[metric.touchpointIndex];
  return { stage, touchpoint };
}

/**
 * Whether a metric result is recorded on this touchpoint, or, given a stage (no
 * `touchpointIndex`), on that stage as a whole.
 */
export function isMetricOn(
  metric: MetricLocation,
  place: { readonly stageIndex: number; readonly touchpointIndex?: number | undefined },
): boolean {
  return metric.stageIndex === place.stageIndex && metric.touchpointIndex === place.touchpointIndex;
}
