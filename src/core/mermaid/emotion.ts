import type { Journey, Touchpoint } from '../generated/journey';

/** The score a touchpoint gets in the diagram when no emotion is recorded: Mermaid's neutral face. */
export const NEUTRAL_SCORE = 3;

export interface DiagramEmotion {
  /** 1–5, an integer: the height of the face on Mermaid's curve. */
  readonly score: number;
  /** False when the map records no emotion for this touchpoint (and persona): the score is then the neutral stand-in. */
  readonly recorded: boolean;
}

/**
 * The one score Mermaid draws for a touchpoint. Mermaid's journey has one score
 * per task, so per-persona emotions are averaged (rounded half up) unless the
 * diagram is filtered to one persona, which then shows that persona's own score.
 */
export function diagramEmotion(touchpoint: Touchpoint, personaId?: string): DiagramEmotion {
  const emotion = touchpoint.emotion;
  if (typeof emotion === 'number') return scored(emotion);
  if (emotion === null || typeof emotion !== 'object') return missing();
  if (personaId !== undefined) {
    const own = Object.hasOwn(emotion, personaId) ? emotion[personaId] : undefined;
    return typeof own === 'number' ? scored(own) : missing();
  }
  const scores = Object.values(emotion).filter(
    (value): value is number => typeof value === 'number' && Number.isFinite(value),
  );
  if (scores.length === 0) return missing();
  return scored(scores.reduce((sum, value) => sum + value, 0) / scores.length);
}

/** Whether a touchpoint concerns a persona: one without a `personas` list concerns everyone. */
export function concernsPersona(touchpoint: Touchpoint, personaId: string): boolean {
  return touchpoint.personas === undefined || touchpoint.personas.includes(personaId);
}

/** The personas' display names for a touchpoint's actors, in the order the map lists them. */
export function actorNames(journey: Journey, touchpoint: Touchpoint, personaId?: string): string[] {
  const ids =
    personaId !== undefined
      ? [personaId]
      : (touchpoint.personas ?? (journey.personas ?? []).map((persona) => persona.id));
  return ids.map((id) => personaName(journey, id));
}

/** A persona's display name; its id when the map does not define it (the validator reports that separately). */
export function personaName(journey: Journey, personaId: string): string {
  return journey.personas?.find((persona) => persona.id === personaId)?.name ?? personaId;
}

function scored(value: number): DiagramEmotion {
  // Mermaid does not range-check scores (faces are drawn off the chart): clamp defensively,
  // the validator has already reported an out-of-range value.
  if (!Number.isFinite(value)) return missing();
  return { score: Math.min(5, Math.max(1, Math.round(value))), recorded: true };
}

function missing(): DiagramEmotion {
  return { score: NEUTRAL_SCORE, recorded: false };
}
