/**
 * Web entry (dist/web/extension.js, package.json `browser`): vscode.dev, github.dev and any
 * web-worker extension host. The same extension as on desktop; the language server runs in
 * a web worker (dist/web/server.js) instead of a Node process.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateJourneyMap, type JourneyMapApi } from './activate';

export type { JourneyMapApi } from './activate';

/** The web worker constructor and Blob of the host (the extension's tsconfig has no DOM library). */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[2];
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string };

export function activate(context: vscode.ExtensionContext): JourneyMapApi {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  return activateJourneyMap(context, async (id, name, options) => {
    // Server options (the worker) come before the client options in the browser client's constructor.
    return new LanguageClient(id, name, await startServerWorker(serverMain), options);
  });
}

/**
 * The server's worker. vscode.dev serves extensions over https, where a worker starts from the
 * script's URL; a worker host refuses `vscode-remote:` URLs ("Creating workers from remote
 * extensions is currently not supported", code-server and remote windows), so there the script is
 * read through vscode.workspace.fs and started from a blob URL.
 */
async function startServerWorker(script: vscode.Uri): Promise<ConstructorParameters<typeof LanguageClient>[2]> {
  if (script.scheme !== 'vscode-remote') return new Worker(script.toString(true));
  const bytes = await vscode.workspace.fs.readFile(script);
  return new Worker(URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })));
}

export function deactivate(): void {
  // Everything, the language client and its worker included, is disposed through context.subscriptions.
}
