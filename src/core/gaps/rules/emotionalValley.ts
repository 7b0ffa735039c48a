import type { GapReport, GapRule } from '../rule';
import {
  concernsPersona,
  EVERY_PERSONA,
  emotionScores,
  quoted,
  touchpointsOf,
  type TouchpointVisit,
} from '../journeyWalk';

interface Drop {
  readonly from: TouchpointVisit;
  readonly fromScore: number;
  readonly to: TouchpointVisit;
  readonly toScore: number;
  readonly personas: string[];
  /** The emotion entry that shows the low score: a single score, or one persona's. */
  readonly emotionKey?: string;
}

export const emotionalValley: GapRule = {
  code: 'JM205',
  name: 'emotional-valley',
  defaultSeverity: 'warning',
  summary: 'A sharp drop in emotion between consecutive touchpoints.',
  rationale:
    'A sudden fall in how the customer feels is where journeys break and customers leave; valleys are the first places to look for pain points and opportunities.',
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
  ],
  check({ journey, options }) {
    const threshold = options.drop ?? 2;
    const visits = touchpointsOf(journey);
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
        if (previous && previous.score - score >= threshold) {
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

    return [...drops.values()].map((drop): GapReport => {
      const everyone = drop.personas.includes(EVERY_PERSONA) || (drop.shared && drop.personas.length === tracks.length);
      const who = everyone ? '' : ` for ${drop.personas.join(', ')}`;
      return {
        message:
          `Emotion drops from ${drop.fromScore} to ${drop.toScore}${who} between ${quoted(drop.from.touchpoint.name)} and ${quoted(drop.to.touchpoint.name)}: an emotional valley. ` +
          `Find out what goes wrong at ${quoted(drop.to.touchpoint.name)} and record its pain points and the opportunities that would soften the fall.`,
        path:
          drop.emotionKey === undefined ? [...drop.to.path, 'emotion'] : [...drop.to.path, 'emotion', drop.emotionKey],
        part: 'value',
        related: [
          {
            message: `Emotion before the drop: ${drop.fromScore}`,
            path:
              typeof drop.from.touchpoint.emotion === 'number'
                ? [...drop.from.path, 'emotion']
                : [...drop.from.path, 'emotion', drop.personas[0]!],
            part: 'value',
          },
        ],
      };
    });
  },
};
