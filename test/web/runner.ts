/**
 * Runs mocha's browser build inside the web-worker extension host for one of the web suites'
 * entries (index.ts, indonesian.ts). The worker cannot write files, so the results go to the
 * console as one marked line the harness (test/harness/integration-web.ts) reads.
 */
import 'mocha/mocha';
import type { SuiteResults, TestResult } from '../harness/results';
import { MOCHA_LINE_MARKER, WEB_RESULTS_PREFIX } from './protocol';

declare const mocha: {
  setup(options: Record<string, unknown>): void;
  run(done: (failures: number) => void): {
    stats?: { passes: number; failures: number; pending: number };
    on(event: string, listener: (...args: never[]) => void): void;
  };
};

/** Set by the harness's bundling (esbuild `define`): the worker has no environment to read it from. */
declare const JOURNEY_MAP_TEST_GREP: string;

/** `register` requires the test files: it runs after mocha's setup, so suite()/test() exist. */
export function runWebSuite(suite: string, register: () => void): Promise<void> {
  const log = console.log.bind(console);
  // The spec reporter writes through console.log: mark its lines for the harness.
  console.log = (...args: unknown[]) => log(MOCHA_LINE_MARKER + args.map(String).join(' '));
  mocha.setup({
    ui: 'tdd',
    reporter: 'spec',
    color: false,
    timeout: 30_000,
    ...(JOURNEY_MAP_TEST_GREP ? { grep: JOURNEY_MAP_TEST_GREP } : {}),
  });
  register();
  const started = Date.now();
  const tests: TestResult[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const results: SuiteResults = {
        suite,
        passed: runner.stats?.passes ?? 0,
        failed: runner.stats?.failures ?? failures,
        pending: runner.stats?.pending ?? 0,
        durationMs: Date.now() - started,
        tests,
      };
      log(MOCHA_LINE_MARKER + WEB_RESULTS_PREFIX + JSON.stringify(results));
      console.log = log;
      if (results.failed > 0) reject(new Error(`${results.failed} web test(s) failed.`));
      else resolve();
    });
    runner.on('pass', ((test: { fullTitle(): string; duration?: number }) =>
      tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 })) as never);
    runner.on('fail', ((test: { fullTitle(): string }, error: Error) =>
      tests.push({ title: test.fullTitle(), state: 'failed', error: error?.stack ?? String(error) })) as never);
  });
}
