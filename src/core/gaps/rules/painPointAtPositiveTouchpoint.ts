import { reportEach } from '../reports';
import { defineRule } from '../rule';
import { emotionScores } from '../touchpointFacts';

export const painPointAtPositiveTouchpoint = defineRule({
  meta: {
    code: 'JM219',
    name: 'pain-point-at-positive-touchpoint',
    defaultSeverity: 'warning',
    description: 'A pain point at a touchpoint where every score is positive: likely a data error.',
    rationale:
      'A customer who meets real friction does not feel 4 or 5 out of 5. Either the emotion was copied from another touchpoint, or the pain point belongs elsewhere; either way the curve and the pain points tell different stories.',
    options: [
      {
        name: 'minEmotion',
        type: 'integer',
        default: 4,
        minimum: 2,
        maximum: 5,
        description:
          'Lowest emotion score (1–5) that counts as positive. A pain point is flagged when every score of its touchpoint is at least this.',
      },
    ],
    messages: {
      inconsistent:
        '“{touchpoint}” records the pain point “{painPoint}” but the customer feels {score} out of 5 here. One of them is likely wrong: lower the emotion, or move the pain point to where it hurts.',
      emotionHere: 'The emotion recorded here',
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
        painPoints:
          - id: hidden-fee
            description: Shipping fee appears only at the last step
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
        emotion: 5
        painPoints:
          - id: hidden-fee # ✗ JM219
            description: Shipping fee appears only at the last step
`,
      ],
    },
  },
  check({ items, options }) {
    return reportEach(items.touchpoints, ({ touchpoint, path, painPoints }) => {
      // A low-severity annoyance fits a good touchpoint; a medium or high one does not.
      const serious = painPoints.find(({ painPoint }) => painPoint.severity !== 'low');
      if (!serious) return undefined;
      const scores = [...emotionScores(touchpoint).values()];
      if (scores.length === 0) return undefined;
      const lowest = Math.min(...scores);
      if (lowest < options.minEmotion) return undefined;
      return {
        messageId: 'inconsistent',
        data: { touchpoint: touchpoint.name, painPoint: serious.painPoint.description, score: lowest },
        // On the pain point's id, so a review (and the diff) follows it when the touchpoint is renamed.
        path: [...serious.path, 'id'],
        part: 'value',
        related: [{ messageId: 'emotionHere', path: [...path, 'emotion'], part: 'value' }],
      };
    });
  },
});
