/**
 * Which characters of a canvas the PDF's embedded font (DejaVu Sans) cannot draw. Kept apart from
 * ./pdf (pdf-lib), so the editor can warn before it loads the PDF writer.
 */
import { fontHasGlyph } from './font/measure';
import type { CanvasPage } from './pages';
import type { Language } from '../l10n/language';
import { textIn } from '../l10n/text';

/**
 * The characters of the pages' texts that the embedded font (DejaVu Sans) has no glyph for: the
 * PDF shows them as empty boxes. DejaVu covers Latin, Greek, Cyrillic, Arabic, Hebrew, Armenian,
 * Georgian and many symbols, but no CJK, Thai or emoji; a font that covers those is tens of MB.
 * Callers warn with this list (at most `limit` distinct characters, in order of appearance).
 */
export function missingGlyphs(pages: readonly CanvasPage[], limit = 12): { characters: string[]; count: number } {
  const seen = new Set<string>();
  const characters: string[] = [];
  for (const page of pages)
    for (const element of page.layout.elements)
      for (const text of element.texts)
        for (const line of text.lines)
          for (const char of line) {
            const cp = char.codePointAt(0)!;
            // White space and the joiners and variation selectors that draw nothing need no glyph.
            if (cp <= 0x20 || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || seen.has(char)) continue;
            if (fontHasGlyph(cp, text.bold === true)) continue;
            seen.add(char);
            if (characters.length < limit) characters.push(char);
          }
  return { characters, count: seen.size };
}

/** The warning for characters the PDF cannot show, or undefined when it shows them all (in the reader's language). */
export function missingGlyphsWarning(pages: readonly CanvasPage[], language: Language = 'en'): string | undefined {
  const { characters, count } = missingGlyphs(pages);
  if (count === 0) return undefined;
  const list = characters.map(
    (char) => `${char} (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`,
  );
  return textIn(language)('canvas.pdf.missingGlyphs', {
    count,
    list: `${list.join(', ')}${count > characters.length ? ', …' : ''}`,
  });
}
