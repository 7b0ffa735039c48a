import type { GapReport, GapRule } from '../rule';
import { quoted } from '../journeyWalk';

export const metricBelowTarget: GapRule = {
  code: 'JM213',
  name: 'metric-below-target',
  defaultSeverity: 'warning',
  summary: 'A metric that misses its target.',
  rationale:
    'A measured score that misses its target is evidence, not opinion: the stage or touchpoint needs an opportunity with an owner, or the target needs revisiting.',
  options: [],
  check({ journey, metrics }) {
    const reports: GapReport[] = [];
    for (const metric of metrics) {
      if (metric.meetsTarget !== false) continue;
      const stage = journey.stages[metric.stageIndex];
      const touchpoint =
        metric.touchpointIndex === undefined ? undefined : stage?.touchpoints?.[metric.touchpointIndex];
      const where = touchpoint ? `touchpoint ${quoted(touchpoint.name)}` : `stage ${quoted(stage?.name ?? '')}`;
      reports.push({
        message: `${metric.label} at ${where} misses its target: ${metric.display}. Add an opportunity with an owner to close the gap, or revisit the target.`,
        path: metric.source === 'responses' ? [...metric.path, 'responses'] : [...metric.path, 'value'],
        part: metric.source === 'responses' ? 'key' : 'value',
        related: [{ message: `Target: ${metric.target}`, path: [...metric.path, 'target'], part: 'value' }],
      });
    }
    return reports;
  },
};
