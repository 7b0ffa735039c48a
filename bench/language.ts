/**
 * Language-server benchmark for issue 12 (a script, not a test: timings depend on the
 * machine). In one run, with min / median (ms) and the machine's load printed:
 *   1. engine (analyzeJourney) vs Red Hat's yaml-language-server vs the bare `yaml` parse,
 *      at 100, 1,000 and 3,800 touchpoints;
 *   2. a keystroke inside a touchpoint: incremental analysis (re-parse one touchpoint,
 *      splice, whole-map checks) vs a full analysis, and the server's whole cost until the
 *      diagnostics are serialised, at 100 to 1,000 touchpoints;
 *   3. completion (half-typed line) and hover at 200 and 1,000 touchpoints, as the server
 *      answers them now and as the extension host did before (whole-text parse);
 *   4. the extension-host side of a keystroke with the server: serialising the didChange
 *      notification and reading back the published diagnostics (what the language client does;
 *      its conversion to vscode.Diagnostic objects is not included).
 * Run: npm run bench:language   (options: --runs N)
 */
import { readFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument } from 'yaml';
import { getLanguageService } from 'yaml-language-server/lib/umd/languageservice/yamlLanguageService';
import { analyzeJourney, type JourneyAnalysis } from '../src/core/index';
import { findingToDiagnostic } from '../src/server/diagnostics';
import { provideCompletion } from '../src/server/features/completion';
import { provideHover } from '../src/server/features/hover';
import { incrementalAnalyzer } from '../src/server/incremental/incrementalAnalyzer';
import { completionContextAt } from '../src/server/language/cursorContext';
import { SchemaNavigator } from '../src/server/language/schemaNavigator';
import type { DocumentSettings } from '../src/server/settings';
import { mapWithTouchpoints } from './engine';

const root = join(__dirname, '..');
const runsArgument = process.argv.indexOf('--runs');
const runs = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 15;
const TODAY = '2026-11-23';
const SETTINGS: DocumentSettings = { rules: {}, validationDelayMs: 0, validateClosedMaps: false, generation: 0 };

interface Timing {
  min: number;
  median: number;
}

function stats(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]! };
}

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
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** The offset just after the name of the middle touchpoint (where the benchmark types). */
function typingOffset(text: string): number {
  const middle = text.indexOf('- id: tp-', Math.floor(text.length / 2));
  return text.indexOf('\n', text.indexOf('name:', middle)) - 1; // before the closing quote
}

async function engineVersusYls(): Promise<void> {
  const schemaText = readFileSync(join(root, 'schemas', 'journey.schema.json'), 'utf8');
  const service = getLanguageService({
    schemaRequestService: async () => schemaText,
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() },
  });
  // yaml-language-server mutates the schema object it is given: hand it its own copy.
  service.configure({
    validate: true,
    completion: false,
    hover: false,
    schemas: [
      { uri: 'file:///bench/journey.schema.json', fileMatch: ['*.journey.yaml'], schema: JSON.parse(schemaText) },
    ],
  });
  const uri = pathToFileURL(join(root, 'samples', 'bench.journey.yaml')).toString();
  let version = 0;
  console.log('\n1. Engine vs yaml-language-server vs bare yaml parse (min/median ms)');
  console.log('touchpoints    size     yaml parse      engine  yaml-language-server   engine/YLS  engine/yaml');
  for (const count of [100, 1000, 3800]) {
    const text = mapWithTouchpoints(count);
    const yaml = await time(() => parseDocument(text));
    const engine = await time(() => analyzeJourney(text, { today: TODAY }));
    // A new version each time: the service caches by URI and version.
    const yls = await time(() => service.doValidation(TextDocument.create(uri, 'yaml', ++version, text), false));
    console.log(
      `${String(count).padStart(11)} ${`${(text.length / 1024).toFixed(0)} KB`.padStart(7)} ${show(yaml)} ${show(engine)} ${show(yls).padStart(21)} ${ratio(engine, yls).padStart(12)} ${ratio(engine, yaml).padStart(12)}`,
    );
  }
}

async function keystrokes(): Promise<void> {
  console.log('\n2. A keystroke inside a touchpoint (min/median ms)');
  console.log(
    'touchpoints   full analysis   incremental   speed-up   server total (incremental + diagnostics serialised)',
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
    const server = await time(() => {
      previous = analyze(nextText(), SETTINGS, previous);
      const uri = 'file:///bench.journey.yaml';
      JSON.stringify({
        jsonrpc: '2.0',
        method: 'textDocument/publishDiagnostics',
        params: { uri, diagnostics: previous.findings.map((finding) => findingToDiagnostic(finding, uri)) },
      });
    });
    console.log(
      `${String(count).padStart(11)} ${show(full).padStart(15)} ${show(incremental)} ${ratio(full, incremental).padStart(10)} ${show(server).padStart(16)}`,
    );
  }
}

async function completionAndHover(): Promise<void> {
  console.log('\n3. Completion (half-typed key in a touchpoint) and hover (min/median ms)');
  console.log(
    'touchpoints   completion (server)   completion (before: whole text)   hover (server)   hover (before: re-parse)',
  );
  const schema = new SchemaNavigator();
  for (const count of [200, 1000]) {
    const base = mapWithTouchpoints(count);
    const analysis = analyzeJourney(base, { today: TODAY });
    const lineEnd = base.indexOf('\n', base.indexOf('owner: support', Math.floor(base.length / 2)));
    const text = `${base.slice(0, lineEnd)}\n        mom${base.slice(lineEnd)}`;
    const cursor = lineEnd + '\n        mom'.length;
    const document = TextDocument.create('file:///bench.journey.yaml', 'journey-yaml', 2, text);
    const completion = await time(() => {
      const items = provideCompletion(document, cursor, schema, () => analysis, analysis);
      if (!items.some((item) => item.label === 'momentOfTruth')) throw new Error('completion lost momentOfTruth');
    });
    const completionBefore = await time(() => completionContextAt(text, cursor));
    const hoverAt = base.indexOf('channel:', Math.floor(base.length / 2)) + 2;
    const hoverDocument = TextDocument.create('file:///bench.journey.yaml', 'journey-yaml', 1, base);
    const hover = await time(() => provideHover(hoverDocument, hoverAt, analysis, schema));
    const hoverBefore = await time(() => parseDocument(base, { uniqueKeys: false }));
    console.log(
      `${String(count).padStart(11)} ${show(completion).padStart(21)} ${show(completionBefore).padStart(33)} ${show(hover).padStart(16)} ${show(hoverBefore).padStart(26)}`,
    );
  }
}

async function extensionHost(): Promise<void> {
  console.log('\n4. Extension-host time per keystroke with the server (min/median ms)');
  console.log('touchpoints   didChange sent   diagnostics read   total');
  for (const count of [100, 1000, 3800]) {
    const text = mapWithTouchpoints(count);
    const analysis = analyzeJourney(text, { today: TODAY });
    const uri = 'file:///bench.journey.yaml';
    let version = 1;
    const send = await time(() => {
      const body = JSON.stringify({
        jsonrpc: '2.0',
        method: 'textDocument/didChange',
        params: {
          textDocument: { uri, version: ++version },
          contentChanges: [
            { range: { start: { line: 400, character: 20 }, end: { line: 400, character: 20 } }, text: 'a' },
          ],
        },
      });
      return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    });
    const published = JSON.stringify({
      jsonrpc: '2.0',
      method: 'textDocument/publishDiagnostics',
      params: { uri, diagnostics: analysis.findings.map((finding) => findingToDiagnostic(finding, uri)) },
    });
    const receive = await time(() => JSON.parse(published));
    console.log(
      `${String(count).padStart(11)} ${show(send).padStart(16)} ${show(receive).padStart(18)} ${(send.median + receive.median).toFixed(2).padStart(7)}   (${analysis.findings.length} diagnostics)`,
    );
  }
}

async function main(): Promise<void> {
  console.log(
    `Language-server benchmark: ${runs} runs each, Node ${process.version}, ${cpus().length} CPUs, load average at start ${load()}`,
  );
  await engineVersusYls();
  await keystrokes();
  await completionAndHover();
  await extensionHost();
  console.log(`\nLoad average at the end: ${load()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
