import { addOwnerPlaceholder, reportEach } from '../reports';
import { defineRule } from '../rule';

export const opportunityWithoutOwner = defineRule({
  meta: {
    code: 'JM202',
    name: 'opportunity-without-owner',
    defaultSeverity: 'warning',
    description: 'An opportunity with no owner.',
    rationale:
      'An idea that belongs to no team is an idea nobody ships. Naming the owner is what turns the map into internal alignment.',
    options: [],
    messages: {
      noOwner: 'This opportunity at “{touchpoint}” has no owner: name the team that will deliver it (`owner:`).',
      addOwner: 'Add an owner placeholder',
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
        opportunities:
          - description: Show the shipping fee on the product page
            owner: product
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
        opportunities:
          - description: Show the shipping fee on the product page # ✗ JM202
`,
      ],
    },
  },
  check({ items }) {
    return reportEach(items.opportunities, ({ opportunity, path, parent }) =>
      opportunity.owner === undefined
        ? {
            messageId: 'noOwner',
            data: { touchpoint: parent.touchpoint.name },
            path: [...path, 'description'],
            part: 'value',
            fixes: [addOwnerPlaceholder(path, opportunity)],
          }
        : undefined,
    );
  },
});
