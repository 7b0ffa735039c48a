import { defineRule, type GapReport } from '../rule';
import { EVERY_PERSONA, emotionScores } from '../touchpointFacts';

export const negativeEmotionWithoutPainPoint = defineRule({
  meta: {
    code: 'JM218',
    name: 'negative-emotion-without-pain-point',
    defaultSeverity: 'warning',
    description: 'A touchpoint where the customer feels bad but no pain point is recorded.',
    rationale:
      'A low emotion score says something hurts; until the map says what, no opportunity can address it. This holds whether or not a drop leads into it: a journey that starts badly has no valley, but still has a pain point to name.',
    options: [
      {
        name: 'maxEmotion',
        type: 'integer',
        default: 2,
        minimum: 1,
        maximum: 4,
        description: 'Highest emotion score (1–5) that counts as negative.',
      },
    ],
    messages: {
      noPainPoint:
        '“{touchpoint}” scores {score} out of 5 but records no pain point. What goes wrong for the customer here? Record it under `painPoints` so an opportunity can address it.',
      noPainPointFor:
        '“{touchpoint}” scores {score} out of 5 for {personas} but records no pain point. What goes wrong for them here? Record it under `painPoints` so an opportunity can address it.',
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
      - id: tracking
        name: Tracking page
        emotion: 2
        painPoints:
          - id: stale-tracking
            description: Tracking does not update for two days
`,
      ],
      invalid: [
        `journey: Parcel delivery
stages:
  - id: delivery
    name: Delivery
    touchpoints:
      - id: tracking
        name: Tracking page
        emotion: 2 # ✗ JM218
`,
      ],
    },
  },
  check({ items, options }) {
    const reports: GapReport<'noPainPoint' | 'noPainPointFor'>[] = [];
    for (const { touchpoint, path } of items.touchpoints) {
      if ((touchpoint.painPoints ?? []).length > 0) continue;
      const low = [...emotionScores(touchpoint)].filter(([, score]) => score <= options.maxEmotion);
      if (low.length === 0) continue;
      const [worstKey, worst] = low.reduce((a, b) => (b[1] < a[1] ? b : a));
      const everyone = worstKey === EVERY_PERSONA;
      reports.push({
        ...(everyone
          ? { messageId: 'noPainPoint', data: { touchpoint: touchpoint.name, score: worst } }
          : {
              messageId: 'noPainPointFor',
              data: {
                touchpoint: touchpoint.name,
                score: worst,
                personas: low.map(([persona]) => persona).join(', '),
              },
            }),
        path: everyone ? [...path, 'emotion'] : [...path, 'emotion', worstKey],
        part: 'value',
      });
    }
    return reports;
  },
});
