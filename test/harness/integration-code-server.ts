/**
 * Runner B: the integration suite inside code-server's real (Node) extension host, opened by
 * headless Chromium. The workbench gets a `payload` URL naming extensionDevelopmentPath and
 * extensionTestsPath (honoured because the server runs with enable-smoke-test-driver); when the
 * suite ends VS Code calls `window.codeAutomationExit(code)`, which we expose to the page.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { format } from 'node:util';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, newWorkbenchPage } from './browser';
import { startCodeServer } from './codeServer';
import { outputDir, repoRoot, screenshotsDir } from './paths';
import { MOCHA_LINE_MARKER } from './results';
import { HarnessError, seconds } from './run';

export interface ExtensionHostRun {
  extensionTestsPath: string;
  /** The folder VS Code opens (a throwaway copy of samples/). */
  workspace: string;
  resultsFile: string;
  timeoutMs: number;
}

export async function runWithCodeServer(options: ExtensionHostRun): Promise<number> {
  const started = Date.now();
  const server = await startCodeServer({
    label: 'integration',
    smokeTestDriver: true,
    env: { JOURNEY_MAP_TEST_RESULTS: options.resultsFile },
  });
  console.log(`[harness] code-server on ${server.origin} (${seconds(started)}), log: ${server.logFile}`);
  let workbenchLog: WriteStream | undefined;
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await newWorkbenchPage(browser);
    let exited: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => (exited = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => exited(code));
    // The workbench's log arrives here, the extension host's console (mocha's output) within it:
    // mocha's marked lines are shown, the rest goes to a log file.
    const log = createWriteStream(join(outputDir, 'logs', 'integration-workbench.log'));
    workbenchLog = log;
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      for (const line of text.split('\n')) {
        if (line.startsWith(MOCHA_LINE_MARKER)) console.log(`[extension host] ${line.slice(MOCHA_LINE_MARKER.length)}`);
        else log.write(`${type} ${line}\n`);
      }
    });
    page.on('pageerror', (error) => console.log(`[workbench] page error: ${error.message}`));
    const url = server.workbenchUrl(options.workspace, [
      ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
      ['extensionTestsPath', server.remoteUri(options.extensionTestsPath)],
      ['skipWelcome', 'true'],
    ]);
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>(
      (resolve) => (timer = setTimeout(() => resolve('timeout'), options.timeoutMs)),
    );
    const outcome = await Promise.race([exitCode, timedOut]);
    clearTimeout(timer);
    await page.screenshot({ path: join(screenshotsDir, 'integration-end.png') }).catch(() => undefined);
    if (outcome === 'timeout') {
      throw new HarnessError(
        `the integration suite did not finish within ${options.timeoutMs / 1000}s (no codeAutomationExit). See ${server.logFile} and ${join(screenshotsDir, 'integration-end.png')}.`,
      );
    }
    console.log(`[harness] extension host exited with ${outcome} after ${seconds(started)}`);
    return outcome;
  } finally {
    workbenchLog?.end();
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
}
