import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension, codeOf, diagnosticsOf, openUntitled, readSample } from './editorSupport';

async function quickFixes(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );
}

suite('quick fixes', () => {
  suiteSetup(async () => {
    await activatedExtension();
  });

  test('clamps an emotion score out of range, and the error goes away', async () => {
    const document = await openUntitled(
      (await readSample('invalid/schema-errors.journey.yaml')).replace(/\r\n/g, '\n'),
    );
    const diagnostics = await diagnosticsOf(document.uri, (d) => d.some((x) => codeOf(x) === 'JM105'));
    const emotion = diagnostics.find((d) => codeOf(d) === 'JM105' && document.getText(d.range) === '7')!;
    const actions = await quickFixes(document, emotion.range);
    const clamp = actions.find((action) => action.title === 'Clamp to 5');
    assert.ok(clamp, actions.map((action) => action.title).join(', '));
    assert.equal(clamp.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(clamp.edit!));
    assert.match(document.lineAt(emotion.range.start.line).text.trim(), /^emotion: 5(\s|$)/);
    await diagnosticsOf(
      document.uri,
      (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'JM105' && x.range.start.line === emotion.range.start.line),
      'JM105 gone',
    );
  });

  test('adds an opportunity stub for an unaddressed pain point', async () => {
    const document = await openUntitled((await readSample('invalid/gaps.journey.yaml')).replace(/\r\n/g, '\n'));
    const diagnostics = await diagnosticsOf(document.uri, (d) => d.some((x) => codeOf(x) === 'JM201'));
    const pain = diagnostics.find((d) => codeOf(d) === 'JM201')!;
    const actions = await quickFixes(document, pain.range);
    const add = actions.find((action) => /opportunity/i.test(action.title));
    assert.ok(add, actions.map((action) => action.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(add.edit!));
    assert.match(document.getText(), /addresses: \[selfie-fails\]|addresses:\s*\n\s*- selfie-fails/);
    await diagnosticsOf(document.uri, (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'JM201'), 'JM201 gone');
  });

  test('adds a missing canonical stage', async () => {
    const document = await openUntitled((await readSample('invalid/gaps.journey.yaml')).replace(/\r\n/g, '\n'));
    const diagnostics = await diagnosticsOf(document.uri, (d) => d.some((x) => codeOf(x) === 'JM207'));
    const missing = diagnostics.find((d) => codeOf(d) === 'JM207')!;
    const actions = await quickFixes(document, missing.range);
    const add = actions.find((action) => action.isPreferred);
    assert.ok(add, actions.map((action) => action.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(add.edit!));
    assert.match(document.getText(), /kind: retention/);
    await diagnosticsOf(document.uri, (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'JM207'), 'JM207 gone');
  });

  test('offers the nearest known id for a misspelt reference', async () => {
    const document = await openUntitled(
      (await readSample('invalid/broken-references.journey.yaml')).replace(/\r\n/g, '\n'),
    );
    const diagnostics = await diagnosticsOf(document.uri, (d) => d.some((x) => codeOf(x) === 'JM110'));
    const unknown = diagnostics.find((d) => codeOf(d) === 'JM110')!;
    const actions = await quickFixes(document, unknown.range);
    assert.ok(
      actions.some((action) => action.title === 'Change to `tom`' && action.isPreferred),
      actions.map((action) => action.title).join(', '),
    );
  });

  test('silences a gap on one line with a suppression comment the CLI honours too', async () => {
    const document = await openUntitled((await readSample('invalid/gaps.journey.yaml')).replace(/\r\n/g, '\n'));
    const diagnostics = await diagnosticsOf(document.uri, (d) => d.some((x) => codeOf(x) === 'JM212'));
    const unowned = diagnostics.find((d) => codeOf(d) === 'JM212')!;
    const line = unowned.range.start.line;
    const actions = await quickFixes(document, unowned.range);
    const ignore = actions.find((action) => action.title === 'Ignore JM212 touchpoint-without-owner on this line');
    assert.ok(ignore, actions.map((action) => action.title).join(', '));
    assert.notEqual(ignore.isPreferred, true, 'ignoring is never the preferred fix');
    assert.ok(await vscode.workspace.applyEdit(ignore.edit!));
    const indent = document.lineAt(line + 1).firstNonWhitespaceCharacterIndex;
    assert.equal(document.lineAt(line).text, `${' '.repeat(indent)}# journey-map-disable-next-line JM212`);
    const after = await diagnosticsOf(
      document.uri,
      (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'JM212'),
      'JM212 silenced',
    );
    assert.ok(
      after.some((d) => codeOf(d) === 'JM201'),
      'other gaps stay',
    );
  });

  test('silences a rule for the whole file below the modeline', async () => {
    const document = await openUntitled((await readSample('invalid/gaps.journey.yaml')).replace(/\r\n/g, '\n'));
    const diagnostics = await diagnosticsOf(document.uri, (d) => d.some((x) => codeOf(x) === 'JM214'));
    const unmeasured = diagnostics.find((d) => codeOf(d) === 'JM214')!;
    const actions = await quickFixes(document, unmeasured.range);
    const ignore = actions.find((action) => action.title === 'Ignore JM214 stage-without-metrics in this file');
    assert.ok(ignore, actions.map((action) => action.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(ignore.edit!));
    assert.match(document.lineAt(0).text, /^# yaml-language-server/);
    assert.ok(document.getText().includes('\n# journey-map-disable JM214\njourney:'));
    await diagnosticsOf(
      document.uri,
      (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'JM214'),
      'every JM214 silenced',
    );
  });
});
