/**
 * The preview and export feature of the extension. `activate()` (src/extension/extension.ts)
 * calls `registerPreview(context, server)` once.
 */
import * as vscode from 'vscode';
import type { JourneyLanguageService } from '../client/journeyLanguageService';
import { registerExportCommands } from '../export/exportCommands';
import { registerPreviewCommands } from './previewCommands';
import { PreviewManager } from './previewManager';
import { PREVIEW_VIEW_TYPE } from './webviewOptions';

/**
 * Registers journeyMap.showPreview / showPreviewToSide, the export commands
 * (exportSvg, exportPng, exportMarkdown), the hidden render-report command the tests use,
 * and the serializer that brings previews back after a window reload. package.json needs
 * `onWebviewPanel:journeyMap.preview` among the activation events for the restore.
 */
export function registerPreview(context: vscode.ExtensionContext, server: JourneyLanguageService): void {
  const manager = new PreviewManager(context.extensionUri, server);
  context.subscriptions.push(
    manager,
    ...registerPreviewCommands(manager),
    ...registerExportCommands(server, manager, context.extensionUri),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => manager.restore(panel, state),
    }),
  );
}
