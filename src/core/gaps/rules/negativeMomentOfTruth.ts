import type { MessageData } from '../../messages';
import { reportEach } from '../reports';
import { defineRule } from '../rule';
import { EVERY_PERSONA, emotionPath, scoresAtMost } from '../touchpointFacts';

export const negativeMomentOfTruth = defineRule({
  meta: {
    code: 'JM206',
    name: 'negative-moment-of-truth',
    defaultSeverity: 'warning',
    description: 'A moment of truth where the customer feels bad.',
    rationale:
      'A moment of truth decides how the customer sees the brand; a negative emotion there outweighs many good touchpoints and is where churn starts.',
    options: [
      {
        name: 'maxEmotion',
        type: 'integer',
        default: 2,
        minimum: 1,
        maximum: 4,
        description: 'Highest emotion score (1–5) at a moment of truth that still counts as negative.',
      },
    ],
    messages: {
      negative:
        '“{touchpoint}” is a moment of truth and the customer feels {score} out of 5 here. This moment decides how the brand is perceived: make it a priority, with its pain points and an owned opportunity.',
      negativeFor:
        '“{touchpoint}” is a moment of truth and {persona} feels {score} out of 5 here. This moment decides how the brand is perceived: make it a priority, with its pain points and an owned opportunity.',
      negativeForSeveral:
        '“{touchpoint}” is a moment of truth and several personas feel bad here: {scores}. This moment decides how the brand is perceived: make it a priority, with its pain points and an owned opportunity.',
      markedHere: 'Marked as a moment of truth here',
    },
    fixable: false,
    tags: [],
    examples: {
      valid: [
        `journey: Parcel delivery
stages:
  - id: delivery
    name: Delivery
    touchpoints:
      - id: courier
        name: Courier hands over the parcel
        momentOfTruth: true
        emotion: 4
`,
      ],
      invalid: [
        `journey: Parcel delivery
stages:
  - id: delivery
    name: Delivery
    touchpoints:
      - id: courier
        name: Courier hands over the parcel
        momentOfTruth: true
        emotion: 2 # ✗ JM206
`,
      ],
    },
  },
  check({ items, options }) {
    return reportEach(items.touchpoints, ({ touchpoint, path }) => {
      if (touchpoint.momentOfTruth !== true) return undefined;
      // Every persona below the threshold is named, worst first; the finding sits on the worst score.
      const below = scoresAtMost(touchpoint, options.maxEmotion).sort((a, b) => a[1] - b[1]);
      const [worst] = below;
      if (!worst) return undefined;
      const [worstKey, score] = worst;
      const everyone = worstKey === EVERY_PERSONA;
      const several = !everyone && below.length > 1;
      const data: MessageData = several
        ? {
            touchpoint: touchpoint.name,
            scores: below.map(([persona, score]) => `${persona} ${score} out of 5`).join(', '),
          }
        : { touchpoint: touchpoint.name, ...(everyone ? {} : { persona: worstKey }), score };
      return {
        messageId: everyone ? 'negative' : several ? 'negativeForSeveral' : 'negativeFor',
        data,
        path: emotionPath(path, worstKey),
        part: 'value',
        related: [{ messageId: 'markedHere', path: [...path, 'momentOfTruth'], part: 'key' }],
      };
    });
  },
});
