import type { Metric } from '../generated/journey';
import type { MetricLocation, MetricResult } from './types';

const NOWHERE: MetricLocation = { path: [], scope: 'stage', stageIndex: 0 };

/** Computes one metric's score and compares it with its target. Placeholder until the formulas land. */
export function computeMetric(metric: Metric, location: MetricLocation = NOWHERE): MetricResult {
  return { ...location, type: metric.type, label: metric.type, direction: 'higher-is-better', source: 'none', display: metric.type };
}
