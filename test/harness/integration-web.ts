/**
 * `npm run test:web`: the web extension (package.json `browser`, dist/web/) in code-server's
 * web-worker extension host, as on vscode.dev / github.dev. The extension also has a `main`, so
 * the user setting `remote.extensionKind` = ["web"] moves it to the worker host
 * (/work/shared/recipes/web-worker-host). Two runs, each its own code-server and window:
 * - `en`: test/web/index.ts (web.test.ts plus the completion, hover, outline, navigation and
 *   quick-fix integration suites), VS Code in English; then the PDF it exported is read here
 *   with pdftotext;
 * - `id`: test/web/indonesian.ts, VS Code in Indonesian (`--locale id` and a language pack
 *   cache entry, see languagePack.ts); its last test asks for the screenshot web-id.png.
 * The suites are bundled for the browser; they cannot write files, so results and screenshot
 * requests arrive as marked console lines (test/web/protocol.ts). Both count as the `web` step.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import * as esbuild from 'esbuild';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  MOCHA_LINE_MARKER,
  SCREENSHOT_ANSWERS,
  SCREENSHOT_PREFIX,
  WEB_PDF_EXPORT,
  WEB_RESULTS_PREFIX,
  type ScreenshotAnswer,
  type ScreenshotRequest,
} from '../web/protocol';
import { launchChromium, newWorkbenchPage } from './browser';
import { runCleanups } from './cleanup';
import { startCodeServer, temporarySamplesWorkspace } from './codeServer';
import { writeLanguagePackCache } from './languagePack';
import { outputDir, repoRoot, resultsDir, screenshotsDir } from './paths';
import { formatSuiteResults, writeSuiteResults, type SuiteResults, type TestResult } from './results';
import { HarnessError, seconds } from './run';

const EXTENSION_ID = 'journey-map.journey-map';
/** Every condition of a screenshot request must be on screen within this (the worker waited for its own side already). */
const SCREENSHOT_CONDITIONS_MS = 30_000;
/** The screenshot shown in the README and docs/localisation.md, refreshed on request (see main()). */
const DOCS_SCREENSHOT = join(repoRoot, 'docs', 'web-id.png');

interface WebRun {
  /** `en` or `id`: JOURNEY_MAP_WEB_RUNS=id runs only this one. */
  readonly name: string;
  readonly entry: string;
  readonly locale?: string;
  /** Checks made here, in Node, on what the run left in its workspace. */
  readonly after?: (workspace: string) => TestResult[];
}

const RUNS: WebRun[] = [
  { name: 'en', entry: join(repoRoot, 'test', 'web', 'index.ts'), after: (workspace) => [checkPdfText(workspace)] },
  { name: 'id', entry: join(repoRoot, 'test', 'web', 'indonesian.ts'), locale: 'id' },
];

const bundleOf = (run: WebRun) => join(repoRoot, 'out', 'test', 'web', `suite-${run.name}.js`);

async function buildSuite(run: WebRun): Promise<void> {
  await esbuild.build({
    entryPoints: [run.entry],
    outfile: bundleOf(run),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    alias: { 'node:assert/strict': join(repoRoot, 'test', 'web', 'assert.ts') },
    // The worker has no environment: JOURNEY_MAP_TEST_GREP reaches mocha through the bundle.
    define: { JOURNEY_MAP_TEST_GREP: JSON.stringify(process.env.JOURNEY_MAP_TEST_GREP ?? '') },
    logLevel: 'warning',
  });
}

/** Inside the preview: VS Code hosts each webview in `iframe.webview.ready`, our page in its `iframe#active-frame`. */
function locate(page: Page, condition: ScreenshotRequest['visible'][number]): Locator {
  const root =
    condition.in === 'preview'
      ? page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame')
      : page;
  const locator = root.locator(condition.selector);
  return (condition.text ? locator.filter({ hasText: condition.text }) : locator).first();
}

async function takeScreenshot(page: Page, request: ScreenshotRequest): Promise<ScreenshotAnswer> {
  const deadline = Date.now() + SCREENSHOT_CONDITIONS_MS;
  for (const condition of request.visible) {
    try {
      await locate(page, condition).waitFor({ state: 'visible', timeout: Math.max(1_000, deadline - Date.now()) });
    } catch {
      return { ok: false, error: `not on screen: ${condition.in} ${condition.selector} “${condition.text ?? ''}”` };
    }
  }
  mkdirSync(screenshotsDir, { recursive: true });
  const file = join(screenshotsDir, `${request.name}.png`);
  await page.screenshot({ path: file });
  return { ok: true, file };
}

async function runSuite(run: WebRun, timeoutMs: number): Promise<SuiteResults> {
  const server = await startCodeServer({
    label: `web-${run.name}`,
    smokeTestDriver: true,
    settings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } },
    ...(run.locale
      ? {
          args: ['--locale', run.locale],
          prepareUserData: (userData: string) => writeLanguagePackCache(userData, run.locale!, 'Bahasa Indonesia'),
        }
      : {}),
  });
  console.log(`[harness] web (${run.name}): code-server on ${server.origin}, log: ${server.logFile}`);
  const logFile = join(outputDir, 'logs', `web-${run.name}-workbench.log`);
  const log = createWriteStream(logFile);
  const workspace = temporarySamplesWorkspace(`web-${run.name}`);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await newWorkbenchPage(browser);
    let exited: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => (exited = resolve));
    let results: SuiteResults | undefined;
    const answer = (request: ScreenshotRequest, reply: ScreenshotAnswer) => {
      mkdirSync(join(workspace, SCREENSHOT_ANSWERS), { recursive: true });
      writeFileSync(join(workspace, SCREENSHOT_ANSWERS, `${request.name}.json`), JSON.stringify(reply));
      console.log(`[harness] screenshot ${request.name}: ${reply.ok ? reply.file : reply.error}`);
    };
    await page.exposeFunction('codeAutomationExit', (code: number) => exited(code));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      for (const line of text.split('\n')) {
        // Found wherever it is in the line: the worker's console may or may not carry mocha's marker.
        const shot = line.indexOf(SCREENSHOT_PREFIX);
        if (shot >= 0) {
          const request = JSON.parse(line.slice(shot + SCREENSHOT_PREFIX.length)) as ScreenshotRequest;
          void takeScreenshot(page, request).then(
            (reply) => answer(request, reply),
            (error: unknown) => answer(request, { ok: false, error: String(error) }),
          );
          continue;
        }
        const at = line.indexOf(MOCHA_LINE_MARKER);
        if (at < 0) {
          log.write(`${type} ${line}\n`);
          continue;
        }
        const body = line.slice(at + MOCHA_LINE_MARKER.length);
        if (body.startsWith(WEB_RESULTS_PREFIX)) results = JSON.parse(body.slice(WEB_RESULTS_PREFIX.length));
        else console.log(`[web worker host, ${run.name}] ${body}`);
      }
    });
    const url = server.workbenchUrl(workspace, [
      ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
      ['extensionTestsPath', server.remoteUri(bundleOf(run))],
      ['skipWelcome', 'true'],
    ]);
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      exitCode,
      new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs))),
    ]);
    clearTimeout(timer);
    await page.screenshot({ path: join(screenshotsDir, `web-${run.name}-end.png`) }).catch(() => undefined);
    if (outcome === 'timeout')
      throw new HarnessError(`the web suite (${run.name}) did not finish within ${timeoutMs / 1000}s`);
    if (!results)
      throw new HarnessError(
        `the web worker host (${run.name}) exited with ${outcome} but reported no results (did the extension run there? see ${logFile})`,
      );
    const reported: SuiteResults = results;
    if (outcome !== 0 && reported.failed === 0) reported.failed = 1;
    for (const check of run.after?.(workspace) ?? []) {
      reported.tests.push(check);
      if (check.state === 'passed') reported.passed++;
      else reported.failed++;
    }
    return reported;
  } finally {
    log.end();
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
}

/** The worker has no PDF text reader: the PDF its export left in the workspace is read here. */
function checkPdfText(workspace: string): TestResult {
  const title = 'harness: the PDF exported in the worker has the map’s title and lanes as text (pdftotext)';
  try {
    const file = join(workspace, WEB_PDF_EXPORT);
    if (!existsSync(file)) throw new Error(`${WEB_PDF_EXPORT} was not written`);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const expected of ['Parcel delivery', 'Touchpoints'])
      if (!text.includes(expected)) throw new Error(`“${expected}” is not in the PDF's text:\n${text.slice(0, 500)}`);
    console.log(`ok - ${title}`);
    return { title, state: 'passed' };
  } catch (error) {
    console.log(`not ok - ${title}\n  ${String((error as Error)?.message ?? error)}`);
    return { title, state: 'failed', error: String((error as Error)?.stack ?? error) };
  }
}

function merged(all: SuiteResults[], durationMs: number): SuiteResults {
  return {
    suite: 'web',
    passed: all.reduce((sum, r) => sum + r.passed, 0),
    failed: all.reduce((sum, r) => sum + r.failed, 0),
    pending: all.reduce((sum, r) => sum + r.pending, 0),
    durationMs,
    tests: all.flatMap((r) => r.tests),
    ...(all.some((r) => r.error) ? { error: all.flatMap((r) => (r.error ? [r.error] : [])).join('\n') } : {}),
  };
}

async function main(): Promise<number> {
  const started = Date.now();
  const resultsFile = join(resultsDir, 'web.json');
  const wanted = process.env.JOURNEY_MAP_WEB_RUNS?.split(',').map((name) => name.trim());
  const runs = RUNS.filter((run) => !wanted || wanted.includes(run.name));
  const all: SuiteResults[] = [];
  try {
    for (const run of runs) {
      const runStarted = Date.now();
      try {
        await buildSuite(run);
        all.push(await runSuite(run, Number(process.env.JOURNEY_MAP_INTEGRATION_TIMEOUT_S ?? 600) * 1000));
      } catch (error) {
        const message = error instanceof HarnessError ? error.message : String((error as Error)?.stack ?? error);
        console.error(`[harness] web run ${run.name} failed: ${message}`);
        all.push({
          suite: `web-${run.name}`,
          passed: 0,
          failed: 1,
          pending: 0,
          durationMs: 0,
          tests: [],
          error: message,
        });
      }
      console.log(`[harness] web run ${run.name}: ${seconds(runStarted)}`);
    }
    const results = merged(all, Date.now() - started);
    writeSuiteResults(resultsFile, results);
    console.log(`\n[harness] web worker results (${seconds(started)}):\n${formatSuiteResults(results)}`);
    // docs/web-id.png is refreshed from a passing run only, and only when asked: CI leaves the tree alone.
    const shot = join(screenshotsDir, 'web-id.png');
    if (process.env.JOURNEY_MAP_UPDATE_DOCS_SCREENSHOTS === '1' && results.failed === 0 && existsSync(shot)) {
      copyFileSync(shot, DOCS_SCREENSHOT);
      console.log(`[harness] ${DOCS_SCREENSHOT} updated from this run`);
    }
    return results.failed > 0 ? 1 : 0;
  } finally {
    await runCleanups();
  }
}

main().then((code) => process.exit(code));
