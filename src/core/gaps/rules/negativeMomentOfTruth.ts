import { defineRule, type GapReport } from '../rule';
import { EVERY_PERSONA, emotionScores, touchpointsOf } from '../journeyWalk';

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
        emotion: 2 # ✗
`,
      ],
    },
  },
  check({ journey, options }) {
    const reports: GapReport<'negative' | 'negativeFor' | 'markedHere'>[] = [];
    for (const { touchpoint, path } of touchpointsOf(journey)) {
      if (touchpoint.momentOfTruth !== true) continue;
      let worst: { key: string; score: number } | undefined;
      for (const [key, score] of emotionScores(touchpoint)) if (!worst || score < worst.score) worst = { key, score };
      if (!worst || worst.score > options.maxEmotion) continue;
      const everyone = worst.key === EVERY_PERSONA;
      reports.push({
        ...(everyone
          ? { messageId: 'negative', data: { touchpoint: touchpoint.name, score: worst.score } }
          : {
              messageId: 'negativeFor',
              data: { touchpoint: touchpoint.name, persona: worst.key, score: worst.score },
            }),
        path: everyone ? [...path, 'emotion'] : [...path, 'emotion', worst.key],
        part: 'value',
        related: [{ messageId: 'markedHere', path: [...path, 'momentOfTruth'], part: 'key' }],
      });
    }
    return reports;
  },
});
