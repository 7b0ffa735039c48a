import * as vscode from 'vscode';
import { isJourneyFileName } from '../../shared/journeyFiles';
import { isJourneyDocument } from '../languageId';
import type { PreviewManager } from './previewManager';

export const SHOW_PREVIEW_COMMAND = 'journeyMap.showPreview';
export const SHOW_PREVIEW_TO_SIDE_COMMAND = 'journeyMap.showPreviewToSide';
/**
 * Not contributed to the palette: the integration tests read the last render report of
 * the preview showing a map (task count, SVG length, render time) through it.
 */
export const RENDER_REPORT_COMMAND = 'journeyMap.preview.renderReport';
/** Not contributed either: the task index the preview was last told to highlight for the cursor. */
export const HIGHLIGHTED_TASK_COMMAND = 'journeyMap.preview.highlightedTask';
/** Not contributed either: the canvas element id the preview was last told to highlight for the cursor. */
export const HIGHLIGHTED_ELEMENT_COMMAND = 'journeyMap.preview.highlightedElement';
/**
 * Not contributed either (integration tests): the canvas element drawn for a position of the
 * map, and a click on it, delivered as the page would post it (`revealElement`).
 */
export const ELEMENT_AT_COMMAND = 'journeyMap.preview.elementAt';
export const CLICK_ELEMENT_COMMAND = 'journeyMap.preview.clickElement';
/** The panel title-bar buttons (and palette entries) that switch the preview's view. */
export const SHOW_MAP_VIEW_COMMAND = 'journeyMap.preview.showMap';
export const SHOW_MERMAID_VIEW_COMMAND = 'journeyMap.preview.showMermaid';

/**
 * The map a command acts on: the URI it was invoked with (explorer and editor-title
 * menus pass one), else the active editor's map.
 */
export async function resolveJourneyDocument(
  resource: unknown,
  previews: PreviewManager,
): Promise<vscode.TextDocument | undefined> {
  if (resource instanceof vscode.Uri) return vscode.workspace.openTextDocument(resource);
  const active = vscode.window.activeTextEditor?.document;
  if (active && (isJourneyDocument(active) || isJourneyFileName(active.uri.path))) return active;
  // Invoked from the focused preview (palette, keybinding): there is no active editor then.
  return previews.activePreviewDocument();
}

export function registerPreviewCommands(manager: PreviewManager): vscode.Disposable[] {
  const open = (toSide: boolean) => async (resource?: unknown) => {
    const document = await resolveJourneyDocument(resource, manager);
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a journey map (*.journey.yaml) to preview it.'));
      return;
    }
    manager.show(document, { toSide });
  };
  return [
    vscode.commands.registerCommand(SHOW_PREVIEW_COMMAND, open(false)),
    vscode.commands.registerCommand(SHOW_PREVIEW_TO_SIDE_COMMAND, open(true)),
    vscode.commands.registerCommand(RENDER_REPORT_COMMAND, (resource?: unknown) => {
      const uri = uriArgument(resource);
      return uri ? manager.lastRenderReport(uri) : undefined;
    }),
    vscode.commands.registerCommand(HIGHLIGHTED_TASK_COMMAND, (resource?: unknown) => {
      const uri = uriArgument(resource);
      return uri ? manager.highlightedTask(uri) : undefined;
    }),
    vscode.commands.registerCommand(HIGHLIGHTED_ELEMENT_COMMAND, (resource?: unknown) => {
      const uri = uriArgument(resource);
      return uri ? manager.highlightedElement(uri) : undefined;
    }),
    vscode.commands.registerCommand(ELEMENT_AT_COMMAND, async (resource?: unknown, position?: unknown) => {
      const uri = uriArgument(resource);
      const panel = uri ? manager.panelForUri(uri) : undefined;
      if (!panel || !(position instanceof vscode.Position)) return undefined;
      return panel.elementIdAt(panel.document.offsetAt(position));
    }),
    vscode.commands.registerCommand(CLICK_ELEMENT_COMMAND, (resource?: unknown, elementId?: unknown) => {
      const uri = uriArgument(resource);
      const panel = uri ? manager.panelForUri(uri) : undefined;
      const version = panel?.drawnVersion;
      if (!panel || version === undefined) return false;
      panel.receiveAsFromPage({ type: 'revealElement', uri: uri!.toString(), version, elementId });
      return true;
    }),
    vscode.commands.registerCommand(SHOW_MAP_VIEW_COMMAND, () => manager.setView('map')),
    vscode.commands.registerCommand(SHOW_MERMAID_VIEW_COMMAND, () => manager.setView('mermaid')),
  ];
}

function uriArgument(resource: unknown): vscode.Uri | undefined {
  if (resource instanceof vscode.Uri) return resource;
  if (typeof resource === 'string') return vscode.Uri.parse(resource, true);
  return vscode.window.activeTextEditor?.document.uri;
}
