import { isObserved } from '../../evidence';
import { isMetricOn } from '../../metrics/place';
import { reportEach } from '../reports';
import { defineRule } from '../rule';
import { evidenceOf } from '../touchpointFacts';

export const momentOfTruthWithoutEvidence = defineRule({
  meta: {
    code: 'JM220',
    name: 'moment-of-truth-without-evidence',
    defaultSeverity: 'info',
    description: 'A moment of truth that no evidence backs (or only an assumption).',
    rationale:
      'A moment of truth decides how customers see the brand, so it is where reviewers ask first “how do we know?”. Interviews, a survey, support tickets, analytics or observation on the touchpoint, its pain points or its metrics answer it; a measured metric counts too. Info by default: evidence is new to many maps.',
    options: [],
    messages: {
      noEvidence:
        '“{touchpoint}” is a moment of truth, but nothing in the map says how we know what happens here. Add `evidence` (interview, survey, support-tickets, analytics or observation) to the touchpoint or its pain points, or measure it with a metric.',
      onlyAssumption:
        '“{touchpoint}” is a moment of truth that rests only on an assumption. Check it with customers (interviews, a survey, support tickets, analytics or observation) and record that evidence.',
    },
    fixable: false,
    tags: [],
    examples: {
      valid: [
        `journey: Parcel delivery
stages:
  - id: delivery
    name: Delivery
    touchpoints:
      - id: courier
        name: Courier hands over the parcel
        momentOfTruth: true
        emotion: 4
        evidence:
          - kind: interview
            count: 12
`,
      ],
      invalid: [
        `journey: Parcel delivery
stages:
  - id: delivery
    name: Delivery
    touchpoints:
      - id: courier
        name: Courier hands over the parcel
        momentOfTruth: true # ✗ JM220
        emotion: 4
`,
      ],
    },
  },
  check({ items, metrics }) {
    return reportEach(items.touchpoints, (visit) => {
      const { touchpoint, path } = visit;
      if (touchpoint.momentOfTruth !== true) return undefined;
      const evidence = evidenceOf(touchpoint);
      const measured = metrics.some((metric) => isMetricOn(metric, visit) && metric.score !== undefined);
      if (measured || isObserved(evidence)) return undefined;
      return {
        messageId: evidence.length > 0 ? 'onlyAssumption' : 'noEvidence',
        data: { touchpoint: touchpoint.name },
        path: [...path, 'momentOfTruth'],
        part: 'key',
      };
    });
  },
});
