/**
 * The UI tests: what a user does with the packaged extension in a real workbench.
 * They share one window and run in order (each builds on the editor state the previous left).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile, firstListedFindings, lineContaining, taskLabels } from './expectations';
import { step, type UiTest } from './miniRunner';
import { compact, type Workbench } from './workbench';
import { waitFor } from '../unit/helpers/waitFor';

export interface UiTestContext {
  workbench: Workbench;
  workspace: string;
  /** A valid map with a diagram, relative to the workspace. */
  validMap: string;
  /** A map with findings (an invalid one when samples/invalid/ has one). */
  mapWithFindings: string;
  screenshotsDir: string;
}

/**
 * Waits until `check` returns true; a string it returns says what it saw instead, and the
 * failure after `timeoutMs` quotes the last one (the kit's waitFor does the polling).
 */
async function eventually(
  description: string,
  check: () => Promise<boolean | string>,
  timeoutMs = 30_000,
): Promise<void> {
  let last = '';
  try {
    await waitFor(
      async () => {
        const seen = await check();
        if (seen === true) return true;
        last = typeof seen === 'string' ? seen : '';
        return undefined;
      },
      description,
      { timeoutMs, intervalMs: 250 },
    );
  } catch (error) {
    throw new Error(`${String(error)}${last ? ` (last seen: ${last.slice(0, 300)})` : ''}`, { cause: error });
  }
}

export const PREVIEW_SCREENSHOT = 'preview.png';
/** The Map view of the large sample, light and dark: copied to docs/ by a passing run. */
export const CANVAS_SCREENSHOTS = ['canvas-light.png', 'canvas-dark.png'] as const;
/** The large realistic sample (35–50 touchpoints, 6 stages) the README shows. */
const LARGE_SAMPLE = 'home-fibre-broadband.journey.yaml';
const EDITED_SUFFIX = ' E2E edit';

export function journeyMapUiTests(context: UiTestContext): UiTest[] {
  const { workbench, workspace, validMap, mapWithFindings, screenshotsDir } = context;
  const page = workbench.page;
  const originalText = readFileSync(join(workspace, validMap), 'utf8');
  const labels = taskLabels(analyzeFile(workspace, validMap));
  const firstLabel = labels[0]!;
  const labelLine = lineContaining(originalText, firstLabel);

  return [
    {
      name: 'the packaged extension is installed and recognises a .journey.yaml file',
      async run() {
        await workbench.waitUntilReady();
        await workbench.openFile(validMap);
        await eventually(
          'status bar shows the Journey Map language',
          async () =>
            (await workbench.languageStatus().textContent())?.includes('Journey Map') ||
            `status: ${await workbench.languageStatus().textContent()}`,
        );
        step('status bar language: Journey Map');
      },
    },
    {
      name: 'the findings of a map appear in the Problems panel with their code and line',
      async run() {
        const expected = firstListedFindings(analyzeFile(workspace, mapWithFindings).findings, 3);
        if (expected.length === 0) throw new Error(`${mapWithFindings} has no findings to look for`);
        await workbench.openFile(mapWithFindings);
        await workbench.filterProblems(mapWithFindings.split('/').pop()!);
        for (const finding of expected) {
          const { line, column } = finding.range.start;
          const row = workbench.problemRow(finding.code, line, column).first();
          await row.waitFor({ timeout: 30_000 });
          step(`Problems: ${(await row.innerText()).replace(/\s*\n\s*/g, ' | ').slice(0, 160)}`);
        }
      },
    },
    {
      name: 'Open Preview to the Side renders the diagram with every task of the map',
      async run() {
        await workbench.openFile(validMap);
        await workbench.runCommand('Journey Map: Open Preview to the Side');
        await page
          .locator('.tabs-container .tab', { hasText: `Preview ${validMap.split('/').pop()}` })
          .first()
          .waitFor({ timeout: 30_000 });
        step('preview tab opened');
        await eventually('the diagram shows every task label', async () => {
          const text = await workbench.diagramText();
          const missing = labels.filter((label) => !text.includes(compact(label)));
          return missing.length === 0 || `missing: ${missing.join(' / ')}`;
        });
        step(`diagram rendered with ${labels.length} tasks (${labels.slice(0, 3).join(', ')}, …)`);
        // For the README's picture: a larger window, the Explorer hidden, and the diagram one step
        // below its default 100 % (still legible, scrolling). Fit would shrink the whole journey
        // to unreadable text.
        const zoomLevel = workbench.previewFrame().locator('#zoom-level');
        const before = (await zoomLevel.textContent())?.trim();
        if (before !== '100%') throw new Error(`the preview opened at ${before}, not 100%`);
        await workbench.toggleSideBar();
        await workbench.filterProblems(validMap.split('/').pop()!);
        await page.setViewportSize({ width: 1920, height: 1080 });
        await workbench.previewFrame().locator('#zoom-out').click();
        await eventually('one zoom-out step', async () => (await zoomLevel.textContent())?.trim() === '80%');
        await workbench.screenshot(join(screenshotsDir, PREVIEW_SCREENSHOT));
        await page.setViewportSize({ width: 1440, height: 900 });
        await workbench.previewFrame().locator('#zoom-fit').click();
        await eventually(
          'Fit changes the zoom level',
          async () => ((await zoomLevel.textContent())?.trim() ?? '') !== before,
        );
        step(`Fit: zoom ${before} → ${(await zoomLevel.textContent())?.trim()}`);
      },
    },
    {
      name: 'the Map view draws the large sample, in the light and the dark theme',
      async run() {
        await workbench.openFile(LARGE_SAMPLE);
        await workbench.runCommand('Journey Map: Open Preview to the Side');
        const frame = workbench.previewFrame();
        await eventually('the canvas shows the large sample', async () => {
          const text = await workbench.diagramText();
          return text.length > 500 || 'no canvas yet';
        });
        await page.setViewportSize({ width: 1920, height: 1080 });
        await frame.locator('#canvas svg.canvas-main').waitFor({ timeout: 30_000 });
        // The README's picture is the Map view as a reader meets it: 100 %, not the Fit the
        // previous test left (the whole map at a quarter size is unreadable), scrolled past the
        // title and persona cards to the stage headers and the first lanes.
        const zoomLevel = frame.locator('#zoom-level');
        await zoomLevel.click();
        await eventually('the zoom is back to 100 %', async () => (await zoomLevel.textContent())?.trim() === '100%');
        await frame.locator('#canvas').evaluate((canvas) => {
          const header = canvas.querySelector<SVGGElement>('svg.canvas-main g[data-kind="stage"]');
          const top = header ? header.getBoundingClientRect().top - canvas.getBoundingClientRect().top : 0;
          canvas.scrollTop += Math.max(0, top - 8);
        });
        const previewPanel = page.locator('iframe.webview.ready').last();
        await previewPanel.screenshot({ path: join(screenshotsDir, CANVAS_SCREENSHOTS[0]) });
        step('light screenshot taken (the preview panel at 100 %)');
        await workbench.runCommand('Preferences: Toggle between Light/Dark Themes');
        await eventually('the canvas is redrawn in the dark theme', async () => {
          const fill = await frame
            .locator('#canvas svg.canvas-main > rect')
            .first()
            .getAttribute('fill', { timeout: 5_000 });
          return fill === '#1e1e1e' || `background ${fill}`;
        });
        await previewPanel.screenshot({ path: join(screenshotsDir, CANVAS_SCREENSHOTS[1]) });
        step('dark screenshot taken (the preview panel at 100 %)');
        await workbench.runCommand('Preferences: Toggle between Light/Dark Themes');
        await page.setViewportSize({ width: 1440, height: 900 });
        await workbench.openFile(validMap);
      },
    },
    {
      name: 'typing in the editor updates the preview',
      async run() {
        await workbench.goToLineEnd(labelLine);
        await page.keyboard.type(EDITED_SUFFIX);
        step(`typed "${EDITED_SUFFIX}" after "${firstLabel}" on line ${labelLine}`);
        await eventually('the diagram shows the edited label', async () =>
          (await workbench.diagramText()).includes(compact(firstLabel + EDITED_SUFFIX)),
        );
        step('preview shows the edited label');
      },
    },
    {
      name: 'a breaking edit shows its finding in the Problems panel and the banner in the preview',
      async run() {
        const emotionLine = lineContaining(originalText, /^\s*emotion:\s*\d\s*$/, labelLine);
        const lines = originalText.split('\n');
        lines[labelLine - 1] += EDITED_SUFFIX;
        lines[emotionLine - 1] = lines[emotionLine - 1]!.replace(/\d\s*$/, '9');
        const broken = analyzeFile(workspace, validMap, lines.join('\n'));
        const finding = broken.findings.find((f) => f.range.start.line === emotionLine && f.severity === 'error');
        if (!finding) throw new Error(`the engine reports no error for emotion 9 on line ${emotionLine}`);
        await workbench.goToLineEnd(emotionLine);
        await page.keyboard.press('Backspace');
        await page.keyboard.type('9');
        step(`set the emotion on line ${emotionLine} to 9 (out of range)`);
        await workbench.filterProblems(validMap.split('/').pop()!);
        const row = workbench.problemRow(finding.code, finding.range.start.line, finding.range.start.column).first();
        await row.waitFor({ timeout: 30_000 });
        step(`Problems: ${(await row.innerText()).replace(/\s*\n\s*/g, ' | ').slice(0, 160)}`);
        // The previous step reopened the map in the preview's editor group: bring the preview to the front.
        await workbench.focusEditor();
        await workbench.runCommand('Journey Map: Open Preview to the Side');
        const banner = workbench.previewFrame().locator('#banner');
        await eventually(
          'the preview shows the invalid-file banner',
          async () => (await banner.isVisible()) && ((await banner.textContent()) ?? '').trim().length > 0,
        );
        step(`preview banner: ${((await banner.textContent()) ?? '').trim().slice(0, 120)}`);
        await workbench.screenshot(join(screenshotsDir, 'invalid-edit.png'));
      },
    },
  ];
}
