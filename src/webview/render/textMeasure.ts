/**
 * Text width by canvas `measureText`, cached per font and string for the life of the page:
 * a label is measured once however often the map is redrawn, and no measurement touches the
 * DOM (no layout, no style recalculation).
 */

export interface Measure {
  (text: string): number;
  /** How many strings this measurer had to measure (cache misses) since it was made. */
  misses(): number;
}

/** Beyond this many cached strings per font the cache starts over (a long session of typing). */
const MAX_CACHED = 50_000;
const caches = new Map<string, Map<string, number>>();
let context: CanvasRenderingContext2D | null | undefined;

export function textMeasurer(font: string): Measure {
  let cache = caches.get(font);
  if (!cache) {
    cache = new Map();
    caches.set(font, cache);
  }
  const widths = cache;
  let misses = 0;
  const measure = ((text: string) => {
    const known = widths.get(text);
    if (known !== undefined) return known;
    const ctx = canvasContext();
    ctx.font = font;
    const width = ctx.measureText(text).width;
    if (widths.size >= MAX_CACHED) widths.clear();
    widths.set(text, width);
    misses++;
    return width;
  }) as Measure;
  measure.misses = () => misses;
  return measure;
}

/** The canvas `font` shorthand for an element's computed style. */
export function fontOf(style: CSSStyleDeclaration): string {
  return [
    style.fontStyle,
    style.fontVariant === 'normal' ? '' : style.fontVariant,
    style.fontWeight,
    style.fontSize,
    style.fontFamily,
  ]
    .filter((part) => part && part.length > 0)
    .join(' ');
}

function canvasContext(): CanvasRenderingContext2D {
  if (!context) context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('This page cannot measure text (no 2D canvas).');
  return context;
}
