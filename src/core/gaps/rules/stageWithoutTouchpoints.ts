import { defineRule, type GapReport } from '../rule';

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
    const reports: GapReport<'noTouchpoints'>[] = [];
    for (const { stage, path, touchpoints } of items.stages) {
      if (touchpoints.length > 0) continue;
      reports.push({ messageId: 'noTouchpoints', data: { stage: stage.name }, path: [...path, 'name'], part: 'value' });
    }
    return reports;
  },
});
