/**
 * The extensionTestsPath entry: VS Code loads this module inside the real extension host and
 * awaits `run()`. The same entry serves both runners (test-electron and the code-server harness).
 *
 * It runs every out/test/integration/*.test.js (bundled from test/integration/*.test.ts by
 * test/harness/build-integration.ts) with mocha, prints mocha's spec output into the extension
 * host's log, and writes the results file the harness reads — the extension host's stdout is
 * not visible to the harness in code-server.
 *
 * Workspace: the harness opens a fresh copy of samples/ as the only workspace folder, so suites
 * may open and edit samples/*.journey.yaml and samples/invalid/* freely.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import { MOCHA_LINE_MARKER, writeSuiteResults, type SuiteResults, type TestResult } from '../harness/results';

/** Where the harness expects the results: set by the runners, with a default beside the repository. */
function resultsFile(): string {
  // Bundled to out/test/integration/index.js, so the repository is three levels up.
  return (
    process.env.JOURNEY_MAP_TEST_RESULTS ??
    join(__dirname, '..', '..', '..', '.test-output', 'results', 'integration.json')
  );
}

function markReporterOutput(): () => void {
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const original = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => {
    const text = args.length === 0 ? '' : format(...(args as [unknown, ...unknown[]]));
    for (const line of text.split('\n')) console.log(MOCHA_LINE_MARKER + line);
  };
  return () => (base.consoleLog = original);
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  // Let suites use either style: describe/it (bdd, like test/unit) or suite/test (tdd, like VS Code's own samples).
  Mocha.interfaces.tdd(mocha.suite);
  const grep = process.env.JOURNEY_MAP_TEST_GREP;
  if (grep) mocha.grep(grep);

  const testFiles = readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const name of testFiles) mocha.addFile(join(__dirname, name));

  const started = Date.now();
  const tests: TestResult[] = [];
  const unmarkReporterOutput = markReporterOutput();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      unmarkReporterOutput();
      const results: SuiteResults = {
        suite: 'integration',
        passed: runner.stats?.passes ?? 0,
        failed: runner.stats?.failures ?? failures,
        pending: runner.stats?.pending ?? 0,
        durationMs: Date.now() - started,
        tests,
      };
      if (testFiles.length === 0) {
        results.failed += 1;
        results.error = `no *.test.js files in ${__dirname}`;
      }
      writeSuiteResults(resultsFile(), results);
      if (results.failed > 0) reject(new Error(`${results.failed} integration test(s) failed.`));
      else resolve();
    });
    runner.on('pass', (test) =>
      tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }),
    );
    runner.on('pending', (test) => tests.push({ title: test.fullTitle(), state: 'pending' }));
    runner.on('fail', (test, error: Error) =>
      tests.push({ title: test.fullTitle(), state: 'failed', error: error?.stack ?? String(error) }),
    );
  });
}
