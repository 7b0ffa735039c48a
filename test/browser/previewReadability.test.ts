/**
 * Readability of the preview in a panel-sized window: Mermaid's default journey shrinks
 * to the panel width (a 12-task map becomes tiny text) and clips long labels. The preview
 * must keep text legible at its default zoom and wrap long labels inside their boxes.
 */
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { assertBuilt, fixture, launchChromium, PreviewPage, PreviewServer, updateFor } from './support/previewHarness';

const LONG_LABEL = 'Sees a sponsored post about same-day delivery in her social feed while commuting home';

describe('preview webview: readability of a 12-task map (real Chromium)', function () {
  this.timeout(60_000);
  let server: PreviewServer;
  let browser: Browser;
  let page: PreviewPage;

  before(async () => {
    assertBuilt();
    server = await PreviewServer.start();
    browser = await launchChromium();
    page = await PreviewPage.open(browser, server, { width: 700, height: 700 });
    const report = await page.render(updateFor(fixture('twelve-touchpoints.journey.yaml')));
    assert.equal(report.error, undefined);
    assert.equal(report.taskCount, 12);
  });
  after(async () => {
    await page?.close();
    await browser?.close();
    await server?.close();
  });

  it('draws task labels at a legible size at the default zoom (no shrinking to the panel width)', async () => {
    const sizes = await page.page.evaluate(() => {
      const svg = document.querySelector('#diagram svg') as SVGSVGElement;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return Array.from(svg.querySelectorAll('text.journey-task-label')).map(
        (text) => parseFloat(getComputedStyle(text).fontSize) * scale,
      );
    });
    assert.equal(sizes.length, 12);
    for (const size of sizes) assert.ok(size >= 12, `task label drawn at ${size.toFixed(1)} px`);
    const scrolls = await page.page.evaluate(() => {
      const diagram = document.getElementById('diagram')!;
      return diagram.scrollWidth > diagram.clientWidth;
    });
    assert.ok(scrolls, 'a diagram wider than the panel scrolls instead of shrinking');
  });

  it('wraps a long label onto several lines inside its task box, without cutting it', async () => {
    const layout = await page.page.evaluate((label) => {
      const groups = Array.from(document.querySelectorAll('#diagram [data-task-index]'));
      const group = groups.find((candidate) =>
        (candidate.querySelector('text')?.textContent ?? '')
          .replace(/\s+/g, '')
          .startsWith(label.replace(/\s+/g, '').slice(0, 20)),
      )!;
      const rect = group.querySelector('rect.task')!.getBoundingClientRect();
      const lines = Array.from(group.querySelectorAll('text.journey-task-label tspan')).map((tspan) => {
        const box = (tspan as SVGTSpanElement).getBoundingClientRect();
        return { text: tspan.textContent ?? '', left: box.left, right: box.right, top: box.top, bottom: box.bottom };
      });
      return {
        rect: { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom },
        lines,
        hasTooltip: group.querySelector(':scope > title') !== null,
      };
    }, LONG_LABEL);
    assert.ok(layout.lines.length >= 3, `expected the long label on several lines, got ${layout.lines.length}`);
    assert.equal(layout.lines.map((line) => line.text).join(' '), LONG_LABEL, 'every word is shown, in order');
    assert.equal(layout.hasTooltip, false, 'not truncated');
    for (const line of layout.lines) {
      assert.ok(
        line.left >= layout.rect.left - 0.5 && line.right <= layout.rect.right + 0.5,
        `"${line.text}" stays within the box horizontally`,
      );
      assert.ok(
        line.top >= layout.rect.top - 0.5 && line.bottom <= layout.rect.bottom + 0.5,
        `"${line.text}" stays within the box vertically`,
      );
    }
  });

  it('zooms in, out and to fit with the toolbar buttons', async () => {
    const width = () =>
      page.page.evaluate(() => (document.querySelector('#diagram svg') as SVGSVGElement).getBoundingClientRect().width);
    const initial = await width();
    await page.page.click('#zoom-in');
    const zoomedIn = await width();
    assert.ok(zoomedIn > initial * 1.2, `zoom in: ${initial} → ${zoomedIn}`);
    await page.page.click('#zoom-out');
    await page.page.click('#zoom-out');
    assert.ok((await width()) < initial, 'zoom out');
    await page.page.click('#zoom-fit');
    const fitted = await page.page.evaluate(() => {
      const diagram = document.getElementById('diagram')!;
      return {
        svg: (document.querySelector('#diagram svg') as SVGSVGElement).getBoundingClientRect().width,
        panel: diagram.clientWidth,
        label: document.getElementById('zoom-level')!.textContent,
      };
    });
    assert.ok(fitted.svg <= fitted.panel, `fit: ${fitted.svg} px within ${fitted.panel} px`);
    assert.match(fitted.label ?? '', /^\d+%$/);
  });
});
