import { reportEach } from '../reports';
import { defineRule } from '../rule';
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
          - id: hidden-fee # ✗ JM201
            description: Shipping fee appears only at the last step
`,
      ],
    },
  },
  check({ items }) {
    const addressed = new Set(items.opportunities.flatMap(({ opportunity }) => opportunity.addresses ?? []));
    return reportEach(items.painPoints, ({ painPoint, path: painPointPath, parent }) => {
      const { touchpoint, path } = parent;
      if (addressed.has(painPoint.id)) return undefined;
      const itemLines = [
        `description: ${yamlScalar(`TODO: how to remove ${painPoint.id}`)}`,
        `addresses: ${yamlFlowList([painPoint.id])}`,
      ];
      return {
        messageId: 'noOpportunity',
        data: { id: painPoint.id, touchpoint: touchpoint.name },
        path: [...painPointPath, 'id'],
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
      };
    });
  },
});
