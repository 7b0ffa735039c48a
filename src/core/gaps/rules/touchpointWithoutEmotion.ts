import { aboutTouchpoint, reportEach } from '../reports';
import { defineRule } from '../rule';

export const touchpointWithoutEmotion = defineRule({
  meta: {
    code: 'JM204',
    name: 'touchpoint-without-emotion',
    defaultSeverity: 'warning',
    description: 'A touchpoint with no emotion recorded.',
    rationale:
      'The emotional curve is the heart of a journey map. A touchpoint without an emotion leaves a hole in the curve and hides valleys.',
    options: [],
    messages: {
      noEmotion:
        'Touchpoint “{touchpoint}” has no emotion: record how the customer feels here, from 1 (very negative) to 5 (very positive), e.g. `emotion: 3`.',
    },
    fixable: false,
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
        emotion: 2
`,
      ],
      invalid: [
        `journey: Parcel delivery
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - id: checkout
        name: Checkout in the app # ✗ JM204
`,
      ],
    },
  },
  check({ items }) {
    return reportEach(items.touchpoints, (visit) =>
      visit.touchpoint.emotion === undefined ? aboutTouchpoint(visit, 'noEmotion') : undefined,
    );
  },
});
