/**
 * Desktop entry (dist/extension.js): the language server runs in its own Node process
 * (dist/server.js) over IPC, so no analysis ever blocks the extension host.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { activateJourneyMap, type JourneyMapApi } from './activate';

export type { JourneyMapApi } from './activate';
export { CHECK_WORKSPACE_COMMAND } from './activate';

export function activate(context: vscode.ExtensionContext): JourneyMapApi {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  return activateJourneyMap(
    context,
    (id, name, options) =>
      new LanguageClient(
        id,
        name,
        {
          run: { module, transport: TransportKind.ipc },
          debug: { module, transport: TransportKind.ipc },
        },
        options,
      ),
  );
}

export function deactivate(): void {
  // Everything, the language client included, is disposed through context.subscriptions.
}
