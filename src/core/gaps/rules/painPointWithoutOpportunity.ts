import { defineRule, type GapReport } from '../rule';
import { touchpointsOf } from '../journeyWalk';
import { yamlFlowList, yamlScalar } from '../yamlEdits';

export const painPointWithoutOpportunity = defineRule({
  meta: {
    code: 'JM201',
    name: 'pain-point-without-opportunity',
    defaultSeverity: 'warning',
    description: 'A pain point that no opportunity addresses.',
    rationale:
      'Mapping a pain point is only half the work: until an opportunity addresses it, nobody is going to fix it, and the map is a list of complaints rather than a plan.',
    options: [],
    messages: {
      noOpportunity:
        'Pain point {id} at “{touchpoint}” has no opportunity addressing it. Add an opportunity with `addresses: [{id}]` and an owner.',
      addOpportunity: 'Add an opportunity that addresses {id}',
    },
    fixable: true,
    tags: [],
    examples: {
      valid: [
        `journey: Parcel delivery
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - id: checkout
        name: Checkout in the app
        painPoints:
          - id: hidden-fee
            description: Shipping fee appears only at the last step
        opportunities:
          - description: Show the shipping fee on the product page
            addresses: [hidden-fee]
`,
      ],
      invalid: [
        `journey: Parcel delivery
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - id: checkout
        name: Checkout in the app
        painPoints:
          - id: hidden-fee # ✗
            description: Shipping fee appears only at the last step
`,
      ],
    },
  },
  check({ journey }) {
    const addressed = new Set<string>();
    for (const { touchpoint } of touchpointsOf(journey)) {
      for (const opportunity of touchpoint.opportunities ?? [])
        for (const id of opportunity.addresses ?? []) addressed.add(id);
    }
    const reports: GapReport<'noOpportunity' | 'addOpportunity'>[] = [];
    for (const { touchpoint, path } of touchpointsOf(journey)) {
      touchpoint.painPoints?.forEach((painPoint, index) => {
        if (addressed.has(painPoint.id)) return;
        const itemLines = [
          `description: ${yamlScalar(`TODO: how to remove ${painPoint.id}`)}`,
          `addresses: ${yamlFlowList([painPoint.id])}`,
        ];
        reports.push({
          messageId: 'noOpportunity',
          data: { id: painPoint.id, touchpoint: touchpoint.name },
          path: [...path, 'painPoints', index, 'id'],
          part: 'value',
          fixes: [
            {
              messageId: 'addOpportunity',
              data: { id: painPoint.id },
              preferred: true,
              edit: (edits) =>
                touchpoint.opportunities?.length
                  ? edits.appendToSequence([...path, 'opportunities'], touchpoint.opportunities, itemLines)
                  : touchpoint.opportunities === undefined
                    ? edits.addToMapping(path, touchpoint, [
                        'opportunities:',
                        ...itemLines.map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`)),
                      ])
                    : undefined,
            },
          ],
        });
      });
    }
    return reports;
  },
});
