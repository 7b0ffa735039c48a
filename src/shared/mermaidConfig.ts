/**
 * The one Mermaid configuration of the project, shared by the preview webview and the
 * standalone renderer the CLI loads in headless Chromium, so an exported SVG looks like
 * the preview. Type-only import of Mermaid: this file runs nowhere by itself.
 */
import type { MermaidConfig } from 'mermaid';
import { personaStyle } from '../core/canvas/palette';

/** The diagram themes we render. The preview maps VS Code's theme kinds onto them. */
export type DiagramTheme = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

export const DIAGRAM_THEMES: readonly DiagramTheme[] = ['light', 'dark', 'high-contrast', 'high-contrast-light'];

/** Layout of a task box; the label wrapper needs the same numbers Mermaid drew with. */
export const TASK_BOX_WIDTH = 180;
export const TASK_BOX_HEIGHT = 60;
export const TASK_FONT_SIZE = 14;
/**
 * How tall a task box may grow to fit a wrapped label (five lines). Mermaid draws task
 * boxes from y = 2 × height + 10 and the journey's arrow at y = 4 × height, so a taller
 * box would run under the arrow; longer labels are ellipsised and keep their full text
 * in a <title> (a tooltip).
 */
export const TASK_BOX_MAX_HEIGHT = 2 * TASK_BOX_HEIGHT - 14;
/** Padding between a task box's edge and its wrapped label. */
export const TASK_LABEL_PADDING = 8;
/** Line height of wrapped labels, as a multiple of the font size. */
export const LABEL_LINE_HEIGHT = 1.2;

/** Mermaid's own `maxTextSize` (its default): longer text draws a "maximum text size exceeded" placeholder. */
export const MERMAID_MAX_TEXT = 50_000;

const FALLBACK_FONT_FAMILY =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** The page background behind the diagram per theme (exports paint it so the SVG reads on any viewer). */
export const DIAGRAM_BACKGROUND: Readonly<Record<DiagramTheme, string>> = {
  light: '#ffffff',
  dark: '#1e1e1e',
  'high-contrast': '#000000',
  'high-contrast-light': '#ffffff',
};

/** Returns the value when it is one of our themes, otherwise the fallback: never trust a theme name from outside. */
export function sanitizeDiagramTheme(value: unknown, fallback: DiagramTheme = 'light'): DiagramTheme {
  return typeof value === 'string' && (DIAGRAM_THEMES as readonly string[]).includes(value)
    ? (value as DiagramTheme)
    : fallback;
}

/**
 * Maps the class VS Code puts on a webview's <body> (`vscode-light`, `vscode-dark`,
 * `vscode-high-contrast`, `vscode-high-contrast-light`) to a diagram theme.
 */
export function diagramThemeFromBodyClasses(classes: Iterable<string>): DiagramTheme {
  const set = new Set(classes);
  if (set.has('vscode-high-contrast-light')) return 'high-contrast-light';
  if (set.has('vscode-high-contrast')) return 'high-contrast';
  if (set.has('vscode-dark')) return 'dark';
  return 'light';
}

const MERMAID_THEME: Readonly<Record<DiagramTheme, NonNullable<MermaidConfig['theme']>>> = {
  light: 'default',
  dark: 'dark',
  'high-contrast': 'dark',
  'high-contrast-light': 'default',
};

export interface DiagramConfigOptions {
  theme: DiagramTheme;
  /** CSS font-family list; the preview passes the VS Code font, the CLI leaves the default. */
  fontFamily?: string;
}

/**
 * The Mermaid configuration for one theme. `securityLevel: 'strict'` makes Mermaid encode
 * labels and run the SVG through DOMPurify; `useMaxWidth: false` keeps the diagram at its
 * natural size (the preview scrolls and zooms) instead of shrinking text to the panel width;
 * `textPlacement: 'tspan'` keeps labels plain SVG text (no foreignObject), which our
 * wrapper can measure and which rasterises cleanly to PNG.
 */
export function mermaidConfigFor(options: DiagramConfigOptions): MermaidConfig {
  const fontFamily = options.fontFamily?.trim() || FALLBACK_FONT_FAMILY;
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: MERMAID_THEME[options.theme],
    fontFamily,
    maxTextSize: MERMAID_MAX_TEXT,
    journey: {
      useMaxWidth: false,
      width: TASK_BOX_WIDTH,
      height: TASK_BOX_HEIGHT,
      taskFontSize: TASK_FONT_SIZE,
      taskFontFamily: fontFamily,
      titleFontFamily: fontFamily,
      textPlacement: 'tspan',
    },
  };
}

/**
 * The persona palette (core/canvas/palette.ts) as Mermaid actor colours. Mermaid colours actors by
 * their position in its *sorted* actor list, so left alone a persona's colour changed between the
 * combined diagram, a one-persona diagram and the canvas (issue 8 item 6). `actorSlots` is
 * toMermaid's `actorSlots` (each actor's palette slot, in Mermaid's order); this returns the
 * slots' colours for the theme, which the renderer paints on Mermaid's `circle.actor-N` (Mermaid's
 * own `journey.actorColours` cannot carry them: its config merge appends to the six defaults).
 */
export function mermaidActorColours(actorSlots: readonly number[], theme: DiagramTheme): string[] {
  const paletteTheme = theme === 'high-contrast-light' ? 'light' : theme;
  return actorSlots.map((slot) => personaStyle(slot, paletteTheme).color);
}
