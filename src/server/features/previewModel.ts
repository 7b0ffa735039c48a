/**
 * The exports' models (custom requests journeyMap/markdown and journeyMap/canvasPages). The
 * preview's own model is previewWatches.ts.
 */
import type { JourneyAnalysis } from '../../core/index';
import { toMarkdown } from '../../core/index';
import { exportLanguage } from '../../core/export/markdown';
import { translator, type Language } from '../../core/l10n/index';
import { PAGE_SIZES, type PageSize } from '../../core/canvas/index';
import type { CanvasPagesResult, CanvasSvgResult, MarkdownResult } from '../../shared/languageProtocol';
import { buildCanvasPages, canvasInputOf, drawPreviewCanvas } from '../../shared/previewCanvas';
import { withLocalFindings } from '../../core/canvas/localFindings';
import type { PreviewViewOptions } from '../../shared/previewProtocol';
import { DEFAULT_VIEW_OPTIONS } from '../../shared/previewUpdate';

/** `language`: the editor's display language; a map that declares its own `language` is exported in that. */
export function buildMarkdown(analysis: JourneyAnalysis, fileName: string, language: Language = 'en'): MarkdownResult {
  const tr = translator(exportLanguage(analysis.journey, language));
  if (!analysis.journey) {
    const first = analysis.findings.find((finding) => finding.severity === 'error');
    return first
      ? {
          ok: false,
          firstError: { line: first.range.start.line, column: first.range.start.column, message: tr.finding(first) },
        }
      : { ok: false };
  }
  return { ok: true, markdown: toMarkdown(analysis, { fileName, language }) };
}

/** The canvas's SVG (journeyMap/canvasSvg), as the preview draws it; none while the map has errors. */
export function buildCanvasSvgResult(
  analysis: JourneyAnalysis,
  version: number,
  options: PreviewViewOptions | undefined,
  language: Language = 'en',
): CanvasSvgResult {
  if (!analysis.journey) return { version };
  const view = { ...(options ?? DEFAULT_VIEW_OPTIONS), view: 'map' as const };
  const input = canvasInputOf(withLocalFindings(analysis, language), view, language);
  return { version, svg: drawPreviewCanvas(input).canvas.svg };
}

/** The canvas's PDF pages (journeyMap/canvasPages); none while the map has errors. */
export function buildCanvasPagesResult(
  analysis: JourneyAnalysis,
  version: number,
  options: PreviewViewOptions | undefined,
  page: unknown,
  language: Language = 'en',
): CanvasPagesResult {
  // Another editor may send anything: an unknown page size means one page.
  const size = (PAGE_SIZES as readonly unknown[]).includes(page) ? (page as PageSize) : undefined;
  const pages = analysis.journey
    ? buildCanvasPages(withLocalFindings(analysis, language), options ?? DEFAULT_VIEW_OPTIONS, size, language)
    : [];
  return { version, pages };
}
