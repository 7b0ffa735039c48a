/**
 * Web-only checks, run in code-server's web-worker extension host: the code really runs in
 * a worker (a silent fallback to the Node host must fail here), the language server answers
 * from its own worker, and `.journeymaprc.json` is read through vscode.workspace.fs.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension, codeOf, diagnosticsOf, openSample, workspaceUri } from '../integration/editorSupport';

declare const WorkerGlobalScope: (abstract new () => unknown) | undefined;

suite('web worker extension host', () => {
  suiteSetup(async () => {
    await activatedExtension();
  });

  test('runs in a web worker: no process, a WorkerGlobalScope', () => {
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'process is not defined');
    assert.ok(
      typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope,
      'a WorkerGlobalScope',
    );
  });

  test('reports schema errors from the server in its worker', async () => {
    const document = await openSample('invalid/schema-errors.journey.yaml');
    const diagnostics = await diagnosticsOf(document.uri, (d) => d.some((x) => codeOf(x) === 'JM105'));
    const clamp = diagnostics.find((d) => codeOf(d) === 'JM105' && d.range.start.line === 17);
    assert.ok(clamp, diagnostics.map((d) => `${codeOf(d)}@${d.range.start.line}`).join(', '));
    assert.equal(document.getText(clamp.range), '7');
  });

  test('reads .journeymaprc.json through vscode.workspace.fs', async () => {
    const document = await openSample('invalid/gaps.journey.yaml');
    const rc = workspaceUri('.journeymaprc.json');
    try {
      await vscode.workspace.fs.writeFile(
        rc,
        new TextEncoder().encode(JSON.stringify({ rules: { 'touchpoint-without-owner': 'error' } })),
      );
      await diagnosticsOf(
        document.uri,
        (d) => d.find((x) => codeOf(x) === 'JM212')?.severity === vscode.DiagnosticSeverity.Error,
        'JM212 as an error from .journeymaprc.json',
      );
    } finally {
      await vscode.workspace.fs.delete(rc);
    }
  });

  test('exports Markdown through vscode.workspace.fs', async () => {
    const document = await openSample('parcel-delivery.journey.yaml');
    const target = workspaceUri('web-export.md');
    const written = await vscode.commands.executeCommand<vscode.Uri>('journeyMap.exportMarkdown', document.uri, target);
    assert.ok(written, 'the export wrote a file');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(text, /```mermaid/);
  });
});
