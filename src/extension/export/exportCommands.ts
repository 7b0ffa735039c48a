import * as vscode from 'vscode';
import { toMarkdown } from '../../core/export/markdown';
import type { JourneyAnalysis } from '../../core/index';
import { buildPreviewCanvas } from '../../shared/previewCanvas';
import type { PreviewViewOptions } from '../../shared/previewProtocol';
import { DEFAULT_VIEW_OPTIONS } from '../../shared/previewUpdate';
import type { JourneyAnalysisCache } from '../analysisCache';
import { resolveJourneyDocument } from '../preview/previewCommands';
import type { PreviewManager } from '../preview/previewManager';
import { chooseExportTarget, type ExportKind } from './exportTarget';
import { bytesFromBase64, jpegToPdf } from './imagePdf';

export const EXPORT_SVG_COMMAND = 'journeyMap.exportSvg';
export const EXPORT_PNG_COMMAND = 'journeyMap.exportPng';
export const EXPORT_MARKDOWN_COMMAND = 'journeyMap.exportMarkdown';
export const EXPORT_MAP_SVG_COMMAND = 'journeyMap.exportMapSvg';
export const EXPORT_MAP_PNG_COMMAND = 'journeyMap.exportMapPng';
export const EXPORT_MAP_PDF_COMMAND = 'journeyMap.exportMapPdf';

/** A PNG export is drawn at twice the diagram's size: crisp on slides and high-DPI screens. */
const PNG_SCALE = 2;
/** Opening a preview for the export: the first webview of a window can take 3–4 s to start (FACTS.md). */
const RENDER_WAIT_MS = 20_000;

/**
 * The three export commands. Arguments: `(map?: Uri, target?: Uri | string)` — menus pass
 * the map; a caller passing a target skips the save dialog. Each resolves to the written
 * URI, or undefined when cancelled or impossible (the user is told why).
 */
export function registerExportCommands(analyses: JourneyAnalysisCache, previews: PreviewManager): vscode.Disposable[] {
  const command = (kind: ExportKind) => async (map?: unknown, target?: unknown) => {
    try {
      return await exportMap(kind, map, target, analyses, previews);
    } catch (error) {
      void vscode.window.showErrorMessage(
        `Journey Map export failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return undefined;
    }
  };
  return [
    vscode.commands.registerCommand(EXPORT_SVG_COMMAND, command('svg')),
    vscode.commands.registerCommand(EXPORT_PNG_COMMAND, command('png')),
    vscode.commands.registerCommand(EXPORT_MARKDOWN_COMMAND, command('markdown')),
    vscode.commands.registerCommand(EXPORT_MAP_SVG_COMMAND, command('map-svg')),
    vscode.commands.registerCommand(EXPORT_MAP_PNG_COMMAND, command('map-png')),
    vscode.commands.registerCommand(EXPORT_MAP_PDF_COMMAND, command('map-pdf')),
  ];
}

async function exportMap(
  kind: ExportKind,
  map: unknown,
  target: unknown,
  analyses: JourneyAnalysisCache,
  previews: PreviewManager,
): Promise<vscode.Uri | undefined> {
  const document = await resolveJourneyDocument(map, previews);
  if (!document) {
    void vscode.window.showInformationMessage('Open a journey map (*.journey.yaml) to export it.');
    return undefined;
  }
  const analysis = analyses.get(document);
  if (!analysis.journey) {
    const first = analysis.findings.find((finding) => finding.severity === 'error');
    const where = first
      ? ` (first error at line ${first.range.start.line}:${first.range.start.column}: ${first.message})`
      : '';
    void vscode.window.showErrorMessage(`This journey map has errors; fix them before exporting${where}.`);
    return undefined;
  }
  const destination = await chooseExportTarget(document.uri, kind, target);
  if (!destination) return undefined;

  let bytes: Uint8Array;
  if (kind === 'map-svg' || kind === 'map-png' || kind === 'map-pdf') {
    bytes = await exportCanvas(kind, document, analysis, previews);
  } else if (kind === 'markdown') {
    bytes = new TextEncoder().encode(
      toMarkdown(analysis, { fileName: document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1) }),
    );
  } else {
    // The image is the preview's own drawing (same fonts, wrapping and theme), so make sure one is showing this map.
    const panel = previews.panelFor(document) ?? previews.show(document, { toSide: true, preserveFocus: true });
    await panel.whenRendered(RENDER_WAIT_MS);
    const image = await panel.requestImage(kind, PNG_SCALE);
    bytes = kind === 'svg' ? new TextEncoder().encode(image.data) : bytesFromBase64(image.data);
  }
  await vscode.workspace.fs.writeFile(destination, bytes);
  void vscode.window.showInformationMessage(
    `Exported ${describe(kind)} to ${vscode.workspace.asRelativePath(destination)}.`,
  );
  return destination;
}

/**
 * The canvas as the preview draws it: core's SVG for the preview's options (persona filter,
 * hidden lanes, theme) when a preview shows this map, else every persona and lane in the
 * light theme. SVG needs no webview; PNG (and the PDF's image) are rasterised by the
 * preview page, which has the fonts the drawing was measured for.
 */
async function exportCanvas(
  kind: 'map-svg' | 'map-png' | 'map-pdf',
  document: vscode.TextDocument,
  analysis: JourneyAnalysis,
  previews: PreviewManager,
): Promise<Uint8Array> {
  const options: PreviewViewOptions = { ...(previews.optionsFor(document.uri) ?? DEFAULT_VIEW_OPTIONS), view: 'map' };
  const { canvas } = buildPreviewCanvas(analysis, options);
  if (kind === 'map-svg') return new TextEncoder().encode(canvas.svg);
  const panel = previews.panelFor(document) ?? previews.show(document, { toSide: true, preserveFocus: true });
  await panel.whenReady(RENDER_WAIT_MS);
  if (kind === 'map-png') {
    const image = await panel.requestImage('png', PNG_SCALE, canvas.svg);
    return bytesFromBase64(image.data);
  }
  const image = await panel.requestImage('jpeg', PNG_SCALE, canvas.svg);
  return jpegToPdf(
    bytesFromBase64(image.data),
    canvas.width,
    canvas.height,
    analysis.journey?.journey ?? 'Journey map',
  );
}

function describe(kind: ExportKind): string {
  if (kind === 'markdown') return 'Markdown';
  if (kind.startsWith('map-')) return `the map as ${kind.slice(4).toUpperCase()}`;
  return kind.toUpperCase();
}
