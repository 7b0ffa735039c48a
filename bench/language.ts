/**
 * Language-server benchmark for issue 12 (a script, not a test: timings depend on the
 * machine). In one run, with min / median (ms), the machine's load printed before and after,
 * and each of the issue's targets printed with its figure:
 *   1. engine (analyzeJourney) vs Red Hat's yaml-language-server vs the bare `yaml` parse,
 *      at 100, 1,000 and 3,800 touchpoints (targets: YLS/engine ≥ 1.5, engine/yaml ≤ 1.2);
 *   2. a keystroke inside a touchpoint: incremental analysis (re-parse one touchpoint,
 *      splice, whole-map checks) vs a full analysis, at 100 to 1,000 touchpoints; and the
 *      real server, in process over a JSON-RPC connection: from sending didChange to having
 *      the publishDiagnostics of that version (validationDelay 0, so this is the time after
 *      the debounce; target ≤ 30 ms median at 1,000);
 *   3. completion (half-typed line) and hover at 200 and 1,000 touchpoints, request to
 *      response through the same connection (target ≤ 20 ms each), and as the extension host
 *      did before (whole-text parse);
 *   4. the extension-host thread's time per keystroke, with the real server in its own process
 *      over IPC: without a preview, and with one open in the Map or the Mermaid view, for a
 *      keystroke that changes the drawing and one that does not (target ≤ 5 ms; see
 *      bench/extensionHost.ts for what is counted).
 * Run: npm run bench:language   (options: --runs N)
 */
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument } from 'yaml';
import { analyzeJourney, type JourneyAnalysis } from '../src/core/index';
import { incrementalAnalyzer } from '../src/server/incremental/incrementalAnalyzer';
import { completionContextAt } from '../src/server/language/cursorContext';
import { startJourneyServer } from '../src/server/server';
import type { DocumentSettings } from '../src/server/settings';
import type { PreviewModelPush } from '../src/shared/languageProtocol';
import { machineLoad, stats, yamlLanguageServer, type Timing } from './benchSupport';
import { hostKeystrokes } from './extensionHost';
import { mapWithTouchpoints } from '../test/unit/helpers/generatedMaps';

const root = join(__dirname, '..');
const runsArgument = process.argv.indexOf('--runs');
const runs = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 15;
const TODAY = '2026-11-23';
const SETTINGS: DocumentSettings = { rules: {}, validationDelayMs: 0, validateClosedMaps: false, generation: 0 };

async function time(action: (index: number) => unknown): Promise<Timing> {
  for (let i = 0; i < 3; i++) await action(-1 - i); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await action(i);
    samples.push(performance.now() - started);
  }
  return stats(samples);
}

const show = (timing: Timing) => `${timing.min.toFixed(1)}/${timing.median.toFixed(1)}`.padStart(13);
const ratio = (a: Timing, b: Timing) => `${(a.median / b.median).toFixed(2)}×`.padStart(7);

/** The offset just after the name of the middle touchpoint (where the benchmark types). */
function typingOffset(text: string): number {
  const middle = text.indexOf('- id: tp-', Math.floor(text.length / 2));
  return text.indexOf('\n', text.indexOf('name:', middle)) - 1; // before the closing quote
}

/** Each target of the issue with the figure this run measured, printed at the end. */
const verdicts: string[] = [];
function target(name: string, figure: string, met: boolean): void {
  verdicts.push(`${met ? 'met    ' : 'NOT met'}  ${name}: ${figure}`);
}

async function engineVersusYls(): Promise<void> {
  const { service, uri } = yamlLanguageServer(root);
  let version = 0;
  console.log('\n1. Engine vs yaml-language-server vs bare yaml parse (min/median ms)');
  console.log(
    'touchpoints    size     yaml parse      engine  yaml-language-server   YLS/engine  engine/yaml  (targets ≥ 1.5, ≤ 1.2)',
  );
  for (const count of [100, 1000, 3800]) {
    const text = mapWithTouchpoints(count);
    // Interleaved, so a burst of load hits all three alike.
    const yamlSamples: number[] = [];
    const engineSamples: number[] = [];
    const ylsSamples: number[] = [];
    const clock = async (samples: number[], action: () => unknown) => {
      const started = performance.now();
      await action();
      samples.push(performance.now() - started);
    };
    for (let i = -3; i < runs; i++) {
      const into = <T>(samples: T[]) => (i < 0 ? [] : samples);
      await clock(into(yamlSamples), () => parseDocument(text));
      await clock(into(engineSamples), () => analyzeJourney(text, { today: TODAY }));
      // A new version each time: the service caches by URI and version.
      await clock(into(ylsSamples), () =>
        service.doValidation(TextDocument.create(uri, 'yaml', ++version, text), false),
      );
    }
    const yaml = stats(yamlSamples);
    const engine = stats(engineSamples);
    const yls = stats(ylsSamples);
    console.log(
      `${String(count).padStart(11)} ${`${(text.length / 1024).toFixed(0)} KB`.padStart(7)} ${show(yaml)} ${show(engine)} ${show(yls).padStart(21)} ${ratio(yls, engine).padStart(12)} ${ratio(engine, yaml).padStart(12)}`,
    );
    target(
      `engine ≥ 1.5× faster than yaml-language-server at ${count} tp`,
      `${(yls.median / engine.median).toFixed(2)}× (median ${engine.median.toFixed(1)} vs ${yls.median.toFixed(1)} ms; min ${(yls.min / engine.min).toFixed(2)}×)`,
      yls.median / engine.median >= 1.5,
    );
    target(
      `engine ≤ 1.2× the bare yaml parse at ${count} tp`,
      `${(engine.median / yaml.median).toFixed(2)}× (median ${engine.median.toFixed(1)} vs ${yaml.median.toFixed(1)} ms; min ${(engine.min / yaml.min).toFixed(2)}×)`,
      engine.median / yaml.median <= 1.2,
    );
  }
}

/** The real server in this process, over a JSON-RPC connection as an editor would reach it. */
interface ServerUnderTest {
  request<T>(method: string, params: unknown): Promise<T>;
  notify(method: string, params: unknown): Promise<void>;
  /** Resolves with the publishDiagnostics params of that version of `uri`. */
  published(uri: string, version: number): Promise<{ diagnostics: unknown[] }>;
  /** Resolves with the preview model pushed for that version of `uri`. */
  pushed(uri: string, version: number): Promise<PreviewModelPush>;
  close(): Promise<void>;
}

async function startServer(validationDelay: number): Promise<ServerUnderTest> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startJourneyServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), {
    today: TODAY,
  });
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const waiting = new Map<string, (value: never) => void>();
  const arrived = new Map<string, unknown>();
  const deliver = (key: string, value: unknown) => {
    const resolve = waiting.get(key);
    if (resolve) {
      waiting.delete(key);
      resolve(value as never);
    } else arrived.set(key, value);
  };
  const await_ = <T>(key: string): Promise<T> => {
    if (arrived.has(key)) {
      const value = arrived.get(key) as T;
      arrived.delete(key);
      return Promise.resolve(value);
    }
    return new Promise<T>((resolve) => waiting.set(key, resolve as (value: never) => void));
  };
  client.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number }) =>
    deliver(`diagnostics ${params.uri}#${params.version}`, params),
  );
  client.onNotification('journeyMap/previewModelChanged', (params: PreviewModelPush) =>
    deliver(`push ${params.uri}#${params.version}`, params),
  );
  client.listen();
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    capabilities: {},
    initializationOptions: { journeyMap: { validationDelay } },
  });
  await client.sendNotification('initialized', {});
  return {
    request: (method, params) => client.sendRequest(method, params),
    notify: (method, params) => client.sendNotification(method, params),
    published: (uri, version) => await_(`diagnostics ${uri}#${version}`),
    pushed: (uri, version) => await_(`push ${uri}#${version}`),
    close: async () => {
      await client.sendRequest('shutdown'); // the server stops its timers
      client.dispose();
      toServer.end();
    },
  };
}

/**
 * An insertion at `offset` of `text`, as a didChange notification's params. The editor knows
 * the cursor's line and character; the benchmark finds them with the native indexOf (not a
 * TextDocument of the whole text per keystroke, which would time the benchmark's own work).
 */
function insertion(uri: string, version: number, text: string, offset: number, inserted: string) {
  let line = 0;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  const at = { line, character: offset - lineStart };
  return { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: inserted }] };
}

async function keystrokes(): Promise<void> {
  console.log('\n2. A keystroke inside a touchpoint (min/median ms)');
  console.log(
    'touchpoints   full analysis   incremental   speed-up   server: didChange → diagnostics   … → preview model pushed',
  );
  for (const count of [100, 200, 500, 1000]) {
    const base = mapWithTouchpoints(count);
    const offset = typingOffset(base);
    const typed = (index: number) => {
      const letters = 'abcdefghij'.repeat(20).slice(0, (index + 4) % 200);
      return base.slice(0, offset) + letters + base.slice(offset);
    };
    const full = await time((index) => analyzeJourney(typed(index), { today: TODAY }));
    // Chained like the server: each keystroke's analysis is the base of the next.
    const analyze = incrementalAnalyzer(TODAY);
    let previous: JourneyAnalysis = analyze(typed(-5), SETTINGS, undefined);
    let texts = 0;
    const nextText = () => typed(texts++ % 150);
    previous = analyze(nextText(), SETTINGS, previous);
    const incremental = await time(() => {
      previous = analyze(nextText(), SETTINGS, previous);
    });

    // The real server: type one character, wait for the diagnostics of that version (and the preview's model).
    const server = await startServer(0);
    const uri = `file:///bench-${count}.journey.yaml`;
    let text = base;
    let version = 1;
    let typedCount = 0;
    await server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'journey-yaml', version, text } });
    await server.published(uri, version);
    const type = async () => {
      version++;
      const at = offset + (typedCount++ % 150);
      await server.notify('textDocument/didChange', insertion(uri, version, text, at, 'a'));
      text = text.slice(0, at) + 'a' + text.slice(at);
    };
    const diagnostics = await time(async () => {
      await type();
      await server.published(uri, version);
    });
    // With a preview open (Mermaid view): the model is pushed after the diagnostics, from the same analysis.
    await server.request('journeyMap/previewModel', {
      uri,
      version,
      fileName: 'bench.journey.yaml',
      options: { view: 'mermaid', theme: 'light', personas: null, hiddenLanes: [] },
      watchId: 'bench',
    });
    const withPreview = await time(async () => {
      await type();
      await server.pushed(uri, version);
    });
    await server.close();
    console.log(
      `${String(count).padStart(11)} ${show(full).padStart(15)} ${show(incremental)} ${ratio(full, incremental).padStart(10)} ${show(diagnostics).padStart(33)} ${show(withPreview).padStart(24)}`,
    );
    if (count === 1000)
      target(
        'fresh diagnostics ≤ 30 ms after the debounce at 1,000 tp (median)',
        `${diagnostics.median.toFixed(1)} ms (min ${diagnostics.min.toFixed(1)}; didChange to publishDiagnostics, in-process server; full analysis ${full.median.toFixed(1)} ms)`,
        diagnostics.median <= 30,
      );
  }
}

async function completionAndHover(): Promise<void> {
  console.log('\n3. Completion (half-typed key in a touchpoint) and hover, request to response (min/median ms)');
  console.log(
    'touchpoints   completion (server)   completion (before: whole text)   hover (server)   hover after an edit   hover (before: re-parse)',
  );
  for (const count of [200, 1000]) {
    const base = mapWithTouchpoints(count);
    const lineEnd = base.indexOf('\n', base.indexOf('owner: support', Math.floor(base.length / 2)));
    const text = `${base.slice(0, lineEnd)}\n        mom${base.slice(lineEnd)}`;
    const cursor = lineEnd + '\n        mom'.length;
    // The default validation delay: completion and hover arrive while the keystroke's check waits.
    const server = await startServer(300);
    const uri = `file:///bench-completion-${count}.journey.yaml`;
    let version = 1;
    await server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'journey-yaml', version, text: base },
    });
    await server.published(uri, version);
    await server.notify('textDocument/didChange', insertion(uri, ++version, base, lineEnd, '\n        mom'));
    const document = TextDocument.create(uri, 'journey-yaml', version, text);
    const position = document.positionAt(cursor);
    const completion = await time(async () => {
      const items = await server.request<{ label: string }[]>('textDocument/completion', {
        textDocument: { uri },
        position,
      });
      if (!items.some((item) => item.label === 'momentOfTruth')) throw new Error('completion lost momentOfTruth');
    });
    const completionBefore = await time(() => completionContextAt(text, cursor));
    await server.published(uri, version);
    const hoverAt = document.positionAt(text.indexOf('channel:', Math.floor(text.length / 2)) + 2);
    const hover = await time(async () => {
      const answer = await server.request<unknown>('textDocument/hover', { textDocument: { uri }, position: hoverAt });
      if (!answer) throw new Error('no hover');
    });
    // A hover that arrives right after a keystroke (in the owner's value), before its check: the
    // server analyses that version first.
    // First finish the half-typed key (`momentOfTruth: true`), so the map is valid YAML again.
    await server.notify('textDocument/didChange', insertion(uri, ++version, text, cursor, 'entOfTruth: true'));
    let current = `${text.slice(0, cursor)}entOfTruth: true${text.slice(cursor)}`;
    let typedCount = 0;
    const hoverAfterEdit = await time(async () => {
      const at = lineEnd + (typedCount++ % 50);
      await server.notify('textDocument/didChange', insertion(uri, ++version, current, at, 'e'));
      current = current.slice(0, at) + 'e' + current.slice(at);
      const answer = await server.request<unknown>('textDocument/hover', { textDocument: { uri }, position: hoverAt });
      if (!answer) throw new Error('no hover');
    });
    const hoverBefore = await time(() => parseDocument(base, { uniqueKeys: false }));
    await server.close();
    console.log(
      `${String(count).padStart(11)} ${show(completion).padStart(21)} ${show(completionBefore).padStart(33)} ${show(hover).padStart(16)} ${show(hoverAfterEdit).padStart(21)} ${show(hoverBefore).padStart(26)}`,
    );
    if (count === 1000) {
      target(
        'completion ≤ 20 ms at 1,000 tp',
        `${completion.median.toFixed(1)} ms median (min ${completion.min.toFixed(1)})`,
        completion.median <= 20,
      );
      target(
        'hover ≤ 20 ms at 1,000 tp',
        `${hover.median.toFixed(1)} ms median (min ${hover.min.toFixed(1)}); right after an edit ${hoverAfterEdit.median.toFixed(1)} ms (min ${hoverAfterEdit.min.toFixed(1)})`,
        hover.median <= 20,
      );
    }
  }
}

async function extensionHost(): Promise<void> {
  console.log(
    '\n4. Extension-host thread time per keystroke: the real server in its own process over IPC (min/median ms of event-loop active time; bench/extensionHost.ts)',
  );
  console.log(
    'touchpoints    size   preview   no preview   drawing changed   unchanged   posted to the webview (changed / unchanged)',
  );
  for (const count of [100, 1000, 3800]) {
    for (const view of ['map', 'mermaid'] as const) {
      const figures = await hostKeystrokes(count, view, runs);
      const { alone, changed, unchanged } = figures;
      console.log(
        `${String(count).padStart(11)} ${`${figures.sizeKb.toFixed(0)} KB`.padStart(7)} ${view.padStart(9)} ${show(alone).padStart(12)} ${show(changed).padStart(17)} ${show(unchanged).padStart(11)}   ${(figures.changedBytes / 1024).toFixed(1)} KB / ${(figures.unchangedBytes / 1024).toFixed(1)} KB${figures.refused ? `  (${figures.refused} pushes not forwardable!)` : ''}`,
      );
      const worst = Math.max(alone.median, changed.median, unchanged.median);
      if (count >= 1000)
        target(
          `extension-host time per keystroke ≤ 5 ms at ${count} tp (preview in the ${view === 'map' ? 'Map' : 'Mermaid'} view)`,
          `${alone.median.toFixed(2)} ms median without a preview; ${changed.median.toFixed(2)} ms with the preview when the drawing changes, ${unchanged.median.toFixed(2)} ms when it does not (min ${alone.min.toFixed(2)} / ${changed.min.toFixed(2)} / ${unchanged.min.toFixed(2)})`,
          worst <= 5,
        );
    }
  }
}

async function main(): Promise<void> {
  const startLoad = machineLoad();
  console.log(`Language-server benchmark: ${runs} runs each, Node ${process.version}; at start: ${startLoad}`);
  await engineVersusYls();
  await keystrokes();
  await completionAndHover();
  await extensionHost();
  console.log(`\nAt the end: ${machineLoad()} (at start: ${startLoad})`);
  console.log("\nIssue 12's targets, measured in this run:");
  for (const verdict of verdicts) console.log(`  ${verdict}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
