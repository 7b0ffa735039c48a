/**
 * Smoke test of the harness itself: the suite really runs inside a VS Code extension host with
 * our extension loaded from the repository, and opening a sample activates it.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../unit/helpers/waitFor';

const EXTENSION_ID = 'journey-map.journey-map';

suite('harness: extension host', () => {
  test('runs our extension from the repository, with a sample workspace open', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'one workspace folder (a copy of samples/)');
  });

  test('opening a sample gives it the journey-yaml language and activates the extension', async () => {
    const [sample] = await vscode.workspace.findFiles('*.journey.yaml', undefined, 1);
    assert.ok(sample, 'the workspace has a *.journey.yaml sample');
    const document = await vscode.workspace.openTextDocument(sample);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'journey-yaml');
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const active = await waitFor(() => extension.isActive, 'the extension to activate');
    assert.ok(active, 'the extension activated after a journey file was opened');
  });
});
