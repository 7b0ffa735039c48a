import { isObserved } from '../../evidence';
import type { Evidence } from '../../generated/journey';
import { defineRule, type GapReport } from '../rule';

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
    const reports: GapReport<'onlyAssumptions'>[] = [];
    for (const { stage, path } of items.stages) {
      const evidence: Evidence[] = [
        ...(stage.metrics ?? []).flatMap((metric) => metric.evidence ?? []),
        ...(stage.touchpoints ?? []).flatMap((touchpoint) => [
          ...(touchpoint.evidence ?? []),
          ...(touchpoint.painPoints ?? []).flatMap((painPoint) => painPoint.evidence ?? []),
          ...(touchpoint.metrics ?? []).flatMap((metric) => metric.evidence ?? []),
        ]),
      ];
      // A stage that records no evidence at all says nothing either way.
      if (evidence.length === 0 || isObserved(evidence)) continue;
      reports.push({
        messageId: 'onlyAssumptions',
        data: { stage: stage.name, count: evidence.length },
        path: [...path, 'name'],
        part: 'value',
      });
    }
    return reports;
  },
});
