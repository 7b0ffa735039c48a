/** What a touchpoint says, read the same way by every gap rule. */
import type { Channel, Evidence, Touchpoint } from '../generated/journey';
import type { DocumentPath } from './types';

/** Marks the emotion that applies to every persona (a single score rather than one per persona). */
export const EVERY_PERSONA = '*';

/**
 * Scores read once per touchpoint object: several rules read them, and the language server's
 * incremental analysis shares the touchpoints an edit did not touch with the previous version.
 */
const scoresOf = new WeakMap<Touchpoint, ReadonlyMap<string, number>>();

/**
 * The emotion scores of a touchpoint keyed by persona id; a single score is keyed
 * EVERY_PERSONA. Empty when no emotion is recorded.
 */
export function emotionScores(touchpoint: Touchpoint): ReadonlyMap<string, number> {
  let scores = scoresOf.get(touchpoint);
  if (!scores) {
    scores = readScores(touchpoint);
    scoresOf.set(touchpoint, scores);
  }
  return scores;
}

function readScores(touchpoint: Touchpoint): Map<string, number> {
  const scores = new Map<string, number>();
  const emotion = touchpoint.emotion;
  if (typeof emotion === 'number') scores.set(EVERY_PERSONA, emotion);
  else if (emotion && typeof emotion === 'object') {
    for (const [persona, score] of Object.entries(emotion)) if (typeof score === 'number') scores.set(persona, score);
  }
  return scores;
}

/** The scores at or below `max`, in the map's order (a touchpoint can be bad for several personas at once). */
export function scoresAtMost(touchpoint: Touchpoint, max: number): [persona: string, score: number][] {
  return [...emotionScores(touchpoint)].filter(([, score]) => score <= max);
}

/** The path of one persona's score under the touchpoint at `path` (EVERY_PERSONA: the single `emotion`). */
export function emotionPath(path: DocumentPath, persona: string): DocumentPath {
  return persona === EVERY_PERSONA ? [...path, 'emotion'] : [...path, 'emotion', persona];
}

/** All the evidence recorded about a touchpoint: on it, on its pain points and on its metrics. */
export function evidenceOf(touchpoint: Touchpoint): Evidence[] {
  return [
    ...(touchpoint.evidence ?? []),
    ...(touchpoint.painPoints ?? []).flatMap((painPoint) => painPoint.evidence ?? []),
    ...(touchpoint.metrics ?? []).flatMap((metric) => metric.evidence ?? []),
  ];
}

/** Whether a touchpoint concerns a persona: a touchpoint that lists no personas concerns them all. */
export function concernsPersona(touchpoint: Touchpoint, personaId: string): boolean {
  if (touchpoint.personas === undefined) return true;
  if (touchpoint.personas.includes(personaId)) return true;
  const emotion = touchpoint.emotion;
  return typeof emotion === 'object' && emotion !== null && personaId in emotion;
}

/** The channels of a touchpoint, whether it gives one `channel` or a `channels` list. */
export function channelsOf(touchpoint: Touchpoint): Channel[] {
  if (touchpoint.channels) return [...touchpoint.channels];
  return touchpoint.channel ? [touchpoint.channel] : [];
}
