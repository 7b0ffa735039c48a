/**
 * Web entry (dist/web/extension.js, package.json `browser`): vscode.dev, github.dev and any
 * web-worker extension host. The same extension as on desktop; the language server runs in
 * a web worker (dist/web/server.js) instead of a Node process.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateJourneyMap, type JourneyMapApi } from './activate';

export type { JourneyMapApi } from './activate';

/** The web worker constructor of the host (the extension's tsconfig has no DOM library). */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

export function activate(context: vscode.ExtensionContext): JourneyMapApi {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  return activateJourneyMap(
    context,
    (id, name, options) => new LanguageClient(id, name, options, new Worker(serverMain.toString(true))),
  );
}

export function deactivate(): void {
  // Everything, the language client and its worker included, is disposed through context.subscriptions.
}
