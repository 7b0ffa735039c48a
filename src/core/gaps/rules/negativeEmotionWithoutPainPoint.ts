import { reportEach } from '../reports';
import { defineRule } from '../rule';
import { EVERY_PERSONA, emotionPath, scoresAtMost } from '../touchpointFacts';

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
    return reportEach(items.touchpoints, ({ touchpoint, path }) => {
      if ((touchpoint.painPoints ?? []).length > 0) return undefined;
      const low = scoresAtMost(touchpoint, options.maxEmotion);
      if (low.length === 0) return undefined;
      const [worstKey, score] = low.reduce((a, b) => (b[1] < a[1] ? b : a));
      const everyone = worstKey === EVERY_PERSONA;
      return {
        messageId: everyone ? 'noPainPoint' : 'noPainPointFor',
        data: {
          touchpoint: touchpoint.name,
          score,
          ...(everyone ? {} : { personas: low.map(([persona]) => persona).join(', ') }),
        },
        path: emotionPath(path, worstKey),
        part: 'value',
      };
    });
  },
});
