/**
 * The results file every suite writes (.test-output/results/<suite>.json), so one step can sum
 * them into the final "N passed, N failed" line — including the suite that ran inside the
 * extension host, whose output we cannot otherwise read reliably.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Marks every line mocha's reporter prints inside the extension host. In code-server that output
 * reaches the harness mixed with the workbench's own log; the marker lets the harness show mocha's alone.
 */
export const MOCHA_LINE_MARKER = '[mocha] ';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface SuiteResults {
  suite: string;
  passed: number;
  failed: number;
  pending: number;
  durationMs: number;
  tests: TestResult[];
  /** Set when the suite could not run at all (the harness failed before any test). */
  error?: string;
}

export function writeSuiteResults(file: string, results: SuiteResults): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
}

export function readSuiteResults(file: string): SuiteResults | undefined {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as SuiteResults;
    return typeof value.passed === 'number' && typeof value.failed === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The `ok - …` / `not ok - …` lines and mocha's own summary wording. */
export function formatSuiteResults(results: SuiteResults): string {
  const lines = results.tests.map((test) => {
    if (test.state === 'passed')
      return `ok - ${test.title}${test.durationMs === undefined ? '' : ` (${test.durationMs}ms)`}`;
    if (test.state === 'pending') return `ok - ${test.title} # SKIP`;
    return `not ok - ${test.title}\n    ${(test.error ?? '').split('\n').join('\n    ')}`;
  });
  lines.push(`${results.passed} passing`, `${results.failed} failing`);
  if (results.pending > 0) lines.push(`${results.pending} pending`);
  return lines.join('\n');
}
