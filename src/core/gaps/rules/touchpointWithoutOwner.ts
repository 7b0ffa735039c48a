import { defineRule, type GapReport } from '../rule';

export const touchpointWithoutOwner = defineRule({
  meta: {
    code: 'JM212',
    name: 'touchpoint-without-owner',
    defaultSeverity: 'warning',
    description: 'A touchpoint with no owner.',
    rationale:
      'A touchpoint nobody owns is one nobody improves. Naming the accountable team (marketing, sales, support, logistics) is what aligns the organisation behind the map.',
    options: [],
    messages: {
      noOwner: 'Touchpoint “{touchpoint}” has no owner: name the team accountable for it (`owner:`).',
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
        owner: web team
`,
      ],
      invalid: [
        `journey: Parcel delivery
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - id: checkout
        name: Checkout in the app # ✗ JM212
`,
      ],
    },
  },
  check({ items }) {
    return items.touchpoints
      .filter(({ touchpoint }) => touchpoint.owner === undefined)
      .map(({ touchpoint, path }): GapReport<'noOwner' | 'addOwner'> => ({
        messageId: 'noOwner',
        data: { touchpoint: touchpoint.name },
        path: [...path, 'name'],
        part: 'value',
        fixes: [
          {
            messageId: 'addOwner',
            preferred: true,
            edit: (edits) => edits.addToMapping(path, touchpoint, ['owner: TODO']),
          },
        ],
      }));
  },
});
