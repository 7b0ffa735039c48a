import type { Journey } from '../generated/journey';
import { walkJourney } from '../journeyWalk';
import type { MetricResult } from './types';
import { computeMetric } from './computeMetric';

/** Every metric of the map, stage metrics first within a stage, then its touchpoints' metrics, in document order. */
export function computeJourneyMetrics(journey: Journey): MetricResult[] {
  return walkJourney(journey).metrics.map(({ metric, path, parent, scope }) =>
    computeMetric(metric, {
      path,
      scope,
      stageIndex: parent.stageIndex,
      ...('touchpointIndex' in parent ? { touchpointIndex: parent.touchpointIndex } : {}),
    }),
  );
}
