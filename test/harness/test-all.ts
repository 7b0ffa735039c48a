/**
 * `npm test`: build, type-check, unit + property tests (mocha), the integration suite inside a
 * real VS Code extension host, the UI end-to-end tests — all of them, every time, even when an
 * earlier one fails — then one totals line, `N passed, N failed`, summed over the suites' results
 * files. A build or type-check failure, or a suite that could not run, counts as one failure, so
 * a red run never shows "0 failed". The line is also written to .test-output/totals.txt.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outputDir, repoRoot, resultsDir } from './paths';
import { readSuiteResults } from './results';
import { run, seconds } from './run';

interface Step {
  name: string;
  args: string[];
  /** The results file of a test suite; absent for build/type-check steps. */
  results?: string;
}

const steps: Step[] = [
  { name: 'build', args: ['run', 'build'] },
  { name: 'typecheck', args: ['run', 'typecheck'] },
  { name: 'lint', args: ['run', 'lint'] },
  { name: 'format:check', args: ['run', 'format:check'] },
  {
    name: 'unit',
    args: ['run', 'test:unit', '--', '--reporter', join(__dirname, 'mocha-results-reporter.cjs')],
    results: join(resultsDir, 'unit.json'),
  },
  // vsce ls / vsce package into a temporary folder, and ovsx up to the registry call (no publishing).
  { name: 'publish', args: ['run', 'test:publish'], results: join(resultsDir, 'publish.json') },
  { name: 'integration', args: ['run', 'test:integration'], results: join(resultsDir, 'integration.json') },
  { name: 'web', args: ['run', 'test:web'], results: join(resultsDir, 'web.json') },
  { name: 'e2e', args: ['run', 'test:e2e'], results: join(resultsDir, 'e2e.json') },
];

async function main(): Promise<number> {
  const started = Date.now();
  const summary: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const step of steps) {
    const stepStarted = Date.now();
    if (step.results) rmSync(step.results, { force: true });
    console.log(`\n[test] ── ${step.name}: npm ${step.args.join(' ')}`);
    const { code } = await run('npm', step.args, { cwd: repoRoot });
    const time = seconds(stepStarted);
    if (!step.results) {
      if (code !== 0) failed += 1;
      summary.push(`${step.name}: ${code === 0 ? 'ok' : `FAILED (exit ${code}, counted as 1 failure)`} in ${time}`);
      continue;
    }
    const results = readSuiteResults(step.results);
    if (!results) {
      failed += 1;
      summary.push(`${step.name}: FAILED (exit ${code}, no results file, counted as 1 failure) in ${time}`);
      continue;
    }
    // A suite that reports no failure but exits non-zero still failed (e.g. mocha could not load a file).
    const extra = code !== 0 && results.failed === 0 ? 1 : 0;
    passed += results.passed;
    failed += results.failed + extra;
    summary.push(
      `${step.name}: ${results.passed} passed, ${results.failed + extra} failed${results.pending ? `, ${results.pending} pending` : ''} in ${time}${extra ? ` (exit ${code})` : ''}`,
    );
  }
  const totals = `${passed} passed, ${failed} failed`;
  console.log(`\n[test] summary (${seconds(started)}):\n  ${summary.join('\n  ')}`);
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(join(outputDir, 'totals.txt'), totals + '\n');
  console.log(totals);
  return failed > 0 ? 1 : 0;
}

main().then((code) => process.exit(code));
