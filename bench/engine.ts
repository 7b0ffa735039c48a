/**
 * Engine benchmark (a script, not a test: timings depend on the machine). Prints, for maps of 100
 * and 1,000 touchpoints, the median time of
 *   - the bare `yaml` parse of the text (the floor: parsing is most of the work),
 *   - analyzeJourney (parse + schema + references + metrics + gap rules),
 *   - Red Hat's yaml-language-server validating the same text against the same schema,
 * the time to refuse hostile input (10 MB file, alias bomb, deep brackets), and the time of the
 * worst-case shapes the 1 MiB limit admits (flow lists, deep block nesting, thousands of findings,
 * long lines: test/unit/boundedWork.ts; the unit test there checks they stay linear).
 * The machine's load is printed before and after: on a shared machine, read the worst cases as their
 * ratio to the bare `yaml` parse of the same text, measured in the same run.
 * Run: npm run bench   (options: --runs N; --worst-only for the worst-case shapes alone)
 */
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument } from 'yaml';
import { analyzeJourney } from '../src/core/analyze';
import { MAX_ENTRIES, MAX_TEXT_LENGTH } from '../src/core/parse/limits';
import { worstCases } from '../test/unit/boundedWork';
import { mapWithTouchpoints } from '../test/unit/helpers/generatedMaps';
import { machineLoad, yamlLanguageServer, type YamlLanguageService } from './benchSupport';

const root = join(__dirname, '..');
const runsArgument = process.argv.indexOf('--runs');
const runs = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 15;
const worstOnly = process.argv.includes('--worst-only');

const TODAY = '2026-11-23';

/** The largest map of a shape that the limits still admit (under 1 MiB, under MAX_ENTRIES). */
function largestAdmitted(build: (n: number) => string): string {
  let n = Math.floor(MAX_ENTRIES * 0.98);
  let text = build(n);
  while (text.length > MAX_TEXT_LENGTH) text = build((n = Math.floor(n * 0.9)));
  return text;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(action: () => unknown | Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await action(); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await action();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

async function main(): Promise<void> {
  const { service, uri } = yamlLanguageServer(root);
  let version = 0;

  console.log(`Engine benchmark: median of ${runs} runs (ms), Node ${process.version}; ${machineLoad()}`);
  if (!worstOnly) await realisticAndHostile(service, uri, () => ++version);
  await worstCaseShapes();
  console.log(`\nDone; ${machineLoad()}`);
}

async function realisticAndHostile(
  service: YamlLanguageService,
  uri: string,
  nextVersion: () => number,
): Promise<void> {
  console.log('touchpoints   size      yaml parse   analyzeJourney   yaml-language-server   engine / YLS');
  for (const count of [100, 1000]) {
    const text = mapWithTouchpoints(count);
    const check = analyzeJourney(text, { today: TODAY });
    const errors = check.findings.filter((finding) => finding.severity === 'error');
    if (errors.length) throw new Error(`benchmark map has errors: ${errors[0]!.message}`);
    const ylsCheck = await service.doValidation(TextDocument.create(uri, 'yaml', nextVersion(), text), false);
    if (ylsCheck.length) throw new Error(`yaml-language-server reports: ${ylsCheck[0]!.message}`);

    const yamlMs = await time(() => parseDocument(text));
    const engineMs = await time(() => analyzeJourney(text, { today: TODAY }));
    // A new version each time: the service caches by URI and version.
    const ylsMs = await time(() => service.doValidation(TextDocument.create(uri, 'yaml', nextVersion(), text), false));
    console.log(
      `${String(count).padStart(11)}   ${`${(text.length / 1024).toFixed(0)} KB`.padEnd(8)}  ${yamlMs.toFixed(1).padStart(10)}   ${engineMs.toFixed(1).padStart(14)}   ${ylsMs.toFixed(1).padStart(20)}   ${(engineMs / ylsMs).toFixed(2).padStart(12)}`,
    );
  }

  console.log('\nHostile input (time to return with a finding):');
  const tenMegabytes = `journey: big\nstages: []\n${'# padding padding padding padding padding padding padding\n'.repeat(180_000)}`;
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++)
    levels.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`,
    );
  const hostile: [string, string][] = [
    [`${(tenMegabytes.length / 1024 / 1024).toFixed(1)} MB file`, tenMegabytes],
    ['alias bomb (9 levels)', `journey: bomb\n${levels.join('\n')}\nstages: [*i]\n`],
    ['20,000 nested brackets', `journey: x\nstages: ${'['.repeat(20000)}${']'.repeat(20000)}\n`],
    ['5,000 nested "- " items', `journey: x\nstages:\n${'- '.repeat(5000)}x\n`],
  ];
  for (const [name, text] of hostile) {
    const ms = await time(() => analyzeJourney(text));
    const codes = [...new Set(analyzeJourney(text).findings.map((finding) => finding.code))].join(', ');
    console.log(`  ${name.padEnd(28)} ${ms.toFixed(1).padStart(8)} ms   ${codes}`);
  }
}

async function worstCaseShapes(): Promise<void> {
  console.log('\nWorst-case shapes (target: about 1 s or less each on an idle machine)');
  console.log('  the bare yaml parse of the same text, and the ratio: what the analysis adds to parsing');
  const sized: [string, string][] = [
    ['flow list, 64 KB (32,000 items)', worstCases[0]!.build(32_000)],
    ['flow list, 128 KB (64,000 items)', worstCases[0]!.build(64_000)],
    ...worstCases.map((shape): [string, string] => [shape.name, largestAdmitted(shape.build)]),
    ['deep block nesting, 1 MiB (1,400 levels)', worstCases[5]!.build(1_400 * 1_400)],
    ['over the entry limit', worstCases[0]!.build(MAX_ENTRIES + 1)],
  ];
  const worstRuns = Math.min(runs, 3);
  console.log(
    `  ${'shape'.padEnd(40)} ${'size'.padStart(8)} ${'analysis'.padStart(10)} ${'yaml parse'.padStart(11)}  ratio   findings`,
  );
  for (const [name, text] of sized) {
    analyzeJourney(text, { today: TODAY }); // warm up
    const samples: number[] = [];
    const parses: number[] = [];
    let findings = 0;
    for (let i = 0; i < worstRuns; i++) {
      let started = performance.now();
      findings = analyzeJourney(text, { today: TODAY }).findings.length;
      samples.push(performance.now() - started);
      started = performance.now();
      parseDocument(text, { uniqueKeys: false });
      parses.push(performance.now() - started);
    }
    const analysis = median(samples);
    const parse = median(parses);
    console.log(
      `  ${name.padEnd(40)} ${`${(text.length / 1024).toFixed(0)} KB`.padStart(8)} ${`${analysis.toFixed(0)} ms`.padStart(10)} ${`${parse.toFixed(0)} ms`.padStart(11)} ${(analysis / Math.max(parse, 1)).toFixed(1).padStart(6)}   ${findings}`,
    );
  }
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
