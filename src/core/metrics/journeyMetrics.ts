import type { Journey } from '../generated/journey';
import type { MetricResult } from './types';
import { computeMetric } from './computeMetric';

/** Every metric of the map, stage metrics first within a stage, then its touchpoints' metrics, in document order. */
export function computeJourneyMetrics(journey: Journey): MetricResult[] {
  const results: MetricResult[] = [];
  journey.stages.forEach((stage, stageIndex) => {
    stage.metrics?.forEach((metric, i) =>
      results.push(computeMetric(metric, { path: ['stages', stageIndex, 'metrics', i], scope: 'stage', stageIndex })),
    );
    stage.touchpoints?.forEach((touchpoint, touchpointIndex) =>
      touchpoint.metrics?.forEach((metric, i) =>
        results.push(
          computeMetric(metric, {
            path: ['stages', stageIndex, 'touchpoints', touchpointIndex, 'metrics', i],
            scope: 'touchpoint',
            stageIndex,
            touchpointIndex,
          }),
        ),
      ),
    );
  });
  return results;
}
