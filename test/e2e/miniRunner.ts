/**
 * A deliberately small sequential test runner for the UI tests: each test drives the same
 * workbench, in order, so mocha's isolation would only get in the way. It prints
 * `ok - <name>` / `not ok - <name>`, screenshots a failing test's screen, and never stops at the
 * first failure (later tests still run and report).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { SuiteResults, TestResult } from '../harness/results';

export interface UiTest {
  name: string;
  timeoutMs?: number;
  run(): Promise<void>;
}

const started = Date.now();

/** Prints a Playwright step with the time since the run began, so the log tells the story. */
export function step(message: string): void {
  console.log(`  [${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

export async function runUiTests(tests: UiTest[], page: Page, screenshotsDir: string): Promise<SuiteResults> {
  const results: TestResult[] = [];
  const suiteStarted = Date.now();
  for (const [index, test] of tests.entries()) {
    const testStarted = Date.now();
    console.log(`# ${test.name}`);
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeoutMs = test.timeoutMs ?? 90_000;
      await Promise.race([
        test.run(),
        new Promise<never>(
          (_, reject) =>
            (timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000}s`)), timeoutMs)),
        ),
      ]);
      const durationMs = Date.now() - testStarted;
      results.push({ title: test.name, state: 'passed', durationMs });
      console.log(`ok - ${test.name} (${durationMs}ms)`);
    } catch (error) {
      const shot = join(screenshotsDir, `${String(index + 1).padStart(2, '0')}-${slug(test.name)}-failed.png`);
      await page.screenshot({ path: shot }).catch(() => undefined);
      const message = error instanceof Error ? error.message : String(error);
      results.push({ title: test.name, state: 'failed', durationMs: Date.now() - testStarted, error: message });
      console.log(`not ok - ${test.name}\n    ${message.split('\n').join('\n    ')}\n    screenshot: ${shot}`);
    } finally {
      clearTimeout(timer);
    }
  }
  const passed = results.filter((r) => r.state === 'passed').length;
  const failed = results.length - passed;
  console.log(`# e2e: ${passed} passed, ${failed} failed`);
  return { suite: 'e2e', passed, failed, pending: 0, durationMs: Date.now() - suiteStarted, tests: results };
}
