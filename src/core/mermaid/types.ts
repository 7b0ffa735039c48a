/** One task of the generated diagram, in the order Mermaid draws them: the Nth task element of the SVG is tasks[N]. */
export interface MermaidTask {
  /** Path of the touchpoint in the document (["stages", 0, "touchpoints", 2]), or of the stage for an empty-stage placeholder. */
  readonly path: (string | number)[];
  /** The label as the diagram shows it (unescaped): the touchpoint's name, or a stand-in text. */
  readonly label: string;
  /** The score Mermaid draws, 1–5. */
  readonly score: number;
  readonly stageIndex: number;
  /** 1-based line of the task in `text`. */
  readonly line: number;
  /** False when the map records no emotion here: `score` is then the neutral stand-in and the preview should mark it. */
  readonly emotionRecorded: boolean;
  /** 'empty-stage' for the stand-in task that keeps a stage without touchpoints visible. */
  readonly kind: 'touchpoint' | 'empty-stage';
  /**
   * Set when a touchpoint's per-persona scores differ in the combined diagram: the touchpoint is
   * drawn as one task per score, and this task's score is that of these personas (display names).
   */
  readonly personas?: readonly string[];
}

export interface MermaidDiagram {
  /** Mermaid `journey` source, every label escaped. */
  readonly text: string;
  readonly tasks: MermaidTask[];
  /**
   * The palette slot (core/canvas/palette.ts: the persona's position in the map's `personas`
   * list) of each actor, in the order Mermaid colours its actors (its sorted actor list). Give
   * Mermaid these slots' colours as `journey.actorColours` (shared/mermaidConfig.ts) and every
   * persona keeps its canvas colour in the combined and in a one-persona diagram.
   */
  readonly actorSlots: readonly number[];
}

export interface MermaidOptions {
  /** A persona id: only the touchpoints concerning this persona, with this persona's own scores. */
  readonly persona?: string;
}
