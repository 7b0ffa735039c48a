import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension, diagnosticsOf } from './editorSupport';

suite('New Journey Map command', () => {
  suiteSetup(async () => {
    await activatedExtension();
  });

  test('opens an untitled map with the five canonical stages and no errors', async () => {
    await vscode.commands.executeCommand('journeyMap.newJourney');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is open');
    const document = editor.document;
    assert.equal(document.isUntitled, true);
    assert.equal(document.languageId, 'journey-yaml');
    const kinds = [...document.getText().matchAll(/^ {4}kind: (\w+)/gm)].map((match) => match[1]);
    assert.deepEqual(kinds, ['awareness', 'consideration', 'purchase', 'retention', 'advocacy']);
    assert.match(document.getText(), /^# yaml-language-server: \$schema=/);
    // The title placeholder is selected, ready to type over.
    assert.match(document.getText(editor.selection), /^Name of the journey/);
    const diagnostics = await diagnosticsOf(document.uri, (d) => d.length > 0, 'the gap hints of the template');
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error),
      [],
    );
  });
});
