/**
 * The one persona palette of the project (canvas, Mermaid views, exports) and the canvas themes.
 * A persona keeps its colour and marker shape by its position in the map's `personas` list, in
 * every view and export. Colours are drawn from the Okabe–Ito colour-blind-safe set, darkened on
 * light backgrounds and lightened on dark ones so curves keep a 3:1 contrast; the shape makes the
 * curves readable in greyscale too.
 */
export type CanvasTheme = 'light' | 'dark' | 'high-contrast';
export const CANVAS_THEMES: readonly CanvasTheme[] = ['light', 'dark', 'high-contrast'];

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'cross' | 'star' | 'hexagon';
export const MARKER_SHAPES: readonly MarkerShape[] = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'triangle-down',
  'cross',
  'star',
  'hexagon',
];

const PERSONA_COLOURS: Readonly<Record<CanvasTheme, readonly string[]>> = {
  light: ['#0066a1', '#c2410c', '#00795a', '#a3397f', '#8a6100', '#3b5bdb', '#4d4d4d', '#6f42c1'],
  dark: ['#56b4e9', '#ff8a50', '#3fd6a4', '#f08fcf', '#f0c05a', '#94a8ff', '#d0d0d0', '#c3a6ff'],
  'high-contrast': ['#6fc3ff', '#ff9d5c', '#4ef0b8', '#ff9be0', '#ffd84d', '#a9b8ff', '#ffffff', '#d7c2ff'],
};

export interface PersonaStyle {
  readonly index: number;
  readonly color: string;
  readonly marker: MarkerShape;
  /** Curves beyond the eighth persona repeat a colour: a dash pattern tells them apart. */
  readonly dash?: string;
}

/** Colour, marker and dash of the persona at `index` (its position in the map's personas list). */
export function personaStyle(index: number, theme: CanvasTheme = 'light'): PersonaStyle {
  const colours = PERSONA_COLOURS[theme];
  const safe = Number.isInteger(index) && index >= 0 ? index : 0;
  const round = Math.floor(safe / colours.length);
  return {
    index: safe,
    color: colours[safe % colours.length]!,
    marker: MARKER_SHAPES[(safe + round) % MARKER_SHAPES.length]!,
    ...(round > 0 ? { dash: round % 2 === 1 ? '6 3' : '2 3' } : {}),
  };
}

/** The colour of every persona slot of a theme (Mermaid's actor colours take these). */
export function personaColours(theme: CanvasTheme = 'light'): readonly string[] {
  return PERSONA_COLOURS[theme];
}

/** Named colours of the canvas; the layout speaks tokens, the renderer resolves them per theme. */
export type ColorToken =
  | 'background'
  | 'text'
  | 'muted'
  | 'laneName'
  | 'laneBand'
  | 'laneBandAlt'
  | 'grid'
  | 'card'
  | 'cardStroke'
  | 'headerFill'
  | 'headerText'
  | 'headerMuted'
  | 'accent'
  | 'accentText'
  | 'onAccent'
  | 'momentFill'
  | 'momentStroke'
  | 'danger'
  | 'dangerFill'
  | 'warning'
  | 'warningFill'
  | 'success'
  | 'successFill'
  | 'info'
  | 'infoFill'
  | 'valley'
  | 'gap'
  | 'gapText'
  | 'track';

type Palette = Readonly<Record<ColorToken, string>>;

export const THEME_COLOURS: Readonly<Record<CanvasTheme, Palette>> = {
  light: {
    background: '#ffffff',
    text: '#1b1f24',
    muted: '#4a5260',
    laneName: '#1b1f24',
    laneBand: '#f4f6f9',
    laneBandAlt: '#fbfcfd',
    grid: '#d5dae1',
    card: '#ffffff',
    cardStroke: '#aeb6c2',
    headerFill: '#1f4e8c',
    headerText: '#ffffff',
    headerMuted: '#dce6f5',
    accent: '#1f4e8c',
    accentText: '#1f4e8c',
    onAccent: '#ffffff',
    momentFill: '#fff4d6',
    momentStroke: '#875800',
    danger: '#b42318',
    dangerFill: '#fdecea',
    warning: '#8a4b00',
    warningFill: '#fff1dc',
    success: '#1e6b34',
    successFill: '#e6f4ea',
    info: '#1f4e8c',
    infoFill: '#e8f0fb',
    valley: '#f9d3cf',
    gap: '#b25e00',
    gapText: '#ffffff',
    track: '#dfe3e8',
  },
  dark: {
    background: '#1e1e1e',
    text: '#e8eaed',
    muted: '#b4bac4',
    laneName: '#e8eaed',
    laneBand: '#25272b',
    laneBandAlt: '#212326',
    grid: '#41454c',
    card: '#2b2f35',
    cardStroke: '#5b636e',
    headerFill: '#24476f',
    headerText: '#ffffff',
    headerMuted: '#d3e1f5',
    accent: '#7fb2f0',
    accentText: '#9cc3f5',
    onAccent: '#1b1f24',
    momentFill: '#3d3214',
    momentStroke: '#e3b341',
    danger: '#ff8f85',
    dangerFill: '#3d2221',
    warning: '#f0b45a',
    warningFill: '#3a2d17',
    success: '#6fd28b',
    successFill: '#1d3324',
    info: '#9cc3f5',
    infoFill: '#1e2d42',
    valley: '#4a2624',
    gap: '#f0a03c',
    gapText: '#1b1f24',
    track: '#40454d',
  },
  'high-contrast': {
    background: '#000000',
    text: '#ffffff',
    muted: '#ffffff',
    laneName: '#ffffff',
    laneBand: '#000000',
    laneBandAlt: '#000000',
    grid: '#8a8a8a',
    card: '#000000',
    cardStroke: '#ffffff',
    headerFill: '#000000',
    headerText: '#ffffff',
    headerMuted: '#ffffff',
    accent: '#6fc3df',
    accentText: '#6fc3df',
    onAccent: '#000000',
    momentFill: '#000000',
    momentStroke: '#ffd600',
    danger: '#ff8a80',
    dangerFill: '#000000',
    warning: '#ffd600',
    warningFill: '#000000',
    success: '#7ee787',
    successFill: '#000000',
    info: '#6fc3df',
    infoFill: '#000000',
    valley: '#5c1a14',
    gap: '#ffd600',
    gapText: '#000000',
    track: '#5a5a5a',
  },
};

/** A colour reference in the layout: a theme token or a persona slot. */
export type CanvasColor = ColorToken | `persona:${number}` | 'none';

export function resolveColor(color: CanvasColor, theme: CanvasTheme): string {
  if (color === 'none') return 'none';
  if (color.startsWith('persona:')) return personaStyle(Number(color.slice(8)), theme).color;
  return THEME_COLOURS[theme][color as ColorToken];
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const value = hex.replace('#', '');
  const channel = (offset: number): number => {
    const c = parseInt(value.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
