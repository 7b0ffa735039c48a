import { isObserved } from '../../evidence';
import { aboutStage, reportEach } from '../reports';
import { defineRule } from '../rule';
import { evidenceOf } from '../touchpointFacts';

export const assumptionOnlyStage = defineRule({
  meta: {
    code: 'JM223',
    name: 'assumption-only-stage',
    defaultSeverity: 'warning',
    description: 'A stage where every piece of evidence is an assumption.',
    rationale:
      'A stage whose touchpoints, pain points and metrics rest only on the team’s assumptions is a hypothesis, not a finding. It is the first place to take to customers: a few interviews or the support tickets turn it into evidence.',
    options: [],
    messages: {
      onlyAssumptions:
        'Everything recorded in stage “{stage}” rests on assumptions ({count} marked `assumption`, nothing observed). Check it with customers (interviews, a survey, support tickets, analytics or observation) before acting on it.',
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
        evidence:
          - kind: assumption
      - id: tracking
        name: Tracking page
        evidence:
          - kind: support-tickets
            count: 40
`,
      ],
      invalid: [
        `journey: Parcel delivery
stages:
  - id: delivery
    name: Delivery # ✗ JM223
    touchpoints:
      - id: courier
        name: Courier hands over the parcel
        evidence:
          - kind: assumption
`,
      ],
    },
  },
  check({ items }) {
    return reportEach(items.stages, (visit) => {
      const evidence = [
        ...visit.metrics.flatMap(({ metric }) => metric.evidence ?? []),
        ...visit.touchpoints.flatMap(({ touchpoint }) => evidenceOf(touchpoint)),
      ];
      // A stage that records no evidence at all says nothing either way.
      if (evidence.length === 0 || isObserved(evidence)) return undefined;
      return aboutStage(visit, 'onlyAssumptions', { count: evidence.length });
    });
  },
});
