import type { MessageData } from '../../messages';
import { metricPlace } from '../../metrics/place';
import { reportEach } from '../reports';
import { defineRule } from '../rule';

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
    return reportEach(metrics, (metric) => {
      if (metric.meetsTarget !== false) return undefined;
      const { stage, touchpoint } = metricPlace(journey, metric);
      const responses = metric.source === 'responses';
      const data: MessageData = touchpoint
        ? { metric: metric.labelMessage, touchpoint: touchpoint.name, score: metric.displayMessage }
        : { metric: metric.labelMessage, stage: stage?.name ?? '', score: metric.displayMessage };
      return {
        messageId: touchpoint ? 'atTouchpoint' : 'atStage',
        data,
        path: [...metric.path, responses ? 'responses' : 'value'],
        part: responses ? 'key' : 'value',
        related: [
          {
            messageId: 'target',
            data: { target: String(metric.target) },
            path: [...metric.path, 'target'],
            part: 'value',
          },
        ],
      };
    });
  },
});
