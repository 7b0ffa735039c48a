/**
 * The Map view (the journey canvas) in the real preview page, real Chromium, production
 * CSP: nothing overlaps on screen for every sample and a 200-touchpoint map, editor sync
 * both ways for every element kind, keyboard navigation, the view toggle, filters,
 * themes, the invalid-map banner, and the render time at 13 to 1,000 touchpoints.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { analyzeJourney } from '../../src/core/index';
import { PreviewWatches } from '../../src/server/features/previewWatches';
import type { PreviewModelPush } from '../../src/shared/languageProtocol';
import { drawnCanvasOf } from '../../src/shared/previewCanvas';
import { DEFAULT_VIEW_OPTIONS } from '../../src/shared/previewUpdate';
import type { ViewOptionsMessage } from '../../src/shared/previewProtocol';
import { generatedMap } from './support/generatedMaps';
import {
  assertBuilt,
  canvasUpdateFor,
  launchChromium,
  PreviewPage,
  PreviewServer,
  REPO_ROOT,
  TEST_MAP_URI,
} from './support/previewHarness';

const SAMPLES = readdirSync(join(REPO_ROOT, 'samples')).filter((name) => name.endsWith('.journey.yaml'));
const sample = (name: string) => readFileSync(join(REPO_ROOT, 'samples', name), 'utf8');
const LARGEST = 'travel-booking-app.journey.yaml';

/** Pairs of text boxes of the drawing (not the sticky copies) that overlap by more than a pixel. */
async function overlappingTexts(page: PreviewPage): Promise<string[]> {
  return page.page.evaluate(() => {
    const texts = Array.from(document.querySelectorAll<SVGTextElement>('#canvas svg.canvas-main text'))
      .map((text) => ({ text, box: text.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .sort((a, b) => a.box.left - b.box.left);
    const found: string[] = [];
    // Sweep by x: only boxes that start before this one ends can overlap it.
    for (let i = 0; i < texts.length && found.length < 10; i++) {
      const a = texts[i]!;
      for (let j = i + 1; j < texts.length && texts[j]!.box.left < a.box.right - 1; j++) {
        const b = texts[j]!;
        const overlapX = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const overlapY = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (overlapX > 1 && overlapY > 1)
          found.push(`"${a.text.textContent?.slice(0, 40)}" × "${b.text.textContent?.slice(0, 40)}"`);
      }
    }
    return found;
  });
}

describe('preview webview: the Map view (real Chromium)', function () {
  this.timeout(120_000);
  let server: PreviewServer;
  let browser: Browser;
  let page: PreviewPage;

  before(async () => {
    assertBuilt();
    server = await PreviewServer.start();
    browser = await launchChromium();
  });
  beforeEach(async () => {
    page = await PreviewPage.open(browser, server, { view: 'map', width: 1000, height: 800 });
  });
  afterEach(async () => {
    assert.deepEqual(page.pageErrors, [], 'no uncaught errors in the page');
    assert.deepEqual((await page.record()).cspViolations, [], 'no CSP violations');
    await page.close();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const name of SAMPLES) {
    it(`draws ${name} with no two texts overlapping on screen`, async () => {
      const report = await page.render(canvasUpdateFor(sample(name)));
      assert.equal(report.error, undefined);
      assert.equal(report.view, 'map');
      assert.ok(report.taskCount > 0, 'interactive elements are drawn');
      assert.deepEqual(await overlappingTexts(page), []);
    });
  }

  it('draws a 200-touchpoint map with no two texts overlapping on screen', async () => {
    const report = await page.render(canvasUpdateFor(generatedMap(200)), 60_000);
    assert.equal(report.error, undefined);
    assert.deepEqual(await overlappingTexts(page), []);
  });

  it('reveals every kind of element on click, and highlights the element under the cursor', async () => {
    const update = canvasUpdateFor(sample(LARGEST), 3);
    await page.render(update);
    for (const kind of ['stage', 'touchpoint', 'painPoint', 'opportunity', 'metric']) {
      const element = page.page.locator(`#canvas svg.canvas-main g[data-kind="${kind}"][tabindex]`).first();
      const id = await element.getAttribute('data-id');
      assert.ok(id, `a ${kind} is drawn and focusable`);
      const before = (await page.record()).posted.length;
      await element.scrollIntoViewIfNeeded();
      await element.click({ position: { x: 6, y: 6 }, force: true });
      const reveal = await page.waitForPosted((message, index) => index >= before && message.type === 'revealElement');
      assert.deepEqual(reveal, { type: 'revealElement', uri: TEST_MAP_URI, version: 3, elementId: id }, kind);
    }
    const painPoint = await page.page
      .locator('#canvas svg.canvas-main g[data-kind="painPoint"][tabindex]')
      .first()
      .getAttribute('data-id');
    await page.post({ type: 'highlightElement', uri: TEST_MAP_URI, version: 3, elementId: painPoint });
    await page.page.waitForSelector(`#canvas svg.canvas-main g[data-id="${painPoint}"].canvas-highlighted`);
    assert.equal(await page.page.locator('#canvas .canvas-highlight-ring').count(), 1, 'one ring');
    await page.post({ type: 'highlightElement', uri: TEST_MAP_URI, version: 3, elementId: null });
    await page.page.waitForFunction(() => document.querySelectorAll('#canvas .canvas-highlight-ring').length === 0);
  });

  it('moves between elements with Tab and the arrow keys; Enter reveals the source', async () => {
    await page.render(canvasUpdateFor(sample(LARGEST), 1));
    const first = page.page.locator('#canvas svg.canvas-main g[data-kind="touchpoint"][tabindex]').first();
    await first.focus();
    const focusedId = () => page.page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
    const start = await focusedId();
    await page.page.keyboard.press('ArrowRight');
    const right = await focusedId();
    assert.ok(right && right !== start, 'ArrowRight moves to another element');
    await page.page.keyboard.press('ArrowLeft');
    assert.equal(await focusedId(), start, 'ArrowLeft comes back');
    await page.page.keyboard.press('ArrowDown');
    const down = await focusedId();
    assert.ok(down && down !== start, 'ArrowDown moves to the element below');
    await page.page.keyboard.press('Tab');
    assert.ok(await focusedId(), 'Tab moves to the next element');
    const before = (await page.record()).posted.length;
    await page.page.keyboard.press('Enter');
    const reveal = await page.waitForPosted((message, index) => index >= before && message.type === 'revealElement');
    assert.equal((reveal as { elementId: string }).elementId, await focusedId());
  });

  it('switches views from the page and from the title-bar command, and remembers the view', async () => {
    await page.render(canvasUpdateFor(sample(LARGEST), 1));
    let before = (await page.record()).posted.length;
    await page.page.click('#view-mermaid');
    const toMermaid = (await page.waitForPosted(
      (message, index) => index >= before && message.type === 'viewOptions',
    )) as ViewOptionsMessage;
    assert.equal(toMermaid.options.view, 'mermaid');
    assert.equal(
      await page.page.evaluate(() => document.getElementById('canvas')!.hidden),
      true,
      'the canvas steps aside',
    );
    before = (await page.record()).posted.length;
    await page.post({ type: 'setView', uri: TEST_MAP_URI, view: 'map' });
    const toMap = (await page.waitForPosted(
      (message, index) => index >= before && message.type === 'viewOptions',
    )) as ViewOptionsMessage;
    assert.equal(toMap.options.view, 'map');
    const state = await page.page.evaluate(() =>
      (window as unknown as { acquireVsCodeApi: () => { getState(): unknown } }).acquireVsCodeApi().getState(),
    );
    assert.equal((state as { options: { view: string } }).options.view, 'map', 'the view is saved for a reload');
    assert.equal(await page.page.getAttribute('#view-map', 'aria-pressed'), 'true');
  });

  it('filters personas and hides lanes through the page, which asks for a new drawing', async () => {
    await page.render(canvasUpdateFor(sample(LARGEST), 1));
    await page.page.click('#persona-filter summary');
    const boxes = page.page.locator('#persona-filter input[type=checkbox]');
    assert.ok((await boxes.count()) >= 2, 'one checkbox per persona');
    let before = (await page.record()).posted.length;
    await boxes.nth(0).uncheck();
    const filtered = (await page.waitForPosted(
      (message, index) => index >= before && message.type === 'viewOptions',
    )) as ViewOptionsMessage;
    assert.equal(filtered.options.personas?.length, (await boxes.count()) - 1);
    const redrawn = await page.render(canvasUpdateFor(sample(LARGEST), 2, { personas: filtered.options.personas }));
    assert.equal(redrawn.error, undefined);

    await page.page.click('#lane-filter summary');
    before = (await page.record()).posted.length;
    await page.page.locator('#lane-filter input[value="metrics"]').uncheck();
    const lanes = (await page.waitForPosted(
      (message, index) => index >= before && message.type === 'viewOptions',
    )) as ViewOptionsMessage;
    assert.deepEqual(lanes.options.hiddenLanes, ['metrics']);
    await page.render(canvasUpdateFor(sample(LARGEST), 3, { hiddenLanes: ['metrics'] }));
    assert.equal(
      await page.page.locator('#canvas svg.canvas-main g[data-kind="metric"]').count(),
      0,
      'no metric is drawn once the lane is hidden',
    );
  });

  it('asks for the canvas in the new colours when VS Code switches theme', async () => {
    await page.render(canvasUpdateFor(sample(LARGEST), 1));
    const before = (await page.record()).posted.length;
    await page.page.evaluate(() => document.body.classList.replace('vscode-light', 'vscode-dark'));
    const dark = (await page.waitForPosted(
      (message, index) => index >= before && message.type === 'viewOptions',
    )) as ViewOptionsMessage;
    assert.equal(dark.options.theme, 'dark');
    const report = await page.render(canvasUpdateFor(sample(LARGEST), 2, { theme: 'dark' }));
    assert.equal(report.error, undefined);
  });

  it('keeps the last good map under a banner while the file is invalid, and skips unchanged drawings', async () => {
    const good = canvasUpdateFor(sample(LARGEST), 1);
    await page.render(good);
    const broken = canvasUpdateFor(`${sample(LARGEST)}\n  - [unclosed\n`, 2);
    assert.equal(broken.canvasInput, undefined);
    await page.render(broken);
    const shown = await page.page.evaluate(() => ({
      elements: document.querySelectorAll('#canvas svg.canvas-main [data-id]').length,
      banner: document.getElementById('banner')!.textContent ?? '',
      hidden: document.getElementById('banner')!.hidden,
    }));
    assert.ok(shown.elements > 0, 'the last good map stays');
    assert.equal(shown.hidden, false);
    assert.match(shown.banner, /last valid diagram/);
    const same = await page.render({ ...good, version: 3 });
    assert.equal(same.unchanged, true, 'the same drawing is not redrawn');
    assert.equal(await page.page.evaluate(() => document.getElementById('banner')!.hidden), true);
  });

  it("draws the language server's patch of the canvas input, and asks for it whole without the base", async () => {
    // The server's own watches make the updates, as they would push them to the extension.
    const pushes: PreviewModelPush[] = [];
    const watches = new PreviewWatches((push) => pushes.push(push));
    const text = sample(LARGEST);
    const options = { ...DEFAULT_VIEW_OPTIONS, view: 'map' as const };
    const analysis = (map: string) => analyzeJourney(map, { today: '2026-11-01' });
    const first = watches.answer({
      uri: TEST_MAP_URI,
      version: 1,
      fileName: 'test.journey.yaml',
      analysis: analysis(text),
      options,
      watchId: 'page',
    });
    await page.render(first.message);
    const name = /\n {8}name: (.+)\n/.exec(text)![1]!;
    const renamed = text.replace(`name: ${name}`, 'name: Patched');
    watches.analysed(TEST_MAP_URI, 2, analysis(renamed));
    const patch = pushes[0]!.message;
    assert.ok(patch.canvasInput?.parts && patch.canvasInput.text === undefined, 'sent as a patch');
    const report = await page.render(patch);
    assert.equal(report.error, undefined);
    const shown = await page.page.evaluate(() => document.querySelector('#canvas svg.canvas-main')!.textContent!);
    assert.match(shown, /Patched/);
    // A patch of an input this page never had: it draws nothing and asks for the input whole.
    const before = (await page.record()).posted.length;
    await page.post({ ...patch, version: 3, canvasInput: { ...patch.canvasInput!, base: 'not-what-the-page-has' } });
    const asked = await page.waitForPosted((message, index) => index >= before && message.type === 'needDrawing');
    assert.deepEqual(asked, { type: 'needDrawing', uri: TEST_MAP_URI });
    assert.match(
      await page.page.evaluate(() => document.querySelector('#canvas svg.canvas-main')!.textContent!),
      /Patched/,
      'the drawing stays',
    );
  });

  it('keeps its drawing for an update the language server marked unchanged (no canvas sent)', async () => {
    const good = canvasUpdateFor(sample(LARGEST), 10);
    await page.render(good);
    const { canvasInput: _canvasInput, ...rest } = good;
    const report = await page.render({ ...rest, version: 11, unchanged: true });
    assert.equal(report.unchanged, true, 'not redrawn');
    assert.equal(report.version, 11, 'retagged with the new version');
    assert.ok(report.taskCount > 0, 'the same elements are on screen');
    assert.ok(
      (await page.page.evaluate(() => document.querySelectorAll('#canvas svg.canvas-main [data-id]').length)) > 0,
    );
  });

  it('keeps the stage headers and lane names in view while scrolling', async () => {
    await page.close();
    page = await PreviewPage.open(browser, server, { view: 'map', width: 600, height: 800 });
    const update = canvasUpdateFor(sample(LARGEST), 1);
    await page.render(update);
    await page.page.evaluate(() => {
      const canvas = document.getElementById('canvas')!;
      canvas.scrollTop = 900;
      canvas.scrollLeft = 900;
    });
    const placed = await page.page.evaluate(() => {
      const canvas = document.getElementById('canvas')!.getBoundingClientRect();
      const top = document.querySelector('.canvas-top')!.getBoundingClientRect();
      const left = document.querySelector('.canvas-left')!.getBoundingClientRect();
      return { canvasTop: canvas.top, canvasLeft: canvas.left, top: top.top, left: left.left };
    });
    assert.ok(Math.abs(placed.top - placed.canvasTop) <= 1, 'the stage headers stick to the top');
    assert.ok(Math.abs(placed.left - placed.canvasLeft) <= 1, 'the lane names stick to the left');
    await page.page.click('#zoom-out');
    assert.equal(await page.page.textContent('#zoom-level'), '80%');
    const width = await page.page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('#canvas svg.canvas-main')!).width),
    );
    assert.ok(Math.abs(width - drawnCanvasOf(update)!.canvas.width * 0.8) <= 2, `zoomed width ${width}`);
    await page.page.click('#zoom-fit');
    const fitted = await page.page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('#canvas svg.canvas-main')!).width),
    );
    assert.ok(fitted <= 600, `fit makes the canvas as wide as the panel (${fitted})`);
    // The zoom level is the way back to 100 % (the steps from a Fit never land on it exactly).
    await page.page.click('#zoom-level');
    assert.equal(await page.page.textContent('#zoom-level'), '100%');
    // At 100 %, a whole stage reads in the 600 px panel: the first stage header lies inside it.
    await page.page.evaluate(() => (document.getElementById('canvas')!.scrollLeft = 0));
    const stage = await page.page.evaluate(() => {
      const canvas = document.getElementById('canvas')!.getBoundingClientRect();
      const header = document.querySelector('#canvas svg.canvas-main g[data-kind="stage"]')!.getBoundingClientRect();
      return { right: header.right, panelRight: canvas.right };
    });
    assert.ok(
      stage.right <= stage.panelRight,
      `the first stage ends at ${stage.right} px, the panel at ${stage.panelRight}`,
    );
  });

  it('measures the canvas render time at 13, 50, 200 and 1,000 touchpoints', async () => {
    const figures: string[] = [];
    let version = 0;
    for (const count of [13, 50, 200, 1000]) {
      const text = generatedMap(count);
      const started = performance.now();
      const update = canvasUpdateFor(text, ++version);
      const modelMs = performance.now() - started;
      const report = await page.render(update, 90_000);
      assert.equal(report.error, undefined);
      figures.push(
        `${count} touchpoints: webview ${report.renderMs} ms, analysis + canvas input in Node ${modelMs.toFixed(0)} ms (input ${(update.canvasInput!.text!.length / 1024).toFixed(0)} KB, SVG ${(report.svgLength / 1024).toFixed(0)} KB)`,
      );
    }
    console.log(`      [measure] canvas render in the webview: ${figures.join('; ')}`);
  });
});
