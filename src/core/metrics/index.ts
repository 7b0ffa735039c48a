/** CSAT / NPS / CES and behavioural metrics: computation and target comparison. */
export type { MetricDirection, MetricLocation, MetricResult, MetricType } from './types';
export { computeMetric } from './computeMetric';
export { computeJourneyMetrics } from './journeyMetrics';
export { isMetricOn, metricPlace } from './place';
