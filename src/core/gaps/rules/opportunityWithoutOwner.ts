import { defineRule, type GapReport } from '../rule';
import { touchpointsOf } from '../journeyWalk';

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
          - description: Show the shipping fee on the product page # ✗
`,
      ],
    },
  },
  check({ journey }) {
    const reports: GapReport<'noOwner' | 'addOwner'>[] = [];
    for (const { touchpoint, path } of touchpointsOf(journey)) {
      touchpoint.opportunities?.forEach((opportunity, index) => {
        if (opportunity.owner !== undefined) return;
        const opportunityPath = [...path, 'opportunities', index];
        reports.push({
          messageId: 'noOwner',
          data: { touchpoint: touchpoint.name },
          path: [...opportunityPath, 'description'],
          part: 'value',
          fixes: [
            {
              messageId: 'addOwner',
              preferred: true,
              edit: (edits) => edits.addToMapping(opportunityPath, opportunity, ['owner: TODO']),
            },
          ],
        });
      });
    }
    return reports;
  },
});
