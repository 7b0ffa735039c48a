/**
 * The findings a canvas marks, worded in the language the canvas is drawn in (the map's own
 * `language`, else the reader's). Kept apart from the layout: it needs every finding catalogue,
 * which the callers that draw on the server or the command line have, and the preview page,
 * which gets its findings already worded by the language server, does not load.
 */
import { translator } from '../l10n/translator';
import type { Language } from '../l10n/language';
import { canvasLanguage } from './layout';
import type { CanvasSource } from './model';

export function withLocalFindings<T extends CanvasSource>(source: T, reader?: Language): T {
  const language = canvasLanguage(source.journey, reader);
  if (language === 'en') return source;
  const tr = translator(language);
  return { ...source, findings: source.findings.map((finding) => ({ ...finding, message: tr.finding(finding) })) };
}
