import * as vscode from 'vscode';
import type { JourneyLanguageService } from '../client/journeyLanguageService';
import { resolveJourneyDocument } from '../preview/previewCommands';
import type { PreviewManager } from '../preview/previewManager';
import { chooseExportTarget, type ExportKind } from './exportTarget';

export const EXPORT_SVG_COMMAND = 'journeyMap.exportSvg';
export const EXPORT_PNG_COMMAND = 'journeyMap.exportPng';
export const EXPORT_MARKDOWN_COMMAND = 'journeyMap.exportMarkdown';

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
  if (kind === 'markdown') {
    bytes = new TextEncoder().encode(exported.markdown);
  } else {
    // The image is the preview's own drawing (same fonts, wrapping and theme), so make sure one is showing this map.
    const panel = previews.panelFor(document) ?? previews.show(document, { toSide: true, preserveFocus: true });
    await panel.whenRendered(RENDER_WAIT_MS);
    const image = await panel.requestImage(kind, PNG_SCALE);
    bytes = kind === 'svg' ? new TextEncoder().encode(image.data) : base64ToBytes(image.data);
  }
  await vscode.workspace.fs.writeFile(destination, bytes);
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Exported {0} to {1}.', describe(kind), vscode.workspace.asRelativePath(destination)),
  );
  return destination;
}

function describe(kind: ExportKind): string {
  return kind === 'markdown' ? 'Markdown' : kind.toUpperCase();
}

/** Decodes base64 with atob (there is no Buffer in the web worker extension host). */
function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
