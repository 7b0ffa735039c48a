import { defineRule, type GapReport } from '../rule';
import { concernsPersona, EVERY_PERSONA, emotionPath, emotionScores } from '../touchpointFacts';
import type { TouchpointVisit } from '../../journeyWalk';

interface Drop {
  readonly from: TouchpointVisit;
  readonly fromScore: number;
  readonly to: TouchpointVisit;
  readonly toScore: number;
  readonly personas: string[];
  /** The emotion entry that shows the low score: a single score, or one persona's. */
  readonly emotionKey?: string;
}

export const emotionalValley = defineRule({
  meta: {
    code: 'JM205',
    name: 'emotional-valley',
    defaultSeverity: 'warning',
    description: 'A sharp drop in emotion into negative territory between consecutive touchpoints.',
    rationale:
      'A sudden fall into a bad feeling is where journeys break and customers leave; valleys are the first places to look for pain points and opportunities. A fall that ends at neutral or above (5 → 3) is a cooling, not a valley, and is not reported by default.',
    options: [
      {
        name: 'drop',
        type: 'integer',
        default: 2,
        minimum: 1,
        maximum: 4,
        description:
          'Smallest fall in emotion score (on the 1–5 scale) between one touchpoint and the next that counts as a valley.',
      },
      {
        name: 'negativeAt',
        type: 'integer',
        default: 2,
        minimum: 1,
        maximum: 5,
        description:
          'Highest emotion score (1–5) that counts as negative territory: a fall is a valley only when it ends at or below it. 5 counts every fall of `drop` or more.',
      },
    ],
    messages: {
      valley:
        'Emotion drops from {from} to {to} between “{fromTouchpoint}” and “{toTouchpoint}”: an emotional valley. Find out what goes wrong at “{toTouchpoint}” and record its pain points and the opportunities that would soften the fall.',
      valleyFor:
        'Emotion drops from {from} to {to} for {personas} between “{fromTouchpoint}” and “{toTouchpoint}”: an emotional valley. Find out what goes wrong at “{toTouchpoint}” and record its pain points and the opportunities that would soften the fall.',
      before: 'Emotion before the drop: {score}',
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
      - id: product-page
        name: Product page
        emotion: 5
      - id: checkout
        name: Checkout in the app
        emotion: 3
`,
        `journey: Parcel delivery
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - id: product-page
        name: Product page
        emotion: 4
      - id: checkout
        name: Checkout in the app
        emotion: 3
`,
      ],
      invalid: [
        `journey: Parcel delivery
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - id: product-page
        name: Product page
        emotion: 4
      - id: checkout
        name: Checkout in the app
        emotion: 1 # ✗ JM205
`,
      ],
    },
  },
  check({ items, journey, options }) {
    const visits = items.touchpoints;
    const personaIds = new Set((journey.personas ?? []).map((persona) => persona.id));
    for (const visit of visits)
      for (const key of emotionScores(visit.touchpoint).keys()) if (key !== EVERY_PERSONA) personaIds.add(key);
    const tracks = personaIds.size > 0 ? [...personaIds] : [EVERY_PERSONA];

    // One finding per step: a drop between single scores that several personas share is one valley, not one per persona.
    const drops = new Map<string, Drop & { shared: boolean }>();
    for (const persona of tracks) {
      let previous: { visit: TouchpointVisit; score: number; own: boolean } | undefined;
      for (const visit of visits) {
        // Each persona's curve runs through the touchpoints that concern it.
        if (persona !== EVERY_PERSONA && !concernsPersona(visit.touchpoint, persona)) continue;
        const scores = emotionScores(visit.touchpoint);
        const ownScore = persona === EVERY_PERSONA ? undefined : scores.get(persona);
        const score = ownScore ?? scores.get(EVERY_PERSONA);
        if (score === undefined) continue;
        const own = ownScore !== undefined;
        if (previous && previous.score - score >= options.drop && score <= options.negativeAt) {
          const shared = !own && !previous.own;
          const key = `${previous.visit.path.join('/')}>${visit.path.join('/')}${shared ? '' : `:${persona}`}`;
          const drop = drops.get(key);
          if (drop) drop.personas.push(persona);
          else {
            drops.set(key, {
              from: previous.visit,
              fromScore: previous.score,
              to: visit,
              toScore: score,
              personas: [persona],
              shared,
              ...(own ? { emotionKey: persona } : {}),
            });
          }
        }
        previous = { visit, score, own };
      }
    }

    return [...drops.values()].map((drop): GapReport<'valley' | 'valleyFor' | 'before'> => {
      const everyone = drop.personas.includes(EVERY_PERSONA) || (drop.shared && drop.personas.length === tracks.length);
      const data = {
        from: drop.fromScore,
        to: drop.toScore,
        fromTouchpoint: drop.from.touchpoint.name,
        toTouchpoint: drop.to.touchpoint.name,
      };
      return {
        ...(everyone
          ? { messageId: 'valley', data }
          : { messageId: 'valleyFor', data: { ...data, personas: drop.personas.join(', ') } }),
        path: emotionPath(drop.to.path, drop.emotionKey ?? EVERY_PERSONA),
        part: 'value',
        related: [
          {
            messageId: 'before',
            data: { score: drop.fromScore },
            path: emotionPath(
              drop.from.path,
              typeof drop.from.touchpoint.emotion === 'number' ? EVERY_PERSONA : drop.personas[0]!,
            ),
            part: 'value',
          },
        ],
      };
    });
  },
});
