/**
 * `npm run test:integration`: builds the integration suite, runs it inside a real VS Code
 * extension host — desktop VS Code (runner A, @vscode/test-electron) when it can be obtained,
 * otherwise code-server (runner B) — and prints the results the extension host wrote.
 *
 * Environment: JOURNEY_MAP_VSCODE_RUNNER=electron|code-server forces a runner;
 * JOURNEY_MAP_TEST_GREP filters tests; JOURNEY_MAP_INTEGRATION_TIMEOUT_S (default 600).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildIntegrationSuite, integrationEntry } from './build-integration';
import { runCleanups } from './cleanup';
import { temporarySamplesWorkspace } from './codeServer';
import { runWithCodeServer } from './integration-code-server';
import { isDesktopVSCodeAvailable, runWithTestElectron } from './integration-electron';
import { resultsDir } from './paths';
import { formatSuiteResults, readSuiteResults, writeSuiteResults } from './results';
import { HarnessError, seconds } from './run';

async function chooseRunner(): Promise<'electron' | 'code-server'> {
  const forced = process.env.JOURNEY_MAP_VSCODE_RUNNER;
  if (forced === 'electron' || forced === 'code-server') {
    console.log(`[harness] runner: ${forced} (JOURNEY_MAP_VSCODE_RUNNER)`);
    return forced;
  }
  const desktop = await isDesktopVSCodeAvailable();
  const runner = desktop.available ? 'electron' : 'code-server';
  console.log(
    `[harness] runner: ${runner === 'electron' ? 'A, desktop VS Code via @vscode/test-electron' : 'B, code-server + Chromium'} — ${desktop.reason}`,
  );
  return runner;
}

async function main(): Promise<number> {
  const started = Date.now();
  const resultsFile = join(resultsDir, 'integration.json');
  rmSync(resultsFile, { force: true });
  try {
    const tests = await buildIntegrationSuite();
    console.log(`[harness] integration suite: ${tests.join(', ') || '(no test files)'}`);
    const runner = await chooseRunner();
    const timeoutMs = Number(process.env.JOURNEY_MAP_INTEGRATION_TIMEOUT_S ?? 600) * 1000;
    // The extension host writes to a file of this run's own; the suite's results file is written from it.
    const hostResultsFile = join(resultsDir, `integration-${process.pid}.json`);
    const options = {
      extensionTestsPath: integrationEntry,
      workspace: temporarySamplesWorkspace('integration'),
      resultsFile: hostResultsFile,
      timeoutMs,
    };
    const exitCode = runner === 'electron' ? await runWithTestElectron(options) : await runWithCodeServer(options);
    const results = readSuiteResults(hostResultsFile);
    rmSync(hostResultsFile, { force: true });
    if (!results)
      throw new HarnessError(
        `the extension host exited with ${exitCode} but wrote no results (did the suite load? see the log above)`,
      );
    writeSuiteResults(resultsFile, results);
    console.log(`\n[harness] integration results (${runner}, ${seconds(started)}):\n${formatSuiteResults(results)}`);
    return results.failed > 0 || exitCode !== 0 ? 1 : 0;
  } catch (error) {
    const message = error instanceof HarnessError ? error.message : String((error as Error)?.stack ?? error);
    console.error(`[harness] integration run failed: ${message}`);
    // Record the failure so the totals line counts it rather than silently showing nothing.
    writeSuiteResults(resultsFile, {
      suite: 'integration',
      passed: 0,
      failed: 1,
      pending: 0,
      durationMs: Date.now() - started,
      tests: [],
      error: message,
    });
    return 1;
  } finally {
    await runCleanups();
  }
}

main().then((code) => process.exit(code));
