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
 * The one score Mermaid draws for a touchpoint: its own score, or, filtered to one persona, that
 * persona's score. Per-persona scores without a filter are the rounded mean (for a single face
 * where one is needed, e.g. the canvas's summary); the combined diagram instead draws one face per
 * score (see personaScoreGroups), so nothing is averaged in a picture.
 */
export function diagramEmotion(touchpoint: Touchpoint, personaId?: string): DiagramEmotion {
  const mean = meanEmotion(touchpoint, personaId);
  return mean === undefined ? missing() : scored(mean);
}

/**
 * The exact emotion of a touchpoint (the mean of its per-persona scores, unrounded), or of one
 * persona; undefined when none is recorded. Averages over touchpoints are computed from these
 * and rounded once, for display.
 */
export function meanEmotion(touchpoint: Touchpoint, personaId?: string): number | undefined {
  const emotion = touchpoint.emotion;
  if (typeof emotion === 'number') return Number.isFinite(emotion) ? emotion : undefined;
  if (emotion === null || typeof emotion !== 'object') return undefined;
  if (personaId !== undefined) {
    const own = Object.hasOwn(emotion, personaId) ? emotion[personaId] : undefined;
    return typeof own === 'number' && Number.isFinite(own) ? own : undefined;
  }
  const scores = Object.values(emotion).filter(
    (value): value is number => typeof value === 'number' && Number.isFinite(value),
  );
  if (scores.length === 0) return undefined;
  return scores.reduce((sum, value) => sum + value, 0) / scores.length;
}

export interface PersonaScoreGroup {
  /** 1–5, the face's height. */
  readonly score: number;
  readonly recorded: boolean;
  /** Persona ids with this score, in the map's order. */
  readonly personaIds: readonly string[];
}

/**
 * For per-persona emotions: the personas grouped by their own score, lowest score first, so the
 * combined diagram can draw one face per score with its personas as the task's actors (Mermaid's
 * journey has one score per task). Personas the touchpoint concerns but that have no score form a
 * last group marked unrecorded. Undefined for a single score or none: one face says it all.
 */
export function personaScoreGroups(journey: Journey, touchpoint: Touchpoint): PersonaScoreGroup[] | undefined {
  const emotion = touchpoint.emotion;
  if (emotion === null || typeof emotion !== 'object') return undefined;
  const scores = new Map<string, number>();
  for (const [id, value] of Object.entries(emotion))
    if (typeof value === 'number' && Number.isFinite(value)) scores.set(id, scored(value).score);
  if (scores.size === 0) return undefined;
  const concerned = touchpoint.personas ?? (journey.personas ?? []).map((persona) => persona.id);
  const ids = [...new Set([...concerned, ...scores.keys()])];
  const byScore = new Map<number, string[]>();
  const unscored: string[] = [];
  for (const id of ids) {
    const score = scores.get(id);
    if (score === undefined) unscored.push(id);
    else byScore.set(score, [...(byScore.get(score) ?? []), id]);
  }
  const groups: PersonaScoreGroup[] = [...byScore]
    .sort(([a], [b]) => a - b)
    .map(([score, personaIds]) => ({ score, recorded: true, personaIds }));
  if (unscored.length > 0) groups.push({ score: NEUTRAL_SCORE, recorded: false, personaIds: unscored });
  return groups;
}

/** Whether a touchpoint concerns a persona: one without a `personas` list concerns everyone. */
export function concernsPersona(touchpoint: Touchpoint, personaId: string): boolean {
  return touchpoint.personas === undefined || touchpoint.personas.includes(personaId);
}

/** The personas' display names for a touchpoint's actors, in the order the map lists them. */
export function actorNames(journey: Journey, touchpoint: Touchpoint, personaId?: string): string[] {
  return actorIds(journey, touchpoint, personaId).map((id) => personaName(journey, id));
}

/** The persona ids behind a touchpoint's actors (see actorNames). */
export function actorIds(journey: Journey, touchpoint: Touchpoint, personaId?: string): string[] {
  return personaId !== undefined
    ? [personaId]
    : [...(touchpoint.personas ?? (journey.personas ?? []).map((persona) => persona.id))];
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
