/**
 * `npm run test:web`: the web extension (package.json `browser`, dist/web/) in code-server's
 * web-worker extension host, as on vscode.dev / github.dev. The extension also has a `main`, so
 * the user setting `remote.extensionKind` = ["web"] moves it to the worker host
 * (/work/shared/recipes/web-worker-host). The suite (test/web/index.ts: web.test.ts plus the
 * completion, hover, outline, navigation and quick-fix integration suites) is bundled for the
 * browser; it cannot write files, so its results arrive as one marked console line.
 */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import * as esbuild from 'esbuild';
import type { Browser } from 'playwright-core';
import { MOCHA_LINE_MARKER, WEB_RESULTS_PREFIX } from '../web/protocol';
import { launchChromium, newWorkbenchPage } from './browser';
import { runCleanups } from './cleanup';
import { startCodeServer, temporarySamplesWorkspace } from './codeServer';
import { outputDir, repoRoot, resultsDir, screenshotsDir } from './paths';
import { formatSuiteResults, writeSuiteResults, type SuiteResults } from './results';
import { HarnessError, seconds } from './run';

const EXTENSION_ID = 'journey-map.journey-map';
const suiteBundle = join(repoRoot, 'out', 'test', 'web', 'suite.js');

async function buildSuite(): Promise<void> {
  await esbuild.build({
    entryPoints: [join(repoRoot, 'test', 'web', 'index.ts')],
    outfile: suiteBundle,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    alias: { 'node:assert/strict': join(repoRoot, 'test', 'web', 'assert.ts') },
    logLevel: 'warning',
  });
}

async function runSuite(timeoutMs: number): Promise<SuiteResults> {
  const server = await startCodeServer({
    label: 'web',
    smokeTestDriver: true,
    settings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } },
  });
  console.log(`[harness] code-server on ${server.origin}, log: ${server.logFile}`);
  const log = createWriteStream(join(outputDir, 'logs', 'web-workbench.log'));
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await newWorkbenchPage(browser);
    let exited: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => (exited = resolve));
    let results: SuiteResults | undefined;
    await page.exposeFunction('codeAutomationExit', (code: number) => exited(code));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      for (const line of text.split('\n')) {
        const at = line.indexOf(MOCHA_LINE_MARKER);
        if (at < 0) {
          log.write(`${type} ${line}\n`);
          continue;
        }
        const body = line.slice(at + MOCHA_LINE_MARKER.length);
        if (body.startsWith(WEB_RESULTS_PREFIX)) results = JSON.parse(body.slice(WEB_RESULTS_PREFIX.length));
        else console.log(`[web worker host] ${body}`);
      }
    });
    const url = server.workbenchUrl(temporarySamplesWorkspace('web'), [
      ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
      ['extensionTestsPath', server.remoteUri(suiteBundle)],
      ['skipWelcome', 'true'],
    ]);
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      exitCode,
      new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs))),
    ]);
    clearTimeout(timer);
    await page.screenshot({ path: join(screenshotsDir, 'web-end.png') }).catch(() => undefined);
    if (outcome === 'timeout') throw new HarnessError(`the web suite did not finish within ${timeoutMs / 1000}s`);
    if (!results)
      throw new HarnessError(
        `the web worker host exited with ${outcome} but reported no results (did the extension run there? see ${join(outputDir, 'logs', 'web-workbench.log')})`,
      );
    const reported: SuiteResults = results;
    if (outcome !== 0 && reported.failed === 0) reported.failed = 1;
    return reported;
  } finally {
    log.end();
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const resultsFile = join(resultsDir, 'web.json');
  try {
    await buildSuite();
    const results = await runSuite(Number(process.env.JOURNEY_MAP_INTEGRATION_TIMEOUT_S ?? 600) * 1000);
    writeSuiteResults(resultsFile, results);
    console.log(`\n[harness] web worker results (${seconds(started)}):\n${formatSuiteResults(results)}`);
    return results.failed > 0 ? 1 : 0;
  } catch (error) {
    const message = error instanceof HarnessError ? error.message : String((error as Error)?.stack ?? error);
    console.error(`[harness] web run failed: ${message}`);
    writeSuiteResults(resultsFile, {
      suite: 'web',
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
