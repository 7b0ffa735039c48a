/**
 * `journey-map lsp --stdio` driven the way another editor (Neovim, Helix) drives it: a
 * JSON-RPC client over the process's stdin/stdout, no VS Code. initialize, didOpen, the
 * published diagnostics, completion, hover, a settings change, shutdown and exit.
 */
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { BIN, ROOT, TODAY } from './helpers';

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
}

describe('journey-map lsp --stdio (as another editor drives it)', function () {
  this.timeout(60_000);
  let child: ChildProcess;
  let connection: MessageConnection;
  const published = new Map<string, Diagnostic[][]>();
  const waiters: (() => void)[] = [];

  before(async () => {
    child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], {
      cwd: ROOT,
      env: { ...process.env, JOURNEY_MAP_TODAY: TODAY },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.onNotification(
      'textDocument/publishDiagnostics',
      (params: { uri: string; diagnostics: Diagnostic[] }) => {
        published.set(params.uri, [...(published.get(params.uri) ?? []), params.diagnostics]);
        for (const wake of waiters.splice(0)) wake();
      },
    );
    // A client without workspace/configuration: settings come from initializationOptions.
    connection.onRequest('workspace/configuration', () => [null]);
    connection.listen();
    const result = await connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(ROOT).href,
      capabilities: {},
      initializationOptions: { journeyMap: { validationDelay: 0, rules: { 'stage-without-metrics': 'off' } } },
    });
    for (const capability of [
      'completionProvider',
      'hoverProvider',
      'documentSymbolProvider',
      'definitionProvider',
      'referencesProvider',
      'renameProvider',
      'codeActionProvider',
    ])
      assert.ok(result.capabilities[capability], `${capability} announced`);
    await connection.sendNotification('initialized', {});
  });

  after(() => {
    connection?.dispose();
    if (child && child.exitCode === null) child.kill();
  });

  async function diagnosticsOf(uri: string, count: number): Promise<Diagnostic[]> {
    const deadline = Date.now() + 20_000;
    while ((published.get(uri)?.length ?? 0) < count) {
      assert.ok(Date.now() < deadline, `diagnostics #${count} of ${uri} published`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 500);
      });
    }
    return published.get(uri)![count - 1]!;
  }

  const mapPath = join(ROOT, 'samples', 'invalid', 'schema-errors.journey.yaml');
  const uri = pathToFileURL(mapPath).href;
  const text = readFileSync(mapPath, 'utf8').replace(/\r\n/g, '\n');

  it('publishes the engine findings with 0-based ranges after didOpen', async () => {
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'journey-yaml', version: 1, text },
    });
    const diagnostics = await diagnosticsOf(uri, 1);
    const clamp = diagnostics.find((d) => d.code === 'JM105' && d.range.start.line === 17);
    assert.ok(clamp, diagnostics.map((d) => `${d.code}@${d.range.start.line}`).join(', '));
    assert.deepEqual(clamp.range, { start: { line: 17, character: 17 }, end: { line: 17, character: 18 } });
    assert.equal(clamp.source, 'journey-map');
    assert.equal(clamp.severity, 1);
  });

  it('re-checks at once after an edit (validationDelay 0 from initializationOptions)', async () => {
    const line = text.split('\n')[17]!;
    const column = line.indexOf('7');
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 17, character: column }, end: { line: 17, character: column + 1 } }, text: '4' },
      ],
    });
    const diagnostics = await diagnosticsOf(uri, 2);
    assert.ok(diagnostics.length > 0, 'other problems stay');
    assert.ok(!diagnostics.some((d) => d.code === 'JM105' && d.range.start.line === 17), 'the fixed emotion is gone');
  });

  it('completes channel values with their meaning', async () => {
    const gaps = pathToFileURL(join(ROOT, 'samples', 'completion.journey.yaml')).href;
    const map =
      'journey: Delivery\nstages:\n  - id: retention\n    name: Retention\n    touchpoints:\n      - id: courier\n        name: Courier\n        channel: ';
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: gaps, languageId: 'journey-yaml', version: 1, text: map },
    });
    const items = await connection.sendRequest<{ label: string; documentation?: { value: string } }[]>(
      'textDocument/completion',
      { textDocument: { uri: gaps }, position: { line: 7, character: 17 } },
    );
    const whatsapp = items.find((item) => item.label === 'whatsapp');
    assert.ok(whatsapp, items.map((item) => item.label).join(', '));
    assert.match(whatsapp.documentation?.value ?? '', /WhatsApp/);
  });

  it('hovers with the schema documentation of a key', async () => {
    const lines = text.split('\n');
    const line = lines.findIndex((candidate) => /^\s*emotion:/.test(candidate));
    const hover = await connection.sendRequest<{ contents: { kind: string; value: string } } | null>(
      'textDocument/hover',
      { textDocument: { uri }, position: { line, character: lines[line]!.indexOf('emotion') + 2 } },
    );
    assert.ok(hover, 'a hover');
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /emotion|feel/i);
  });

  it('reads the rule settings from initializationOptions and their change', async () => {
    const gapsPath = join(ROOT, 'samples', 'invalid', 'gaps.journey.yaml');
    const gaps = pathToFileURL(gapsPath).href;
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: gaps, languageId: 'journey-yaml', version: 1, text: readFileSync(gapsPath, 'utf8') },
    });
    const first = await diagnosticsOf(gaps, 1);
    assert.ok(
      first.some((d) => d.code === 'JM201'),
      'gap findings',
    );
    assert.ok(!first.some((d) => d.code === 'JM214'), 'stage-without-metrics is off');
    await connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { journeyMap: { rules: { 'pain-point-without-opportunity': 'error' } } },
    });
    const second = await diagnosticsOf(gaps, 2);
    assert.equal(second.find((d) => d.code === 'JM201')?.severity, 1, 'JM201 now an error');
  });

  it('shuts down and exits with 0', async () => {
    await connection.sendRequest('shutdown');
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await connection.sendNotification('exit');
    assert.equal(await exited, 0);
  });
});
