import type { MermaidTask } from './types';

/** At most this many stage names are spelled out; a screen reader user does not want forty. */
const MAX_LISTED_STAGES = 8;

export interface StageSummary {
  readonly name: string;
}

/**
 * The one-sentence description a screen reader announces for the diagram:
 * how many stages (named), how many touchpoints, and where the journey hurts most.
 */
export function describeJourney(title: string, stages: readonly StageSummary[], tasks: readonly MermaidTask[]): string {
  const touchpointTasks = tasks.filter((task) => task.kind === 'touchpoint');
  // A touchpoint drawn once per persona score is still one touchpoint.
  const touchpoints = touchpointTasks.filter(
    (task, index) => index === 0 || task.personas === undefined || !samePath(touchpointTasks[index - 1]!, task),
  );
  const listed = stages.slice(0, MAX_LISTED_STAGES).map((stage) => stage.name);
  const more = stages.length > MAX_LISTED_STAGES ? ` and ${stages.length - MAX_LISTED_STAGES} more` : '';
  const stagePart =
    stages.length === 0 ? 'no stages' : `${count(stages.length, 'stage')} (${listed.join(', ')}${more})`;
  return `Customer journey "${title}": ${stagePart} and ${count(touchpoints.length, 'touchpoint')}; ${lowestPoint(touchpointTasks, stages)}.`;
}

function lowestPoint(touchpoints: readonly MermaidTask[], stages: readonly StageSummary[]): string {
  const scored = touchpoints.filter((task) => task.emotionRecorded);
  if (scored.length === 0) return 'no emotions recorded';
  // The first of equally low points: the one the customer meets first.
  const lowest = scored.reduce((low, task) => (task.score < low.score ? task : low));
  const stage = stages[lowest.stageIndex]?.name ?? '';
  const who = lowest.personas ? ` for ${lowest.personas.join(', ')}` : '';
  return `lowest point: "${lowest.label}" in ${stage}${who} (emotion ${lowest.score} of 5)`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function samePath(a: MermaidTask, b: MermaidTask): boolean {
  return a.path.length === b.path.length && a.path.every((segment, i) => segment === b.path[i]);
}
