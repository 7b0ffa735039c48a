export { toMermaid, displayLabel, sectionLabels, EMPTY_STAGE_LABEL, UNNAMED_LABEL } from './generate';
export { escapeMermaidLabel, normalizeLineBreaks } from './escape';
export {
  diagramEmotion,
  meanEmotion,
  personaScoreGroups,
  concernsPersona,
  actorNames,
  personaName,
  NEUTRAL_SCORE,
} from './emotion';
export type { DiagramEmotion } from './emotion';
export type { MermaidDiagram, MermaidTask, MermaidOptions } from './types';
