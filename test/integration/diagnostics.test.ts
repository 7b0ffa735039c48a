import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  activatedExtension,
  codeOf,
  diagnosticsOf,
  openSample,
  openUntitled,
  readSample,
  waitFor,
  workspaceUri,
} from './editorSupport';

suite('diagnostics', () => {
  suiteSetup(async () => {
    await activatedExtension();
  });

  test('activates quickly (measured inside activate())', async () => {
    const extension = await activatedExtension();
    const activationMs = extension.exports.activationMs;
    assert.ok(activationMs > 0 && activationMs < 2_000, `activation took ${activationMs} ms`);
    // The harness keeps .test-output/; the number goes into the report.
    const out = join(__dirname, '..', '..', '..', '.test-output');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'extension-activation.json'), JSON.stringify({ activationMs }, null, 2));
  });

  test('reports schema errors with codes, 0-based ranges and the journey-map source', async () => {
    const document = await openSample('invalid/schema-errors.journey.yaml');
    const diagnostics = await diagnosticsOf(document.uri, (d) => d.length >= 10);
    // Engine: JM105 at 18:18-18:19 (1-based), the emotion 7.
    const clamp = diagnostics.find((d) => codeOf(d) === 'JM105' && d.range.start.line === 17);
    assert.ok(clamp, diagnostics.map((d) => `${codeOf(d)}@${d.range.start.line}`).join(', '));
    assert.deepEqual([clamp.range.start.character, clamp.range.end.line, clamp.range.end.character], [17, 17, 18]);
    assert.equal(document.getText(clamp.range), '7');
    assert.equal(clamp.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(clamp.source, 'journey-map');
    assert.match(
      (clamp.code as { target: vscode.Uri }).target.path,
      /docs\/codes\.md$/,
      'schema codes link to docs/codes.md',
    );
    const codes = new Set(diagnostics.map(codeOf));
    for (const code of ['JM101', 'JM103', 'JM104', 'JM105', 'JM107']) assert.ok(codes.has(code), `${code} reported`);
  });

  test('links gap findings to their rule documentation and fades unused personas', async () => {
    const document = await openSample('invalid/gaps.journey.yaml');
    const diagnostics = await diagnosticsOf(document.uri, (d) => d.some((x) => codeOf(x) === 'JM201'));
    const gap = diagnostics.find((d) => codeOf(d) === 'JM201')!;
    assert.equal(typeof gap.code, 'object');
    const target = (gap.code as { target: vscode.Uri }).target;
    assert.match(target.path, /docs\/rules\.md$/);
    assert.equal(target.fragment, 'jm201', "the rule's anchor");
    assert.equal(document.getText(gap.range), 'selfie-fails');
    assert.equal(gap.severity, vscode.DiagnosticSeverity.Warning);
    const unused = diagnostics.find((d) => codeOf(d) === 'JM215');
    assert.ok(unused, 'unused persona reported');
    assert.deepEqual(unused.tags, [vscode.DiagnosticTag.Unnecessary]);
  });

  test('carries related information (the first of two duplicate ids)', async () => {
    const document = await openSample('invalid/broken-references.journey.yaml');
    const diagnostics = await diagnosticsOf(document.uri, (d) => d.some((x) => codeOf(x) === 'JM112'));
    const duplicate = diagnostics.find((d) => codeOf(d) === 'JM112' && d.range.start.line === 9)!;
    assert.ok(duplicate.relatedInformation?.length, 'has related information');
    const related = duplicate.relatedInformation![0]!;
    assert.equal(related.location.uri.toString(), document.uri.toString());
    assert.equal(related.location.range.start.line, 5, 'points at the first `id: tom`');
  });

  test('re-checks as the user types, and drops the fixed problem', async () => {
    const text = (await readSample('invalid/schema-errors.journey.yaml')).replace(/\r\n/g, '\n');
    const document = await openUntitled(text);
    await diagnosticsOf(document.uri, (d) => d.some((x) => codeOf(x) === 'JM105' && x.range.start.line === 17));
    const line = document.lineAt(17);
    const column = line.text.indexOf('7');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(17, column, 17, column + 1), '4');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await diagnosticsOf(
      document.uri,
      (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'JM105' && x.range.start.line === 17),
      'diagnostics without the emotion error',
    );
    assert.ok(
      after.some((d) => codeOf(d) === 'JM104'),
      'other problems stay',
    );
  });

  test('a syntax error gets a diagnostic, not a crash', async () => {
    const document = await openUntitled('journey: Broken\nstages:\n  - id: a\n    name: [unclosed\n');
    const diagnostics = await diagnosticsOf(document.uri);
    assert.ok(
      diagnostics.some((d) => /^JM0\d\d$/.test(codeOf(d)) && d.severity === vscode.DiagnosticSeverity.Error),
      diagnostics.map(codeOf).join(', '),
    );
  });

  test('clears the problems of a deleted map', async () => {
    const uri = workspaceUri('to-delete.journey.yaml');
    await vscode.workspace.fs.writeFile(
      uri,
      new TextEncoder().encode('journey: Temporary\nstages:\n  - id: a\n    name: A\n    emotion: 3\n'),
    );
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await diagnosticsOf(uri);
    const edit = new vscode.WorkspaceEdit();
    edit.deleteFile(uri);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(
      () => (vscode.languages.getDiagnostics(uri).length === 0 ? true : undefined),
      'diagnostics cleared after delete',
    );
  });

  test('follows the journeyMap.rules setting', async () => {
    const document = await openSample('invalid/gaps.journey.yaml');
    await diagnosticsOf(document.uri, (d) => d.some((x) => codeOf(x) === 'JM214'));
    const config = vscode.workspace.getConfiguration('journeyMap');
    try {
      await config.update(
        'rules',
        { 'stage-without-metrics': 'off', JM212: 'error' },
        vscode.ConfigurationTarget.Workspace,
      );
      const diagnostics = await diagnosticsOf(
        document.uri,
        (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'JM214'),
        'diagnostics without JM214',
      );
      assert.equal(diagnostics.find((d) => codeOf(d) === 'JM212')?.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsOf(
      document.uri,
      (d) => d.some((x) => codeOf(x) === 'JM214'),
      'JM214 back after the setting is removed',
    );
  });

  test('reads .journeymaprc.json at the workspace root, the setting winning', async () => {
    const document = await openSample('invalid/gaps.journey.yaml');
    const rc = workspaceUri('.journeymaprc.json');
    try {
      await vscode.workspace.fs.writeFile(
        rc,
        new TextEncoder().encode(
          JSON.stringify({ rules: { 'touchpoint-without-owner': 'error', 'unused-persona': 'off' } }),
        ),
      );
      const diagnostics = await diagnosticsOf(
        document.uri,
        (d) => d.find((x) => codeOf(x) === 'JM212')?.severity === vscode.DiagnosticSeverity.Error,
        'JM212 as an error from .journeymaprc.json',
      );
      assert.ok(!diagnostics.some((d) => codeOf(d) === 'JM215'), 'unused-persona turned off by the file');
    } finally {
      await vscode.workspace.fs.delete(rc);
    }
    await diagnosticsOf(
      document.uri,
      (d) => d.find((x) => codeOf(x) === 'JM212')?.severity === vscode.DiagnosticSeverity.Warning,
      'JM212 back to a warning',
    );
  });

  test('Check All Maps in Workspace reports closed maps too', async () => {
    const closed = workspaceUri('invalid/metrics.journey.yaml');
    assert.ok(
      !vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()),
      'metrics.journey.yaml is not open',
    );
    const summary = await vscode.commands.executeCommand<{ maps: number; errors: number }>('journeyMap.checkWorkspace');
    assert.ok(summary && summary.maps >= 10, `checked ${summary?.maps} maps`);
    assert.ok(summary.errors > 0, 'the invalid samples have errors');
    assert.ok(vscode.languages.getDiagnostics(closed).length > 0, 'a closed map has problems in the Problems panel');
  });

  test('with journeyMap.validateClosedMaps, a map written to disk is checked without being opened', async () => {
    const config = vscode.workspace.getConfiguration('journeyMap');
    const uri = workspaceUri('written-on-disk.journey.yaml');
    try {
      await config.update('validateClosedMaps', true, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.writeFile(
        uri,
        new TextEncoder().encode(
          'journey: Written by a script\nstages:\n  - id: a\n    name: A\n    touchpoints:\n      - id: t\n        name: T\n        emotion: 9\n',
        ),
      );
      const diagnostics = await diagnosticsOf(
        uri,
        (d) => d.some((x) => codeOf(x) === 'JM105'),
        'the closed map checked on its own',
      );
      assert.equal(diagnostics.find((d) => codeOf(d) === 'JM105')?.range.start.line, 7);
      assert.ok(
        !vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString()),
        'never opened',
      );
      await vscode.workspace.fs.delete(uri);
      await waitFor(
        () => (vscode.languages.getDiagnostics(uri).length === 0 ? true : undefined),
        'problems of the deleted closed map cleared',
      );
    } finally {
      await config.update('validateClosedMaps', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('waits journeyMap.validationDelay after the last edit of a burst before checking again', async () => {
    const config = vscode.workspace.getConfiguration('journeyMap');
    await config.update('validationDelay', 1_200, vscode.ConfigurationTarget.Workspace);
    try {
      const document = await openUntitled(
        'journey: Debounce\nstages:\n  - id: a\n    name: A\n    touchpoints:\n      - id: t\n        name: T\n        emotion: 9\n',
      );
      await diagnosticsOf(
        document.uri,
        (d) => d.some((x) => codeOf(x) === 'JM105'),
        'the first check, at once on open',
      );
      const started = Date.now();
      // Three quick edits: 9 → 8 → 7 → 4. Only the last version must be analysed.
      for (const score of ['8', '7', '4']) {
        const edit = new vscode.WorkspaceEdit();
        edit.replace(document.uri, new vscode.Range(7, 17, 7, 18), score);
        assert.ok(await vscode.workspace.applyEdit(edit));
      }
      assert.ok(
        vscode.languages.getDiagnostics(document.uri).some((x) => codeOf(x) === 'JM105'),
        'not re-checked while typing',
      );
      await diagnosticsOf(document.uri, (d) => !d.some((x) => codeOf(x) === 'JM105'), 'the check after the delay');
      const elapsed = Date.now() - started;
      assert.ok(elapsed >= 1_100, `re-checked after ${elapsed} ms, before the 1200 ms delay`);
    } finally {
      await config.update('validationDelay', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
