/**
 * `npm run test:e2e`: packages the extension (`npm run package` → journey-map-<version>.vsix),
 * installs the .vsix into a fresh code-server with `--install-extension` (so packaging mistakes
 * are caught), opens a copy of samples/ in headless Chromium and drives the workbench.
 *
 * Writes .test-output/results/e2e.json and screenshots under .test-output/screenshots/; when
 * every test passes, the preview screenshot becomes docs/screenshot.png (the README shows it).
 * Environment: JOURNEY_MAP_E2E_VSIX=<file> tests that .vsix instead of packaging one.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, newWorkbenchPage } from '../harness/browser';
import { runCleanups } from '../harness/cleanup';
import { startCodeServer, temporarySamplesWorkspace } from '../harness/codeServer';
import { outputDir, repoRoot, resultsDir, screenshotsDir } from '../harness/paths';
import { writeSuiteResults, type SuiteResults } from '../harness/results';
import { HarnessError, lastLines, run, seconds } from '../harness/run';
import { analyzeFile } from './expectations';
import { CANVAS_SCREENSHOTS, journeyMapUiTests, PREVIEW_SCREENSHOT } from './journeyMap.e2e';
import { runUiTests } from './miniRunner';
import { Workbench } from './workbench';

async function packageExtension(): Promise<string> {
  if (process.env.JOURNEY_MAP_E2E_VSIX) return process.env.JOURNEY_MAP_E2E_VSIX;
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const vsix = join(repoRoot, `journey-map-${version}.vsix`);
  rmSync(vsix, { force: true });
  const started = Date.now();
  const log = join(outputDir, 'logs', 'package.log');
  const packaged = await run('npm', ['run', 'package'], { cwd: repoRoot, logFile: log });
  if (packaged.code !== 0 || !existsSync(vsix))
    throw new HarnessError(
      `npm run package did not produce ${vsix} (exit ${packaged.code}); log ${log}:\n${lastLines(packaged.output, 25)}`,
    );
  console.log(`[e2e] packaged ${vsix} in ${seconds(started)}`);
  return vsix;
}

function mapsIn(workspace: string, folder: string): string[] {
  const directory = join(workspace, folder);
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => /\.journey\.ya?ml$/.test(name))
    .sort()
    .map((name) => (folder ? `${folder}/${name}` : name));
}

/**
 * The map the typing tests edit: parcel-delivery (plain scalars and single `emotion: N` lines, which the
 * typing and breaking-edit steps rely on), else the first map (by name) that analyses to a diagram.
 */
function pickValidMap(workspace: string): string | undefined {
  const valid = mapsIn(workspace, '').filter((path) => analyzeFile(workspace, path).journey !== undefined);
  return valid.find((path) => path === 'parcel-delivery.journey.yaml') ?? valid[0];
}

/** The map with the most different finding codes — preferably an invalid one — so the Problems test sees variety. */
function pickMapWithFindings(workspace: string): string | undefined {
  for (const folder of ['invalid', '']) {
    const ranked = mapsIn(workspace, folder)
      .map((path) => ({ path, codes: new Set(analyzeFile(workspace, path).findings.map((f) => f.code)).size }))
      .filter((map) => map.codes > 0)
      .sort((a, b) => b.codes - a.codes);
    if (ranked[0]) return ranked[0].path;
  }
  return undefined;
}

async function main(): Promise<SuiteResults> {
  const started = Date.now();
  const vsix = await packageExtension();
  const workspace = temporarySamplesWorkspace('e2e');
  const validMap = pickValidMap(workspace);
  const mapWithFindings = pickMapWithFindings(workspace);
  if (!validMap || !mapWithFindings)
    throw new HarnessError(
      `samples/ needs a valid map and a map with findings (found: ${validMap ?? 'none'}, ${mapWithFindings ?? 'none'})`,
    );
  console.log(`[e2e] maps: ${validMap} (valid), ${mapWithFindings} (with findings)`);

  const server = await startCodeServer({ label: 'e2e', vsixFiles: [vsix] });
  console.log(`[e2e] code-server on ${server.origin} (${seconds(started)})`);
  const browser = await launchChromium();
  const page = await newWorkbenchPage(browser);
  page.on('pageerror', (error) => console.log(`  [workbench page error] ${error.message.split('\n')[0]}`));
  await page.goto(server.workbenchUrl(workspace));

  mkdirSync(screenshotsDir, { recursive: true });
  const workbench = new Workbench(page);
  const results = await runUiTests(
    journeyMapUiTests({ workbench, workspace, validMap, mapWithFindings, screenshotsDir }),
    page,
    screenshotsDir,
  );
  const preview = join(screenshotsDir, PREVIEW_SCREENSHOT);
  if (results.failed === 0 && existsSync(preview)) {
    copyFileSync(preview, join(repoRoot, 'docs', 'screenshot.png'));
    console.log('[e2e] docs/screenshot.png updated from the passing run');
  }
  for (const name of CANVAS_SCREENSHOTS) {
    const shot = join(screenshotsDir, name);
    if (results.failed === 0 && existsSync(shot)) {
      copyFileSync(shot, join(repoRoot, 'docs', name));
      console.log(`[e2e] docs/${name} updated from the passing run`);
    }
  }
  console.log(`[e2e] done in ${seconds(started)}`);
  return results;
}

const resultsFile = join(resultsDir, 'e2e.json');
rmSync(resultsFile, { force: true });
const started = Date.now();
main()
  .catch((error: unknown): SuiteResults => {
    const message = error instanceof HarnessError ? error.message : String((error as Error)?.stack ?? error);
    console.error(`not ok - e2e harness\n    ${message.split('\n').join('\n    ')}`);
    return {
      suite: 'e2e',
      passed: 0,
      failed: 1,
      pending: 0,
      durationMs: Date.now() - started,
      tests: [],
      error: message,
    };
  })
  .then(async (results) => {
    await runCleanups();
    writeSuiteResults(resultsFile, results);
    process.exit(results.failed > 0 ? 1 : 0);
  });
