import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension, openUntitled, workspaceUri } from './editorSupport';

suite('journey-yaml language', () => {
  suiteSetup(async () => {
    await activatedExtension();
  });

  test('both file extensions open as Journey Map, plain YAML does not', async () => {
    const language = (await vscode.languages.getLanguages()).filter((id) => id === 'journey-yaml');
    assert.deepEqual(language, ['journey-yaml']);
    const yml = workspaceUri('short-extension.journey.yml');
    await vscode.workspace.fs.writeFile(yml, new TextEncoder().encode('journey: Short\nstages: []\n'));
    try {
      assert.equal((await vscode.workspace.openTextDocument(yml)).languageId, 'journey-yaml');
    } finally {
      await vscode.workspace.fs.delete(yml);
    }
    const yaml = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'a: 1\n' });
    assert.equal(yaml.languageId, 'yaml', 'the yaml language id is left alone');
  });

  test('toggles # comments (language configuration)', async () => {
    const document = await openUntitled('journey: Comments\nstages: []\n');
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('editor.action.commentLine');
    assert.equal(document.lineAt(0).text, '# journey: Comments');
  });

  test('offers the snippets', async () => {
    const document = await openUntitled('journey: Snippets\nstages:\n  ');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      new vscode.Position(2, 2),
    );
    const snippets = list.items
      .filter((item) => item.kind === vscode.CompletionItemKind.Snippet)
      .map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const prefix of ['stage', 'touchpoint', 'painpoint', 'metric'])
      assert.ok(snippets.includes(prefix), `${prefix} in ${snippets.join(', ')}`);
  });
});
