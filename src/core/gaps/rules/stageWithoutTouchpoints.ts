import { aboutStage, reportEach } from '../reports';
import { defineRule } from '../rule';

export const stageWithoutTouchpoints = defineRule({
  meta: {
    code: 'JM203',
    name: 'stage-without-touchpoints',
    defaultSeverity: 'warning',
    description: 'A stage with no touchpoints.',
    rationale:
      'A stage without touchpoints says nothing about how the customer meets the brand there; it is usually a stage the team has not looked at yet.',
    options: [],
    messages: {
      noTouchpoints:
        'Stage “{stage}” has no touchpoints. Add the points where the customer meets the brand in this stage, or remove the stage.',
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
`,
      ],
      invalid: [
        `journey: Parcel delivery
stages:
  - id: purchase
    name: Purchase # ✗ JM203
`,
      ],
    },
  },
  check({ items }) {
    return reportEach(items.stages, (visit) =>
      visit.touchpoints.length === 0 ? aboutStage(visit, 'noTouchpoints') : undefined,
    );
  },
});
