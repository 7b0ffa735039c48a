/**
 * Helpers for the editor-experience suites (diagnostics, completion, hover, outline,
 * navigation, quick fixes, New Journey): open maps, poll VS Code for a result instead
 * of sleeping a fixed time, and read diagnostics' codes.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'journey-map.journey-map';

import { waitFor } from '../unit/helpers/waitFor';

export { waitFor };

export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite runs with the samples folder open');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

export async function openSample(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  await vscode.window.showTextDocument(document);
  assert.equal(document.languageId, 'journey-yaml');
  return document;
}

/** An untitled journey map with `text`; suites edit these freely without touching the samples. */
export async function openUntitled(text: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language: 'journey-yaml', content: text });
  await vscode.window.showTextDocument(document);
  return document;
}

export async function readSample(relativePath: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(relativePath)));
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

/** Waits until the document has diagnostics from us that satisfy `ready`, and returns them. */
export function diagnosticsOf(
  uri: vscode.Uri,
  ready: (diagnostics: vscode.Diagnostic[]) => boolean = (d) => d.length > 0,
  what = 'diagnostics',
): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const diagnostics = vscode.languages
      .getDiagnostics(uri)
      .filter((diagnostic) => diagnostic.source === 'journey-map');
    return ready(diagnostics) ? diagnostics : undefined;
  }, `${what} of ${uri.toString()}`);
}

/** The position just after the first occurrence of `marker` (plus `delta` characters) in the document. */
export function positionAfter(document: vscode.TextDocument, marker: string, delta = 0): vscode.Position {
  const offset = document.getText().indexOf(marker);
  assert.ok(offset >= 0, `"${marker}" is in the document`);
  return document.positionAt(offset + marker.length + delta);
}

interface ExtensionApi {
  readonly activationMs: number;
  whenReady(): Promise<void>;
}

/** Activates the extension and waits for its language server: the editor features come from there. */
export async function activatedExtension(): Promise<vscode.Extension<ExtensionApi>> {
  const extension = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  await extension.activate();
  await extension.exports.whenReady();
  return extension;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
