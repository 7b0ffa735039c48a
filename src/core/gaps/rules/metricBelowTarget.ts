import { defineRule, type GapReport } from '../rule';

export const metricBelowTarget = defineRule({
  meta: {
    code: 'JM213',
    name: 'metric-below-target',
    defaultSeverity: 'warning',
    description: 'A metric that misses its target.',
    rationale:
      'A measured score that misses its target is evidence, not opinion: the stage or touchpoint needs an opportunity with an owner, or the target needs revisiting.',
    options: [],
    messages: {
      atTouchpoint:
        '{metric} at touchpoint “{touchpoint}” misses its target: {score}. Add an opportunity with an owner to close the gap, or revisit the target.',
      atStage:
        '{metric} at stage “{stage}” misses its target: {score}. Add an opportunity with an owner to close the gap, or revisit the target.',
      target: 'Target: {target}',
    },
    fixable: false,
    tags: [],
    examples: {
      valid: [
        `journey: Parcel delivery
stages:
  - id: delivery
    name: Delivery
    metrics:
      - type: csat
        target: 80
        value: 84
`,
      ],
      invalid: [
        `journey: Parcel delivery
stages:
  - id: delivery
    name: Delivery
    metrics:
      - type: csat
        target: 80
        value: 71 # ✗ JM213
`,
      ],
    },
  },
  check({ journey, metrics }) {
    const reports: GapReport<'atTouchpoint' | 'atStage' | 'target'>[] = [];
    for (const metric of metrics) {
      if (metric.meetsTarget !== false) continue;
      const stage = journey.stages[metric.stageIndex];
      const touchpoint =
        metric.touchpointIndex === undefined ? undefined : stage?.touchpoints?.[metric.touchpointIndex];
      reports.push({
        ...(touchpoint
          ? {
              messageId: 'atTouchpoint',
              data: { metric: metric.labelMessage, touchpoint: touchpoint.name, score: metric.displayMessage },
            }
          : {
              messageId: 'atStage',
              data: { metric: metric.labelMessage, stage: stage?.name ?? '', score: metric.displayMessage },
            }),
        path: metric.source === 'responses' ? [...metric.path, 'responses'] : [...metric.path, 'value'],
        part: metric.source === 'responses' ? 'key' : 'value',
        related: [
          {
            messageId: 'target',
            data: { target: String(metric.target) },
            path: [...metric.path, 'target'],
            part: 'value',
          },
        ],
      });
    }
    return reports;
  },
});
