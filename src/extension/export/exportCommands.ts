import * as vscode from 'vscode';
import type { JourneyLanguageService } from '../client/journeyLanguageService';
import { resolveJourneyDocument } from '../preview/previewCommands';
import type { PreviewManager } from '../preview/previewManager';
import type { PreviewViewOptions } from '../../shared/previewProtocol';
import { DEFAULT_VIEW_OPTIONS } from '../../shared/previewUpdate';
import { chooseExportTarget, type ExportKind } from './exportTarget';
import { missingGlyphs, PAGE_SIZES, type PageSize } from '../../core/canvas/index';
import { bytesFromBase64 } from './base64';
import { loadCanvasFonts } from './canvasFonts';
import { loadPdfWriter } from './pdfWriter';

export const EXPORT_SVG_COMMAND = 'journeyMap.exportSvg';
export const EXPORT_PNG_COMMAND = 'journeyMap.exportPng';
export const EXPORT_MARKDOWN_COMMAND = 'journeyMap.exportMarkdown';
export const EXPORT_MAP_SVG_COMMAND = 'journeyMap.exportMapSvg';
export const EXPORT_MAP_PNG_COMMAND = 'journeyMap.exportMapPng';
export const EXPORT_MAP_PDF_COMMAND = 'journeyMap.exportMapPdf';

/** A PNG export is drawn at twice the diagram's size: crisp on slides and high-DPI screens. */
const PNG_SCALE = 2;
/**
 * Opening a preview for the export: the first webview of a fresh window takes 3–4 s before its
 * script even runs (measured in code-server 1.139; later panels 0.5–1 s), then Mermaid loads and draws.
 */
const RENDER_WAIT_MS = 20_000;

/**
 * The export commands. Arguments: `(map?: Uri, target?: Uri | string, page?: 'a4' | 'a3' |
 * 'letter' | '16:9')` — menus pass the map; a caller passing a target skips the save dialog
 * (and, for the map's PDF, the page-size choice: one page unless `page` says otherwise). Each
 * resolves to the written URI, or undefined when cancelled or impossible (the user is told why).
 */
export function registerExportCommands(
  server: JourneyLanguageService,
  previews: PreviewManager,
  extensionUri: vscode.Uri,
): vscode.Disposable[] {
  const command = (kind: ExportKind) => async (map?: unknown, target?: unknown, page?: unknown) => {
    try {
      return await exportMap(kind, map, target, page, { server, previews, extensionUri });
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

interface ExportContext {
  readonly server: JourneyLanguageService;
  readonly previews: PreviewManager;
  readonly extensionUri: vscode.Uri;
}

async function exportMap(
  kind: ExportKind,
  map: unknown,
  target: unknown,
  page: unknown,
  context: ExportContext,
): Promise<vscode.Uri | undefined> {
  const { server, previews } = context;
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
  // The PDF's pages: asked for before the file name, like a print dialog; a caller naming the file chose already.
  let pageSize: PageSize | 'one' = (PAGE_SIZES as readonly unknown[]).includes(page) ? (page as PageSize) : 'one';
  if (kind === 'map-pdf' && target === undefined) {
    const chosen = await choosePages();
    if (!chosen) return undefined;
    pageSize = chosen;
  }
  const destination = await chooseExportTarget(document.uri, kind, target);
  if (!destination) return undefined;

  let bytes: Uint8Array;
  if (kind === 'map-pdf') {
    bytes = await exportCanvasPdf(document, pageSize === 'one' ? undefined : pageSize, context);
  } else if (kind === 'map-svg' || kind === 'map-png') {
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

async function choosePages(): Promise<PageSize | 'one' | undefined> {
  const items: (vscode.QuickPickItem & { page: PageSize | 'one' })[] = [
    { label: vscode.l10n.t('The whole map on one page'), page: 'one' },
    { label: vscode.l10n.t('A4 pages (landscape)'), page: 'a4' },
    { label: vscode.l10n.t('A3 pages (landscape)'), page: 'a3' },
    { label: vscode.l10n.t('Letter pages (landscape)'), page: 'letter' },
    { label: vscode.l10n.t('16:9 slides'), page: '16:9' },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Export Map as PDF'),
    placeHolder: vscode.l10n.t('Pages split between stages, with text at 9 pt or more'),
  });
  return picked?.page;
}

/**
 * The map's PDF, as the CLI writes it: the server lays the canvas out in pages (core's
 * canvasPages, for the preview's persona filter, hidden lanes and theme), and core's pdf-lib
 * writer (dist/pdf.js, loaded at the first PDF export) draws them with the fonts the package
 * ships, read from the extension's own files (the web too). Vector, with selectable text.
 */
async function exportCanvasPdf(
  document: vscode.TextDocument,
  page: PageSize | undefined,
  context: ExportContext,
): Promise<Uint8Array> {
  const options: PreviewViewOptions = {
    ...(context.previews.optionsFor(document.uri) ?? DEFAULT_VIEW_OPTIONS),
    view: 'map',
  };
  const [laidOut, fonts, writer] = await Promise.all([
    context.server.canvasPages(document, options, page),
    loadCanvasFonts(context.extensionUri),
    loadPdfWriter(context.extensionUri),
  ]);
  if (!laidOut || laidOut.pages.length === 0)
    throw new Error(vscode.l10n.t('The map could not be drawn: fix the errors in the map first.'));
  const missing = missingGlyphs(laidOut.pages);
  if (missing.count > 0)
    void vscode.window.showWarningMessage(
      vscode.l10n.t(
        'The PDF shows {0} characters of this map as empty boxes: its font (DejaVu Sans) has no glyph for {1}. Export the map as SVG or PNG to see them.',
        missing.count,
        missing.characters.join(' '),
      ),
    );
  return writer.renderCanvasPdf(laidOut.pages, { theme: options.theme, fonts });
}

/**
 * The canvas as the preview draws it: core's SVG of the canvas input, drawn by the server, for the preview's
 * options (persona filter, hidden lanes, theme) when a preview shows this map, else every
 * persona and lane in the light theme. PNG is rasterised by the preview page, which has
 * the fonts the drawing names.
 */
async function exportCanvas(
  kind: 'map-svg' | 'map-png',
  document: vscode.TextDocument,
  server: JourneyLanguageService,
  previews: PreviewManager,
): Promise<Uint8Array> {
  const options: PreviewViewOptions = { ...(previews.optionsFor(document.uri) ?? DEFAULT_VIEW_OPTIONS), view: 'map' };
  // Drawn by the server: the canvas layout stays out of the extension's bundle (activation).
  const svg = (await server.canvasSvg(document, options))?.svg;
  if (svg === undefined) throw new Error(vscode.l10n.t('The map could not be drawn: fix the errors in the map first.'));
  if (kind === 'map-svg') return new TextEncoder().encode(svg);
  const panel = previews.panelFor(document) ?? previews.show(document, { toSide: true, preserveFocus: true });
  await panel.whenReady(RENDER_WAIT_MS);
  return bytesFromBase64((await panel.requestImage('png', PNG_SCALE, svg)).data);
}

function describe(kind: ExportKind): string {
  if (kind === 'markdown') return 'Markdown';
  if (kind.startsWith('map-')) return vscode.l10n.t('the map as {0}', kind.slice(4).toUpperCase());
  return kind.toUpperCase();
}
