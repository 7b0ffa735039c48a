/**
 * Reads a file the extension ships (fonts, the PDF writer's chunk) from `context.extensionUri`,
 * in every host: `file:` on the desktop, `vscode-remote:` in code-server and remote windows
 * (both through vscode.workspace.fs), and `https:` on vscode.dev, where the extension is served
 * from its CDN and is fetched like VS Code fetches the extension's own code.
 */
import * as vscode from 'vscode';

export async function readExtensionFile(uri: vscode.Uri): Promise<Uint8Array> {
  if (uri.scheme !== 'https' && uri.scheme !== 'http') return vscode.workspace.fs.readFile(uri);
  const response = await fetch(uri.toString(true));
  if (!response.ok) throw new Error(`${uri.toString(true)}: ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}
