import * as vscode from 'vscode';
import type { JourneyLanguageService } from '../client/journeyLanguageService';
import { resolveJourneyDocument } from '../preview/previewCommands';
import type { PreviewManager } from '../preview/previewManager';
import type { PreviewViewOptions } from '../../shared/previewProtocol';
import { DEFAULT_VIEW_OPTIONS } from '../../shared/previewUpdate';
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
export function registerExportCommands(server: JourneyLanguageService, previews: PreviewManager): vscode.Disposable[] {
  const command = (kind: ExportKind) => async (map?: unknown, target?: unknown) => {
    try {
      return await exportMap(kind, map, target, server, previews);
    } catch (error) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Journey Map export failed: {0}', error instanceof Error ? error.message : String(error)),
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
  server: JourneyLanguageService,
  previews: PreviewManager,
): Promise<vscode.Uri | undefined> {
  const document = await resolveJourneyDocument(map, previews);
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a journey map (*.journey.yaml) to export it.'));
    return undefined;
  }
  // The server owns the analyses: it answers with the Markdown, or with the first error when the map has one.
  const exported = await server.markdown(document);
  if (!exported?.ok) {
    const first = exported?.firstError;
    void vscode.window.showErrorMessage(
      first
        ? vscode.l10n.t(
            'This journey map has errors; fix them before exporting (first error at line {0}:{1}: {2}).',
            first.line,
            first.column,
            first.message,
          )
        : vscode.l10n.t('This journey map has errors; fix them before exporting.'),
    );
    return undefined;
  }
  const destination = await chooseExportTarget(document.uri, kind, target);
  if (!destination) return undefined;

  let bytes: Uint8Array;
  if (kind === 'map-svg' || kind === 'map-png' || kind === 'map-pdf') {
    bytes = await exportCanvas(kind, document, server, previews);
  } else if (kind === 'markdown') {
    bytes = new TextEncoder().encode(exported.markdown);
  } else {
    // The image is the preview's own drawing (same fonts, wrapping and theme), so make sure one is showing this map.
    const panel = previews.panelFor(document) ?? previews.show(document, { toSide: true, preserveFocus: true });
    // Mermaid's diagram is drawn by the page itself: switch a preview showing the map to it.
    if (panel.options.view !== 'mermaid') {
      await panel.whenReady(RENDER_WAIT_MS);
      panel.setView('mermaid');
    }
    await panel.whenRendered(RENDER_WAIT_MS, 'mermaid');
    const image = await panel.requestImage(kind, PNG_SCALE);
    bytes = kind === 'svg' ? new TextEncoder().encode(image.data) : bytesFromBase64(image.data);
  }
  await vscode.workspace.fs.writeFile(destination, bytes);
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Exported {0} to {1}.', describe(kind), vscode.workspace.asRelativePath(destination)),
  );
  return destination;
}

/**
 * The canvas as the preview draws it: the server's canvas (core's SVG) for the preview's
 * options (persona filter, hidden lanes, theme) when a preview shows this map, else every
 * persona and lane in the light theme. PNG (and the PDF's image) are rasterised by the
 * preview page, which has the fonts the drawing names.
 */
async function exportCanvas(
  kind: 'map-svg' | 'map-png' | 'map-pdf',
  document: vscode.TextDocument,
  server: JourneyLanguageService,
  previews: PreviewManager,
): Promise<Uint8Array> {
  const options: PreviewViewOptions = { ...(previews.optionsFor(document.uri) ?? DEFAULT_VIEW_OPTIONS), view: 'map' };
  const canvas = (await server.previewModel(document, options))?.message.canvas;
  if (!canvas) throw new Error(vscode.l10n.t('The map could not be drawn: fix the errors in the map first.'));
  if (kind === 'map-svg') return new TextEncoder().encode(canvas.svg);
  const panel = previews.panelFor(document) ?? previews.show(document, { toSide: true, preserveFocus: true });
  await panel.whenReady(RENDER_WAIT_MS);
  if (kind === 'map-png') return bytesFromBase64((await panel.requestImage('png', PNG_SCALE, canvas.svg)).data);
  const jpeg = bytesFromBase64((await panel.requestImage('jpeg', PNG_SCALE, canvas.svg)).data);
  const title = /<title[^>]*>([^<]*)<\/title>/.exec(canvas.svg)?.[1] ?? 'Journey map';
  return jpegToPdf(jpeg, canvas.width, canvas.height, title);
}

function describe(kind: ExportKind): string {
  if (kind === 'markdown') return 'Markdown';
  if (kind.startsWith('map-')) return vscode.l10n.t('the map as {0}', kind.slice(4).toUpperCase());
  return kind.toUpperCase();
}
