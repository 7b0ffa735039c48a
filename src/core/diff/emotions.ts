import type { Touchpoint } from '../generated/journey';
import type { JourneyIndex } from './journeyIndex';
import { touchpointRef } from './structure';
import type { EmotionChange } from './types';

/** The key under which a single (not per-persona) score is compared. */
const EVERYONE = '';

/**
 * Emotion changes of the touchpoints present in both versions. A single score and
 * per-persona scores are compared persona by persona: a single score counts for
 * every persona named on the other side.
 */
export function diffEmotions(before: JourneyIndex, after: JourneyIndex): EmotionChange[] {
  const changes: EmotionChange[] = [];
  for (const [id, now] of after.touchpoints) {
    const then = before.touchpoints.get(id);
    if (then === undefined) continue;
    const old = scoresByPersona(then.touchpoint);
    const current = scoresByPersona(now.touchpoint);
    const personas = personaKeys(old, current);
    const keys = personas.length === 0 ? [EVERYONE] : personas;
    for (const key of keys) {
      const from = scoreFor(old, key);
      const to = scoreFor(current, key);
      if (from === to) continue;
      const direction = from === undefined ? 'recorded' : to === undefined ? 'unrecorded' : to > from ? 'up' : 'down';
      changes.push({
        touchpoint: touchpointRef(now),
        ...(key === EVERYONE
          ? {}
          : { persona: after.knownPersonaName(key) ?? before.personaName(key), personaId: key }),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
        direction,
      });
    }
  }
  return changes;
}

function scoresByPersona(touchpoint: Touchpoint): Map<string, number> {
  const emotion = touchpoint.emotion;
  if (typeof emotion === 'number') return new Map([[EVERYONE, emotion]]);
  if (emotion === null || typeof emotion !== 'object') return new Map();
  return new Map(Object.entries(emotion).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

/** Persona keys from both sides, in first-seen order; the single-score key is not a persona. */
function personaKeys(old: Map<string, number>, current: Map<string, number>): string[] {
  return [...new Set([...old.keys(), ...current.keys()])].filter((key) => key !== EVERYONE);
}

function scoreFor(scores: Map<string, number>, key: string): number | undefined {
  return scores.get(key) ?? scores.get(EVERYONE);
}
