export { toMermaid, EMPTY_STAGE_LABEL } from './generate';
export { escapeMermaidLabel } from './escape';
export { diagramEmotion, concernsPersona, actorNames, personaName, NEUTRAL_SCORE } from './emotion';
export type { DiagramEmotion } from './emotion';
export type { MermaidDiagram, MermaidTask, MermaidOptions } from './types';
