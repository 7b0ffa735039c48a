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
import { waitFor } from '../unit/helpers/waitFor';

interface PreviewPush {
  uri: string;
  watchId: string;
  version: number;
  drawingHash?: string;
  unchanged?: boolean;
  message: { version: number; unchanged?: boolean; diagram?: { text: string }; canvasInput?: unknown };
}

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
  /** The document version of each publication, in order. */
  const publishedVersions = new Map<string, (number | undefined)[]>();
  const pushes: PreviewPush[] = [];
  let legend: { tokenTypes: string[]; tokenModifiers: string[] } | undefined;

  before(async () => {
    child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], {
      cwd: ROOT,
      env: { ...process.env, JOURNEY_MAP_TODAY: TODAY },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.onNotification(
      'textDocument/publishDiagnostics',
      (params: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
        published.set(params.uri, [...(published.get(params.uri) ?? []), params.diagnostics]);
        publishedVersions.set(params.uri, [...(publishedVersions.get(params.uri) ?? []), params.version]);
      },
    );
    connection.onNotification('journeyMap/previewModelChanged', (params: PreviewPush) => {
      pushes.push(params);
    });
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
      'semanticTokensProvider',
    ])
      assert.ok(result.capabilities[capability], `${capability} announced`);
    legend = (result.capabilities.semanticTokensProvider as { legend: typeof legend }).legend;
    await connection.sendNotification('initialized', {});
  });

  after(() => {
    connection?.dispose();
    if (child && child.exitCode === null) child.kill();
  });

  async function until(what: string, done: () => boolean): Promise<void> {
    await waitFor(done, what, { timeoutMs: 20_000 });
  }

  async function diagnosticsOf(uri: string, count: number): Promise<Diagnostic[]> {
    return waitFor(() => published.get(uri)?.[count - 1], `diagnostics #${count} of ${uri} published`, {
      timeoutMs: 20_000,
    });
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

  /** `[line, character, text, type, modifiers]` of each semantic token, decoded with the announced legend. */
  function decodeTokens(data: number[], source: string): [number, number, string, string, string[]][] {
    const lines = source.split('\n');
    const tokens: [number, number, string, string, string[]][] = [];
    let line = 0;
    let character = 0;
    for (let index = 0; index < data.length; index += 5) {
      const [deltaLine, deltaStart, length, type, modifiers] = data.slice(index, index + 5) as [
        number,
        number,
        number,
        number,
        number,
      ];
      line += deltaLine;
      character = deltaLine === 0 ? character + deltaStart : deltaStart;
      tokens.push([
        line,
        character,
        lines[line]!.slice(character, character + length),
        legend!.tokenTypes[type]!,
        legend!.tokenModifiers.filter((_name, bit) => (modifiers & (1 << bit)) !== 0),
      ]);
    }
    return tokens;
  }

  const idsUri = pathToFileURL(join(ROOT, 'samples', 'ids.journey.yaml')).href;
  const idsMap = [
    'journey: Delivery',
    'personas:',
    '  - id: rina',
    '    name: Rina',
    'stages:',
    '  - id: retention',
    '    name: Retention',
    '    touchpoints:',
    '      - id: courier',
    '        name: Courier',
    '        owner: ops',
    "        personas: ['rina', budi]",
    '        emotion: { rina: 2 }',
    '        painPoints:',
    '          - id: late',
    '            description: Late',
    '            severity: high',
    '        opportunities:',
    '          - description: Text the slot',
    '            addresses: [late]',
    '',
  ].join('\n');

  it('colours ids by what they name: definitions, references, and references to nothing', async () => {
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: idsUri, languageId: 'journey-yaml', version: 1, text: idsMap },
    });
    const tokens = await connection.sendRequest<{ data: number[] }>('textDocument/semanticTokens/full', {
      textDocument: { uri: idsUri },
    });
    assert.deepEqual(decodeTokens(tokens.data, idsMap), [
      [2, 8, 'rina', 'class', ['declaration']],
      [11, 20, 'rina', 'class', []], // inside its quotes
      [11, 27, 'budi', 'class', ['unresolved']], // no such persona
      [12, 19, 'rina', 'class', []], // an emotion key
      [14, 16, 'late', 'event', ['declaration']],
      [19, 24, 'late', 'event', []],
    ]);
  });

  it('pushes the preview model of each version Problems shows, without the drawing when it is unchanged', async () => {
    const options = { view: 'mermaid', theme: 'light', personas: null, hiddenLanes: [] };
    const first = await connection.sendRequest<PreviewPush>('journeyMap/previewModel', {
      uri: idsUri,
      version: 1,
      fileName: 'ids.journey.yaml',
      options,
      watchId: 'test-preview',
    });
    assert.ok(first.message.diagram?.text.includes('Courier'), 'the first answer carries the drawing');
    assert.ok(first.drawingHash, 'with its hash');
    // Asked again with that hash: the drawing is not sent again.
    const again = await connection.sendRequest<PreviewPush>('journeyMap/previewModel', {
      uri: idsUri,
      version: 1,
      fileName: 'ids.journey.yaml',
      options,
      watchId: 'test-preview',
      drawnHash: first.drawingHash,
    });
    assert.equal(again.unchanged, true);
    assert.equal(again.message.diagram, undefined);
    assert.equal(again.drawingHash, first.drawingHash);

    // An edit the drawing does not show (the owner): pushed with the version Problems gets, marked unchanged.
    const owner = idsMap.split('\n')[10]!;
    const problemsBefore = published.get(idsUri)?.length ?? 0;
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: idsUri, version: 2 },
      contentChanges: [
        {
          range: { start: { line: 10, character: owner.length - 3 }, end: { line: 10, character: owner.length } },
          text: 'cx',
        },
      ],
    });
    await until('version 2 pushed', () => pushes.some((push) => push.version === 2));
    await diagnosticsOf(idsUri, problemsBefore + 1);
    const second = pushes.find((push) => push.version === 2)!;
    assert.equal(second.watchId, 'test-preview');
    assert.equal(second.unchanged, true);
    assert.equal(second.message.unchanged, true);
    assert.equal(second.message.diagram, undefined, 'no Mermaid text sent for an unchanged drawing');
    assert.equal(second.message.version, 2, 'retagged with the new version');
    assert.ok(publishedVersions.get(idsUri)!.includes(2), 'Problems got version 2 from the same analysis');

    // A renamed touchpoint changes the drawing: pushed in full, with a new hash.
    const name = idsMap.split('\n')[9]!;
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: idsUri, version: 3 },
      contentChanges: [
        {
          range: { start: { line: 9, character: name.length }, end: { line: 9, character: name.length } },
          text: ' van',
        },
      ],
    });
    await until('version 3 pushed', () => pushes.some((push) => push.version === 3));
    const third = pushes.find((push) => push.version === 3)!;
    assert.equal(third.unchanged, undefined);
    assert.ok(third.message.diagram?.text.includes('Courier van'), third.message.diagram?.text);
    assert.notEqual(third.drawingHash, first.drawingHash);

    // Editor sync: which task is under the cursor (the renamed touchpoint's name), and where a click on it goes.
    const at = idsMap.indexOf(name) + 2;
    const under = await connection.sendRequest<{ version: number; view: string; taskIndex: number | null }>(
      'journeyMap/previewSync',
      { uri: idsUri, watchId: 'test-preview', offset: at },
    );
    assert.equal(under.version, 3);
    assert.equal(under.view, 'mermaid');
    assert.ok(under.taskIndex !== null, 'a task under the cursor');
    const click = await connection.sendRequest<{ range: { start: { line: number } } | null }>(
      'journeyMap/previewSync',
      {
        uri: idsUri,
        watchId: 'test-preview',
        taskIndex: under.taskIndex,
      },
    );
    assert.ok(click.range && click.range.start.line <= 9, 'the task’s first line, at or above its name');

    // The map's canvas SVG for the exports, drawn by the server.
    const canvas = await connection.sendRequest<{ version: number; svg?: string }>('journeyMap/canvasSvg', {
      uri: idsUri,
      version: 3,
    });
    assert.match(canvas.svg ?? '', /^<svg[\s\S]*Courier van[\s\S]*<\/svg>$/);

    // Closed: no more pushes for this preview.
    await connection.sendNotification('journeyMap/previewClosed', { uri: idsUri, watchId: 'test-preview' });
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: idsUri, version: 4 },
      contentChanges: [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: '' }],
    });
    const problems = published.get(idsUri)!.length;
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: idsUri, version: 5 },
      contentChanges: [{ range: { start: { line: 10, character: 15 }, end: { line: 10, character: 15 } }, text: 's' }],
    });
    await diagnosticsOf(idsUri, problems + 1);
    assert.ok(!pushes.some((push) => push.version >= 4), 'nothing pushed after the preview closed');
  });

  it('shuts down and exits with 0', async () => {
    await connection.sendRequest('shutdown');
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await connection.sendNotification('exit');
    assert.equal(await exited, 0);
  });
});
