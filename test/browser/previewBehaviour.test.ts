/**
 * The preview page's behaviour in real Chromium, driven with the messages the extension
 * sends: invalid maps, stale and rapid updates, theme changes, editor sync and exports.
 */
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { drawnCanvasOf } from '../../src/shared/previewCanvas';
import type { ExportImageResult, UpdateMessage } from '../../src/shared/previewProtocol';
import {
  assertBuilt,
  fixture,
  launchChromium,
  PreviewPage,
  PreviewServer,
  TEST_MAP_URI,
  updateFor,
  viewUpdateFor,
} from './support/previewHarness';

function mapWithTasks(count: number, title = 'Counting'): string {
  const touchpoints = Array.from(
    { length: count },
    (_, index) => `      - id: t${index}\n        name: Task ${index}\n        emotion: ${1 + (index % 5)}\n`,
  ).join('');
  return `journey: ${title}\nstages:\n  - id: s\n    name: Stage\n    touchpoints:\n${touchpoints}`;
}

/** Map order Rina, Budi, Ayu (palette slots 0, 1, 2); every touchpoint names its personas. */
function threePersonas(order: readonly string[] = ['rina', 'budi', 'ayu']): string {
  const names: Record<string, string> = { rina: 'Rina', budi: 'Budi', ayu: 'Ayu' };
  const personas = order.map((id) => `  - id: ${id}\n    name: ${names[id]}\n`).join('');
  return (
    `journey: Colours\npersonas:\n${personas}stages:\n  - id: s\n    name: S\n    touchpoints:\n` +
    '      - id: t\n        name: T\n        personas: [rina, budi, ayu]\n        emotion: { rina: 4, budi: 2, ayu: 3 }\n'
  );
}

/** Legend name → its circle's fill, in the diagram on screen. */
const legendColours = (page: PreviewPage) =>
  page.page.evaluate(() =>
    Object.fromEntries(
      Array.from(document.querySelectorAll('#diagram svg > text.legend')).map((label) => [
        (label.textContent ?? '').trim(),
        label.previousElementSibling?.getAttribute('fill') ?? '',
      ]),
    ),
  );

const taskCount = (page: PreviewPage) =>
  page.page.evaluate(() => document.querySelectorAll('#diagram [data-task-index]').length);

describe('preview webview: behaviour (real Chromium)', function () {
  this.timeout(60_000);
  let server: PreviewServer;
  let browser: Browser;
  let page: PreviewPage;

  before(async () => {
    assertBuilt();
    server = await PreviewServer.start();
    browser = await launchChromium();
  });
  beforeEach(async () => {
    page = await PreviewPage.open(browser, server);
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

  it('keeps the last good diagram and names the first error with line:column when the map breaks', async () => {
    await page.render(updateFor(mapWithTasks(3), 1));
    const broken = updateFor(`${mapWithTasks(3)}      - id: [unclosed\n`, 2);
    assert.equal(broken.diagram, undefined);
    await page.render(broken);
    const shown = await page.page.evaluate(() => ({
      banner: document.getElementById('banner')!,
      tasks: document.querySelectorAll('#diagram [data-task-index]').length,
    }));
    assert.equal(shown.tasks, 3, 'the last good diagram stays');
    const banner = await page.page.evaluate(() => ({
      text: document.getElementById('banner')!.textContent,
      hidden: document.getElementById('banner')!.hidden,
    }));
    assert.equal(banner.hidden, false);
    assert.match(
      banner.text ?? '',
      new RegExp(`^test\\.journey\\.yaml:${broken.banner!.line}:${broken.banner!.column} ${broken.banner!.code}: `),
    );
    assert.match(banner.text ?? '', /last valid diagram/);

    await page.render(updateFor(mapWithTasks(4), 3));
    assert.equal(await taskCount(page), 4);
    assert.equal(
      await page.page.evaluate(() => document.getElementById('banner')!.hidden),
      true,
      'banner cleared once the map is valid again',
    );
  });

  it('ignores an update older than the one shown', async () => {
    await page.render(updateFor(mapWithTasks(5), 5));
    await page.post(updateFor(mapWithTasks(2), 4));
    await page.render(updateFor(mapWithTasks(5), 6)); // a later update proves the stale one was processed first
    const reports = (await page.record()).posted.filter((message) => message.type === 'rendered');
    assert.deepEqual(
      reports.map((report) => (report as { version: number }).version),
      [5, 6],
    );
    assert.equal(await taskCount(page), 5);
  });

  it('drops superseded renders when updates arrive faster than Mermaid draws', async () => {
    const updates: UpdateMessage[] = Array.from({ length: 8 }, (_, index) =>
      updateFor(mapWithTasks(index + 1), index + 1),
    );
    // All in one task of the page's event loop, as a burst of keystrokes would arrive.
    await page.page.evaluate(
      (messages: unknown[]) => messages.forEach((message) => window.postMessage(message, '*')),
      updates as unknown[],
    );
    await page.waitForPosted((message) => message.type === 'rendered' && message.version === 8);
    assert.equal(await taskCount(page), 8, 'the newest version is on screen');
    const reports = (await page.record()).posted.filter((message) => message.type === 'rendered');
    assert.ok(reports.length < 8, `some of the 8 renders were dropped (${reports.length} reported)`);
  });

  it('redraws in the dark and high-contrast themes when VS Code switches the body class', async () => {
    await page.render(updateFor(mapWithTasks(2), 1));
    const lightFill = await page.page.evaluate(
      () => getComputedStyle(document.querySelector('#diagram text.journey-task-label')!).fill,
    );
    await page.page.evaluate(() => document.body.classList.replace('vscode-light', 'vscode-dark'));
    const report = await page.waitForPosted((message) => message.type === 'rendered' && message.theme === 'dark');
    assert.equal((report as { taskCount: number }).taskCount, 2);
    const darkFill = await page.page.evaluate(
      () => getComputedStyle(document.querySelector('#diagram text.journey-task-label')!).fill,
    );
    assert.notEqual(darkFill, lightFill, 'labels take the dark theme text colour');
    await page.page.evaluate(() => document.body.classList.replace('vscode-dark', 'vscode-high-contrast'));
    await page.waitForPosted((message) => message.type === 'rendered' && message.theme === 'high-contrast');
    const border = await page.page.evaluate(
      () => getComputedStyle(document.querySelector('#diagram rect.task')!).strokeWidth,
    );
    assert.equal(border, '2px', 'high contrast draws heavier task borders');
  });

  it('reports a click on a task and highlights the task under the cursor', async () => {
    const update = updateFor(fixture('twelve-touchpoints.journey.yaml'), 1);
    await page.render(update);
    await page.page.locator('#diagram [data-task-index="3"]').click();
    const reveal = await page.waitForPosted((message) => message.type === 'revealTask');
    assert.deepEqual(reveal, { type: 'revealTask', uri: TEST_MAP_URI, version: 1, taskIndex: 3 });
    await page.post({ type: 'highlightTask', uri: TEST_MAP_URI, version: 1, taskIndex: 7 });
    await page.page.waitForSelector('#diagram [data-task-index="7"].task-highlighted');
    assert.equal(await page.page.evaluate(() => document.querySelectorAll('.task-highlighted').length), 1);
    await page.post({ type: 'highlightTask', uri: 'file:///other.journey.yaml', version: 1, taskIndex: 2 });
    await page.post({ type: 'highlightTask', uri: TEST_MAP_URI, version: 1, taskIndex: null });
    await page.page.waitForFunction(() => document.querySelectorAll('.task-highlighted').length === 0);
  });

  it('exports the drawn diagram as a standalone SVG and as a 2× PNG', async () => {
    await page.render(updateFor(fixture('twelve-touchpoints.journey.yaml'), 1));
    await page.post({ type: 'exportImage', uri: TEST_MAP_URI, requestId: 1, format: 'svg', scale: 1 });
    const svg = (await page.waitForPosted(
      (message) => message.type === 'exportResult' && message.requestId === 1,
    )) as ExportImageResult;
    assert.ok(svg.ok, !svg.ok ? svg.error : '');
    assert.match(svg.data, /^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg.data, /<style>/);
    assert.match(svg.data, /class="journey-map-background"/);
    assert.ok(svg.data.includes('Receives the parcel'));
    assert.ok(!svg.data.includes('task-highlighted'));
    const parsed = await page.page.evaluate(
      (markup) => new DOMParser().parseFromString(markup, 'image/svg+xml').querySelector('parsererror') === null,
      svg.data,
    );
    assert.ok(parsed, 'the SVG is well-formed XML');

    await page.post({ type: 'exportImage', uri: TEST_MAP_URI, requestId: 2, format: 'png', scale: 2 });
    const png = (await page.waitForPosted(
      (message) => message.type === 'exportResult' && message.requestId === 2,
    )) as ExportImageResult;
    assert.ok(png.ok, !png.ok ? png.error : '');
    const bytes = Buffer.from(png.data, 'base64');
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    assert.ok(Math.abs(width - svg.width * 2) <= 2, `PNG width ${width} is twice the SVG's ${svg.width}`);
    assert.ok(Math.abs(height - svg.height * 2) <= 2, `PNG height ${height} is twice the SVG's ${svg.height}`);
    assert.ok(width > 2000 && height > 800, `${width}×${height}`);
  });

  it('draws each persona in its canvas colour, in the combined and in a one-persona diagram', async () => {
    const canvas = drawnCanvasOf(viewUpdateFor(threePersonas(), { view: 'map' }))!.canvas.svg;
    const onCanvas = (slot: number) =>
      new RegExp(`data-id="curve:${slot}"[^>]*><(?:polyline|circle)[^>]*(?:stroke|fill)="(#[0-9a-f]{6})"`).exec(
        canvas,
      )?.[1];
    await page.render(updateFor(threePersonas(), 1));
    const combined = await legendColours(page);
    ['Rina', 'Budi', 'Ayu'].forEach((name, slot) =>
      assert.equal(combined[name], onCanvas(slot), `${name}: the diagram uses the canvas's colour`),
    );
    await page.render(viewUpdateFor(threePersonas(), { view: 'mermaid', personas: ['budi'] }, 2));
    assert.deepEqual(await legendColours(page), { Budi: onCanvas(1) });
    // Reordering the personas keeps the Mermaid text (touchpoints name them) but moves their slots: redrawn.
    const reordered = updateFor(threePersonas(['ayu', 'rina', 'budi']), 3);
    assert.equal(reordered.diagram?.text, updateFor(threePersonas(), 4).diagram?.text);
    await page.render(updateFor(threePersonas(), 4));
    await page.render({ ...reordered, version: 5 });
    assert.equal((await legendColours(page)).Ayu, onCanvas(0), 'Ayu now has the first slot');
  });

  it('ignores malformed messages and keeps working', async () => {
    for (const garbage of [
      null,
      42,
      'update',
      { type: 'update' },
      { type: 'update', uri: TEST_MAP_URI, version: -1, fileName: 'x' },
      { type: 'update', uri: TEST_MAP_URI, version: 1, fileName: 'x', diagram: { text: 'journey', tasks: 'no' } },
      { type: 'exportImage', uri: TEST_MAP_URI, requestId: 1, format: 'gif', scale: 1 },
      { type: '__proto__' },
    ]) {
      await page.page.evaluate((data) => window.postMessage(data, '*'), garbage as never);
    }
    const report = await page.render(updateFor(mapWithTasks(2), 1));
    assert.equal(report.taskCount, 2);
    const posted = (await page.record()).posted.map((message) => message.type);
    assert.deepEqual(posted, ['ready', 'rendered']);
  });

  it('persists its zoom for the serializer to restore after a reload', async () => {
    await page.render(updateFor(mapWithTasks(3), 1));
    await page.page.click('#zoom-in');
    const state = await page.page.evaluate(() =>
      (window as unknown as { acquireVsCodeApi: () => { getState(): unknown } }).acquireVsCodeApi().getState(),
    );
    assert.deepEqual(Object.keys(state as object).sort(), ['options', 'scrollLeft', 'scrollTop', 'uri', 'zoom']);
    assert.deepEqual((state as { options: unknown }).options, {
      view: 'mermaid',
      theme: 'light',
      personas: null,
      hiddenLanes: [],
    });
    assert.equal((state as { uri: string }).uri, TEST_MAP_URI);
    assert.equal((state as { zoom: number }).zoom, 1.25);
  });

  it('says so, and asks the extension for a fresh page, when Mermaid cannot be loaded', async () => {
    await page.close();
    page = await PreviewPage.open(browser, server, { missingMermaid: true });
    page.consoleErrors.length = 0;
    const report = await page.render(updateFor(mapWithTasks(2), 1));
    assert.equal(report.mermaidUnavailable, true);
    assert.equal(report.taskCount, 0);
    const banner = await page.page.evaluate(() => ({
      text: document.getElementById('banner')!.textContent ?? '',
      hidden: document.getElementById('banner')!.hidden,
    }));
    assert.equal(banner.hidden, false);
    assert.match(banner.text, /Mermaid could not be loaded/);
  });
});
