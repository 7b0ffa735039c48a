/**
 * Hostile text in every text field of a map, rendered through the real preview page
 * under the production CSP in real Chromium: nothing may execute, no CSP violation may
 * occur (an injected inline script or handler would cause one), and the text must show
 * literally in the diagram and the summary.
 */
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { stringify } from 'yaml';
import type { ExportImageResult } from '../../src/shared/previewProtocol';
import { drawnCanvasOf } from '../../src/shared/previewCanvas';
import {
  assertBuilt,
  canvasUpdateFor,
  launchChromium,
  PreviewPage,
  PreviewServer,
  TEST_MAP_URI,
  updateFor,
} from './support/previewHarness';

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '<a href="javascript:window.__xss=3">javascript:window.__xss=3</a>',
  '</style><style>*{display:none!important}</style>',
  '"><svg onload="window.__xss=5">',
  '<iframe srcdoc="<script>parent.__xss=6</script>"></iframe>',
  '%%{init: {"securityLevel": "loose"}}%% <b onmouseover="window.__xss=7">x</b>',
  '#58; #35; ; : , <style>@import "http://127.0.0.1:9/evil.css";</style>',
  "' onfocus='window.__xss=9' autofocus x='",
  'javascript:window.__xss=10',
];

/** Each field gets the next payload, tagged so a test can tell which one went where. */
function hostileMap(): {
  text: string;
  taskLabels: string[];
  stageNames: string[];
  title: string;
  metricLabels: string[];
  personaNames: string[];
} {
  let counter = 0;
  const hostile = () => `F${++counter} ${PAYLOADS[counter % PAYLOADS.length]}`;
  const title = hostile();
  const taskLabels: string[] = [];
  const stageNames: string[] = [];
  const metricLabels: string[] = [];
  const stages = ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'].map((kind, stageIndex) => {
    const name = hostile();
    stageNames.push(name);
    return {
      id: `s${stageIndex}`,
      name,
      kind,
      description: hostile(),
      customerGoal: hostile(),
      businessGoal: hostile(),
      touchpoints: [0, 1].map((touchpointIndex) => {
        const label = hostile();
        taskLabels.push(label);
        const metricLabel = hostile();
        metricLabels.push(metricLabel);
        return {
          id: `t${stageIndex}-${touchpointIndex}`,
          name: label,
          channel: touchpointIndex === 0 ? 'website' : 'store',
          action: hostile(),
          owner: hostile(),
          personas: ['p1'],
          emotion: 1 + ((stageIndex + touchpointIndex) % 5),
          painPoints: [{ id: `pp${stageIndex}-${touchpointIndex}`, description: hostile() }],
          opportunities: [
            { description: hostile(), addresses: [`pp${stageIndex}-${touchpointIndex}`], owner: hostile() },
          ],
          metrics: [{ type: 'csat', label: metricLabel, value: 70, target: 80, period: hostile() }],
        };
      }),
    };
  });
  const journey = {
    journey: title,
    description: hostile(),
    owner: hostile(),
    reviewed: '2026-10-01',
    personas: [
      { id: 'p1', name: hostile(), description: hostile(), goals: [hostile()], needs: [hostile()] },
      // Long enough for Mermaid to hard-wrap it in the legend, splitting its entity escapes.
      { id: 'p2', name: `${hostile()} ${'</script><b>&amp;#60;'.repeat(6)}` },
    ],
    stages,
  };
  stages[0]!.touchpoints[0]!.personas = ['p1', 'p2'];
  const personaNames = journey.personas.map((persona) => persona.name);
  return { text: stringify(journey), taskLabels, stageNames, title, metricLabels, personaNames };
}

const squash = (text: string) => text.replace(/\s+/g, '');

function assertShownLiterally(what: string, texts: string[], titles: (string | null)[], expected: string[]): void {
  assert.equal(texts.length, expected.length, `${what} count`);
  texts.forEach((text, index) => {
    const label = expected[index] ?? '';
    if (text.endsWith('…')) {
      assert.ok(
        squash(label).startsWith(squash(text.slice(0, -1))),
        `${what} ${index}: shown text is a prefix of the label`,
      );
      assert.equal(titles[index], label, `${what} ${index}: the full label is in the tooltip`);
    } else {
      assert.equal(squash(text), squash(label), `${what} ${index} shown literally`);
    }
  });
}

describe('preview webview: XSS payloads in every text field (real Chromium, production CSP)', function () {
  this.timeout(60_000);
  let server: PreviewServer;
  let browser: Browser;

  before(async () => {
    assertBuilt();
    server = await PreviewServer.start();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders the hostile map without executing anything and shows every label literally', async () => {
    const map = hostileMap();
    const update = updateFor(map.text);
    assert.ok(update.diagram, `the hostile map must be valid (banner: ${update.banner?.message})`);
    const page = await PreviewPage.open(browser, server);
    try {
      const report = await page.render(update);
      assert.equal(report.error, undefined, `Mermaid failed: ${report.error}`);
      assert.equal(report.taskCount, map.taskLabels.length);

      // Hover, click and focus every task: handlers injected anywhere would fire now.
      const tasks = page.page.locator('#diagram [data-task-index]');
      for (let index = 0; index < (await tasks.count()); index++) {
        await tasks.nth(index).hover();
        await tasks.nth(index).focus();
      }
      await page.settled();

      const shown = await page.page.evaluate(() => {
        const groups = Array.from(document.querySelectorAll('#diagram [data-task-index]'));
        return {
          taskTexts: groups.map((group) =>
            Array.from(group.querySelectorAll('text'))
              .map((text) => text.textContent ?? '')
              .join(' '),
          ),
          taskTitles: groups.map((group) => group.querySelector(':scope > title')?.textContent ?? null),
          sectionTexts: Array.from(document.querySelectorAll('#diagram text.journey-section-label')).map(
            (text) => text.textContent ?? '',
          ),
          sectionTitles: Array.from(document.querySelectorAll('#diagram text.journey-section-label')).map(
            (text) => text.parentElement?.querySelector(':scope > title')?.textContent ?? null,
          ),
          svgText: document.querySelector('#diagram svg')?.textContent ?? '',
          summaryTitle: document.querySelector('#summary h2')?.textContent ?? '',
          summaryText: document.querySelector('#summary')?.textContent ?? '',
          scripts: document.querySelectorAll('script').length,
          injected: document.querySelectorAll(
            'img, iframe, object, embed, a[href], foreignObject, body > style, #summary style, [onerror], [onload], [onmouseover], [onfocus]',
          ).length,
          svgStyles: document.querySelectorAll('#diagram svg style').length,
          summaryVisible: getComputedStyle(document.getElementById('summary')!).display !== 'none',
          diagramVisible: getComputedStyle(document.querySelector('#diagram svg')!).display !== 'none',
        };
      });
      const record = await page.record();

      assert.deepEqual(record.xss, [], 'no payload may run');
      assert.deepEqual(page.dialogs, [], 'no dialog may open');
      assert.deepEqual(record.cspViolations, [], 'nothing may even try to run or load outside the CSP');
      assert.deepEqual(page.pageErrors, []);
      assert.equal(shown.scripts, 1, 'only the nonce-bearing preview script');
      assert.equal(shown.injected, 0, 'no element or handler from the payloads in the DOM');
      assert.equal(shown.svgStyles, 1, "only Mermaid's own <style>");
      assert.ok(shown.summaryVisible && shown.diagramVisible, 'CSS injection must not hide the page');

      // Wrapping only adds line breaks; a label too long for the tallest box ends in "…"
      // and carries its full text in a <title> tooltip.
      assertShownLiterally('task', shown.taskTexts, shown.taskTitles, map.taskLabels);
      assertShownLiterally('stage', shown.sectionTexts, shown.sectionTitles, map.stageNames);
      assert.ok(squash(shown.svgText).includes(squash(map.title)), 'title shown literally in the SVG');
      assert.equal(shown.summaryTitle, map.title, 'title shown literally in the summary');
      for (const label of map.metricLabels)
        assert.ok(shown.summaryText.includes(label), `metric label shown literally: ${label}`);
    } finally {
      await page.close();
    }
  });

  it('shows the legend verbatim and exports well-formed SVG, control characters made visible', async () => {
    const map = hostileMap();
    // Real control characters, through YAML's double-quoted escapes: ESC and BEL in the title and a stage.
    const withControls = map.text
      .replace(/^journey: .*$/m, 'journey: "Controls \\e[2J erase \\a bell"')
      .replace(/^( +name: ).*$/m, '$1"Stage \\e[31m red \\b back"');
    const page = await PreviewPage.open(browser, server);
    try {
      const update = updateFor(map.text);
      await page.render(update);
      const legend = await page.page.evaluate(() =>
        Array.from(document.querySelectorAll('#diagram svg > text.legend')).map((text) =>
          Array.from(text.querySelectorAll('tspan'))
            .map((tspan) => tspan.textContent ?? '')
            .join(' '),
        ),
      );
      assert.deepEqual(
        legend.map(squash).sort(),
        [...map.personaNames].map(squash).sort(),
        'every persona once, verbatim (wrapping only adds line breaks)',
      );
      await page.post({ type: 'exportImage', uri: TEST_MAP_URI, requestId: 1, format: 'svg', scale: 1 });
      const exported = (await page.waitForPosted(
        (message) => message.type === 'exportResult' && message.requestId === 1,
      )) as ExportImageResult;
      assert.ok(exported.ok, !exported.ok ? exported.error : '');
      const wellFormed = await page.page.evaluate(
        (markup) => new DOMParser().parseFromString(markup, 'image/svg+xml').querySelector('parsererror') === null,
        exported.data,
      );
      assert.ok(wellFormed, 'the exported SVG is well-formed XML');
      assert.ok(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(exported.data), 'no raw control character');

      const controls = updateFor(withControls, 2);
      assert.ok(controls.diagram, controls.banner?.message);
      const report = await page.render(controls);
      assert.equal(report.error, undefined);
      const svgText = await page.page.evaluate(() => document.querySelector('#diagram svg')?.textContent ?? '');
      assert.ok(svgText.includes('\\u001b'), 'ESC is shown as \\u001b');
      await page.post({ type: 'exportImage', uri: TEST_MAP_URI, requestId: 2, format: 'svg', scale: 1 });
      const second = (await page.waitForPosted(
        (message) => message.type === 'exportResult' && message.requestId === 2,
      )) as ExportImageResult;
      assert.ok(second.ok, !second.ok ? second.error : '');
      assert.ok(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(second.data), 'no raw control character');
    } finally {
      await page.close();
    }
  });

  it('renders the hostile map on the canvas without executing anything, every label verbatim', async () => {
    const map = hostileMap();
    const update = canvasUpdateFor(map.text);
    const canvas = drawnCanvasOf(update)?.canvas;
    assert.ok(canvas, `the hostile map must be valid (banner: ${update.banner?.message})`);
    const page = await PreviewPage.open(browser, server, { view: 'map' });
    try {
      const report = await page.render(update);
      assert.equal(report.error, undefined);
      const elements = page.page.locator('#canvas svg.canvas-main g[tabindex]');
      for (let index = 0; index < (await elements.count()); index++) {
        await elements.nth(index).hover({ force: true });
        await elements.nth(index).focus();
      }
      await page.settled();
      const shown = await page.page.evaluate(() => ({
        text: document.querySelector('#canvas svg.canvas-main')?.textContent ?? '',
        scripts: document.querySelectorAll('script').length,
        injected: document.querySelectorAll(
          'img, iframe, object, embed, a[href], foreignObject, #canvas style, [onerror], [onload], [onmouseover], [onfocus]',
        ).length,
        visible: getComputedStyle(document.querySelector('#canvas svg.canvas-main')!).display !== 'none',
      }));
      const record = await page.record();
      assert.deepEqual(record.xss, [], 'no payload may run');
      assert.deepEqual(page.dialogs, []);
      assert.deepEqual(record.cspViolations, []);
      assert.deepEqual(page.pageErrors, []);
      assert.equal(shown.scripts, 1);
      assert.equal(shown.injected, 0, 'no element or handler from the payloads in the DOM');
      assert.ok(shown.visible);
      // Each label is on the canvas verbatim: in its lines, or whole in a tooltip when cut short.
      const canvasText = squash(shown.text);
      for (const label of [map.title, ...map.stageNames, ...map.taskLabels, ...map.personaNames])
        assert.ok(canvasText.includes(squash(label)), `shown verbatim on the canvas: ${label}`);
      const wellFormed = await page.page.evaluate(
        (markup) => new DOMParser().parseFromString(markup, 'image/svg+xml').querySelector('parsererror') === null,
        canvas.svg,
      );
      assert.ok(wellFormed, "core's canvas SVG is well-formed XML");
    } finally {
      await page.close();
    }
  });

  it('shows a hostile error message in the banner as text', async () => {
    const page = await PreviewPage.open(browser, server);
    try {
      const payload = '<img src=x onerror="window.__xss=11">';
      const update = updateFor(`journey: ok\nstages:\n  - id: a\n    name: A\n    ${payload}: 1\n`);
      assert.equal(update.diagram, undefined, 'the map must be invalid');
      await page.render(update);
      const banner = await page.page.evaluate(() => ({
        text: document.getElementById('banner')?.textContent ?? '',
        hidden: document.getElementById('banner')?.hidden,
        images: document.querySelectorAll('img').length,
      }));
      const record = await page.record();
      assert.equal(banner.hidden, false);
      assert.equal(banner.images, 0);
      assert.deepEqual(record.xss, []);
      assert.deepEqual(record.cspViolations, []);
      assert.match(banner.text, /test\.journey\.yaml:5:\d+/);
    } finally {
      await page.close();
    }
  });
});
