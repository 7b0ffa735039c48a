import { aboutTouchpoint, addOwnerPlaceholder, reportEach } from '../reports';
import { defineRule } from '../rule';

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
    return reportEach(items.touchpoints, (visit) =>
      visit.touchpoint.owner === undefined
        ? { ...aboutTouchpoint(visit, 'noOwner'), fixes: [addOwnerPlaceholder(visit.path, visit.touchpoint)] }
        : undefined,
    );
  },
});
