import type { Journey, Stage } from '../generated/journey';
import { describeJourney } from './accessibility';
import { actorIds, concernsPersona, diagramEmotion, NEUTRAL_SCORE, personaName, personaScoreGroups } from './emotion';
import { escapeMermaidLabel, mermaidActorKey } from './escape';
import { walkJourney } from '../journeyWalk';
import type { MermaidDiagram, MermaidOptions, MermaidTask } from './types';

/** The stand-in task that keeps a stage without touchpoints visible: Mermaid draws sections only through their tasks. */
export const EMPTY_STAGE_LABEL = 'No touchpoints yet';

/** Shown for a label that is empty (the schema forbids it, but the generator never trusts its input): the grammar needs a name. */
export const UNNAMED_LABEL = '(unnamed)';

/** The text the diagram shows for a label the author wrote. */
export function displayLabel(text: string): string {
  return text.length === 0 ? UNNAMED_LABEL : text;
}

/**
 * The Mermaid `journey` diagram of a map: a section per stage, a task per
 * touchpoint with its score and the personas' display names as actors (a touchpoint whose
 * personas scored it differently gets one task per score, each with its personas).
 * Every label is entity-escaped (./escape.ts) so it shows verbatim.
 */
export function toMermaid(journey: Journey, options: MermaidOptions = {}): MermaidDiagram {
  const persona = options.persona;
  const title =
    persona === undefined
      ? displayLabel(journey.journey)
      : `${displayLabel(journey.journey)} — ${displayLabel(personaName(journey, persona))}`;
  const body: string[] = [];
  const tasks: MermaidTask[] = [];
  const actors = new ActorSlots(journey);
  // Lines before the body: "journey", title, accTitle, accDescr.
  const headerLines = 4;

  const sections = sectionLabels(journey.stages);
  for (const stageVisit of walkJourney(journey).stages) {
    const { stageIndex } = stageVisit;
    body.push(`  section ${escapeMermaidLabel(sections[stageIndex]!)}`);
    const touchpoints = stageVisit.touchpoints.filter(
      ({ touchpoint }) => persona === undefined || concernsPersona(touchpoint, persona),
    );
    if (touchpoints.length === 0) {
      body.push(taskLine(EMPTY_STAGE_LABEL, NEUTRAL_SCORE, []));
      const line = headerLines + body.length;
      tasks.push({
        path: [...stageVisit.path],
        label: EMPTY_STAGE_LABEL,
        score: NEUTRAL_SCORE,
        stageIndex,
        line,
        emotionRecorded: false,
        kind: 'empty-stage',
      });
      continue;
    }
    for (const { touchpoint, path } of touchpoints) {
      // Per-persona scores that differ: one task per score, its personas as the actors, rather
      // than one face at their average (which no persona felt).
      const groups = persona === undefined ? personaScoreGroups(journey, touchpoint) : undefined;
      const faces =
        groups && groups.length > 1
          ? groups.map(({ score, recorded, personaIds }) => ({
              score,
              recorded,
              names: actors.names(personaIds),
              split: true,
            }))
          : [
              {
                ...(groups?.length === 1
                  ? { score: groups[0]!.score, recorded: true }
                  : diagramEmotion(touchpoint, persona)),
                names: actors.names(actorIds(journey, touchpoint, persona)),
                split: false,
              },
            ];
      for (const face of faces) {
        body.push(taskLine(touchpoint.name, face.score, face.names));
        tasks.push({
          path: [...path],
          label: displayLabel(touchpoint.name),
          score: face.score,
          stageIndex,
          line: headerLines + body.length,
          emotionRecorded: face.recorded,
          kind: 'touchpoint',
          ...(face.split ? { personas: face.names } : {}),
        });
      }
    }
  }

  const header = [
    'journey',
    `  title ${label(title)}`,
    `  accTitle: ${label(`Journey map: ${title}`)}`,
    `  accDescr: ${label(describeJourney(title, journey.stages, tasks))}`,
  ];
  return { text: [...header, ...body].join('\n') + '\n', tasks, actorSlots: actors.slots() };
}

/**
 * The palette slot of every actor the diagram names, keyed as Mermaid keys actors (see
 * mermaidActorKey): a persona's slot is its position in the map's `personas` list, as on the
 * canvas; an id the map does not define (reported by the validator) gets the next free slot.
 * Two personas with the same display name are one actor to Mermaid: the first one's slot wins.
 */
class ActorSlots {
  private readonly byKey = new Map<string, number>();
  private readonly ids: readonly string[];
  private spare: number;

  constructor(private readonly journey: Journey) {
    this.ids = (journey.personas ?? []).map((persona) => persona.id);
    this.spare = this.ids.length;
  }

  /** The display names of these personas, noting each one's slot. */
  names(personaIds: readonly string[]): string[] {
    return personaIds.map((id) => {
      const name = personaName(this.journey, id);
      const key = mermaidActorKey(label(name));
      if (!this.byKey.has(key)) {
        const index = this.ids.indexOf(id);
        this.byKey.set(key, index >= 0 ? index : this.spare++);
      }
      return name;
    });
  }

  /** The slots in Mermaid's order of its actors: sorted by key (JavaScript's default sort, as Mermaid's). */
  slots(): number[] {
    return [...this.byKey.keys()].sort().map((key) => this.byKey.get(key)!);
  }
}

/**
 * The section label of each stage. Mermaid draws one section box per run of tasks
 * with the same section text, so two consecutive stages with the same name would
 * merge into one box: the second gets an invisible zero-width space to stay apart.
 */
export function sectionLabels(stages: readonly Stage[]): string[] {
  const labels: string[] = [];
  stages.forEach((stage, index) => {
    const name = displayLabel(stage.name);
    labels.push(index > 0 && labels[index - 1] === name ? `${name}\u200B` : name);
  });
  return labels;
}

/** `Name: score: Actor A, Actor B` — a space after each `:` keeps Mermaid's CSS pre-fix from matching (see escape.ts). */
function taskLine(name: string, score: number, actors: readonly string[]): string {
  const actorPart = actors.length > 0 ? `: ${actors.map(label).join(', ')}` : '';
  return `    ${label(name)}: ${score}${actorPart}`;
}

function label(text: string): string {
  return escapeMermaidLabel(displayLabel(text));
}
