/**
 * The preview's model (custom request journeyMap/previewModel): the update message the
 * webview renders, built by the pure src/shared/previewUpdate.ts from the cached analysis,
 * plus the tasks' ranges the extension needs for editor ↔ preview sync.
 */
import type { JourneyAnalysis } from '../../core/index';
import { toMarkdown } from '../../core/index';
import { exportLanguage } from '../../core/export/markdown';
import { translator, type Language } from '../../core/l10n/index';
import { PAGE_SIZES, type PageSize } from '../../core/canvas/index';
import type { CanvasPagesResult, MarkdownResult, PreviewModelResult } from '../../shared/languageProtocol';
import { buildCanvasPages } from '../../shared/previewCanvas';
import type { PreviewViewOptions } from '../../shared/previewProtocol';
import { buildPreviewUpdate, DEFAULT_VIEW_OPTIONS } from '../../shared/previewUpdate';

export function buildPreviewModel(input: {
  uri: string;
  version: number;
  fileName: string;
  analysis: JourneyAnalysis;
  options?: PreviewViewOptions;
  /** The reader's display language: the banner's finding and the page's notes are in it. */
  language?: Language;
}): PreviewModelResult {
  const { message, tasks, elements } = buildPreviewUpdate(input);
  const { parsed } = input.analysis;
  return {
    version: input.version,
    message,
    tasks,
    ranges: tasks.map((task) => parsed.rangeOf(task.path) ?? null),
    itemRanges: tasks.map((task) => parsed.rangeOf(task.path, 'item') ?? null),
    elements,
    elementRanges: elements.map((element) => parsed.rangeOf(element.path) ?? null),
    elementItemRanges: elements.map((element) => parsed.rangeOf(element.path, 'item') ?? null),
  };
}

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
  const pages = analysis.journey ? buildCanvasPages(analysis, options ?? DEFAULT_VIEW_OPTIONS, size, language) : [];
  return { version, pages };
}
