/**
 * Text measurement from the advance widths of the canvas font (DejaVu Sans), precomputed into
 * fontMetrics.generated.ts. No DOM: the CLI, the extension host and the webview wrap labels
 * identically. DejaVu Sans is one of the widest common sans-serif fonts, so a viewer that falls
 * back to another face (Verdana, Arial, Helvetica) draws the same text narrower, never wider.
 */
import { ASCENT, BOLD_RUNS, DESCENT, REGULAR_RUNS, UNITS_PER_EM } from './fontMetrics.generated';

/** The font family the SVG names; the PDF and PNG embed the same files from media/fonts/. */
export const CANVAS_FONT_FAMILY = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";
/** Ascent and descent as fractions of the font size (for baselines and text boxes). */
export const FONT_ASCENT = ASCENT / UNITS_PER_EM;
export const FONT_DESCENT = -DESCENT / UNITS_PER_EM;

interface Face {
  readonly ascii: Float64Array;
  readonly starts: Int32Array;
  readonly counts: Int32Array;
  readonly advances: Float64Array;
}

const faces: { regular?: Face; bold?: Face } = {};

function face(bold: boolean): Face {
  const key = bold ? 'bold' : 'regular';
  const cached = faces[key];
  if (cached) return cached;
  const runs = bold ? BOLD_RUNS : REGULAR_RUNS;
  const size = runs.length / 3;
  const starts = new Int32Array(size);
  const counts = new Int32Array(size);
  const advances = new Float64Array(size);
  for (let index = 0; index < size; index += 1) {
    starts[index] = runs[index * 3]!;
    counts[index] = runs[index * 3 + 1]!;
    advances[index] = runs[index * 3 + 2]! / UNITS_PER_EM;
  }
  const built: Face = { ascii: new Float64Array(128), starts, counts, advances };
  for (let cp = 0; cp < 128; cp += 1) built.ascii[cp] = lookup(built, cp);
  faces[key] = built;
  return built;
}

function lookup(font: Face, cp: number): number {
  const run = runOf(font, cp);
  return run < 0 ? fallbackAdvance(cp) : font.advances[run]!;
}

/** The index of the run of code points the character falls in (binary search), or -1 when the font lacks it. */
function runOf(font: Face, cp: number): number {
  let low = 0;
  let high = font.starts.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = font.starts[middle]!;
    if (cp < start) high = middle - 1;
    else if (cp >= start + font.counts[middle]!) low = middle + 1;
    else return middle;
  }
  return -1;
}

/**
 * Characters the font lacks are drawn by whatever fallback font the viewer has: assume a full em
 * for wide (East Asian, emoji) characters, nothing for combining marks and 0.65 em otherwise.
 */
function fallbackAdvance(cp: number): number {
  if (cp < 0x20) return 0.65;
  if (isCombining(cp)) return 0;
  if (
    isCjk(cp) ||
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    cp >= 0x20000
  )
    return 1.05;
  return 0.65;
}

/** Combining marks, variation selectors and the zero-width joiner: drawn on the character before. */
export function isCombining(cp: number): boolean {
  return (cp >= 0x300 && cp <= 0x36f) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x200d;
}

/** CJK ideographs, kana, Hangul syllables and full-width forms: a full em each, and no spaces between words. */
export function isCjk(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xff60)
  );
}

/** Width in px of `text` at `fontSize`, without kerning (kerning only ever narrows the drawn text). */
export function measureText(text: string, fontSize: number, bold = false): number {
  const font = face(bold);
  let width = 0;
  for (let index = 0; index < text.length; index += 1) {
    let cp = text.charCodeAt(index);
    if (cp >= 0xd800 && cp <= 0xdbff && index + 1 < text.length) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        index += 1;
      }
    }
    width += cp < 128 ? font.ascii[cp]! : lookup(font, cp);
  }
  return width * fontSize;
}

/** Whether the font itself has a glyph for the character (the PDF writer needs it). */
export function fontHasGlyph(cp: number, bold = false): boolean {
  return runOf(face(bold), cp) >= 0;
}
