/**
 * The canvas's words in one language: the engine catalogue's messages (canvas.*, metric.*,
 * severity.*) and its `{ ref }` parameters (a metric's score line). Deliberately not the whole
 * Translator: the preview page draws the canvas itself, and its bundle must not carry every
 * finding message and the schema overlay. Findings reach the canvas already worded in its
 * language (localFindings.ts).
 */
import type { MessageValue } from '../l10n/format';
import type { Language } from '../l10n/language';
import { textIn, valueIn, type TextFunction } from '../l10n/text';

export interface CanvasWords {
  readonly language: Language;
  readonly t: TextFunction;
  /** A parameter as text: a `{ ref }` in this language, anything else as it is. */
  value(value: MessageValue): string;
}

const cache = new Map<Language, CanvasWords>();

export function canvasWords(language: Language): CanvasWords {
  let words = cache.get(language);
  if (!words) {
    words = { language, t: textIn(language), value: (value) => valueIn(language, value) };
    cache.set(language, words);
  }
  return words;
}
