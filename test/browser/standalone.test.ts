/**
 * dist/webview/standalone.js, the renderer the CLI loads in headless Chromium: same
 * Mermaid config and label wrapping as the preview, output a self-contained SVG file.
 */
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { toMermaid } from '../../src/core/mermaid/index';
import { analyzeJourney } from '../../src/core/index';
import { assertBuilt, fixture, launchChromium, PreviewServer } from './support/previewHarness';

describe('standalone renderer: globalThis.renderJourneyDiagram (real Chromium)', function () {
  this.timeout(60_000);
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  const journey = analyzeJourney(fixture('twelve-touchpoints.journey.yaml')).journey;

  before(async () => {
    assertBuilt();
    assert.ok(journey, 'the fixture is a valid map');
    server = await PreviewServer.start();
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(`${server.origin}/standalone.html`);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const render = (text: string, theme: string) =>
    page.evaluate(
      ([mermaidText, chosen]) =>
        (
          globalThis as unknown as { renderJourneyDiagram(t: string, o: { theme: string }): Promise<string> }
        ).renderJourneyDiagram(mermaidText!, { theme: chosen! }),
      [text, theme],
    );

  it('returns a self-contained SVG with wrapped labels, like the preview', async () => {
    const svg = await render(toMermaid(journey!).text, 'light');
    assert.match(svg, /^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(
      svg,
      /<rect[^>]*fill="#ffffff"[^>]*class="journey-map-background"|class="journey-map-background"[^>]*fill="#ffffff"/,
    );
    const facts = await page.evaluate((markup) => {
      const document = new DOMParser().parseFromString(markup, 'image/svg+xml');
      const tasks = Array.from(document.querySelectorAll('text.journey-task-label'));
      return {
        wellFormed: document.querySelector('parsererror') === null,
        taskCount: document.querySelectorAll('rect.task').length,
        maxLines: Math.max(...tasks.map((text) => text.querySelectorAll('tspan').length)),
        labels: tasks.map((text) =>
          Array.from(text.querySelectorAll('tspan'))
            .map((tspan) => tspan.textContent)
            .join(' '),
        ),
        leftovers: document.querySelectorAll('[data-task-index], .diagram-staging').length,
      };
    }, svg);
    assert.ok(facts.wellFormed);
    assert.equal(facts.taskCount, 12);
    assert.ok(facts.maxLines >= 3, 'the long label is wrapped');
    assert.ok(
      facts.labels.includes('Sees a sponsored post about same-day delivery in her social feed while commuting home'),
    );
    assert.equal(await page.evaluate(() => document.body.children.length), 1, 'the scratch host is removed afterwards');
  });

  it('crops to the drawing: no blank band beyond the last task, the whole drawing inside the viewBox', async () => {
    const svg = await render(toMermaid(journey!).text, 'light');
    const fit = await page.evaluate((markup) => {
      const host = document.createElement('div');
      host.innerHTML = markup; // our own renderer's output, measured in a live document
      document.body.appendChild(host);
      const element = host.querySelector('svg')!;
      const viewBox = element.viewBox.baseVal;
      const drawing = Array.from(element.querySelectorAll(':scope > g, :scope > text, :scope > line')).map((node) =>
        (node as SVGGraphicsElement).getBBox(),
      );
      host.remove();
      const right = Math.max(...drawing.map((box) => box.x + box.width));
      const bottom = Math.max(...drawing.map((box) => box.y + box.height));
      return {
        viewRight: viewBox.x + viewBox.width,
        viewBottom: viewBox.y + viewBox.height,
        right,
        bottom,
        width: Number(element.getAttribute('width')),
        viewWidth: viewBox.width,
      };
    }, svg);
    assert.ok(
      fit.right <= fit.viewRight && fit.bottom <= fit.viewBottom,
      `drawing ${fit.right}×${fit.bottom} exceeds the viewBox ${fit.viewRight}×${fit.viewBottom}`,
    );
    assert.ok(fit.viewRight - fit.right <= 40, `a blank band of ${fit.viewRight - fit.right} units on the right`);
    assert.equal(fit.width, fit.viewWidth, 'the size matches the viewBox, so nothing is left unpainted');
  });

  it('paints the dark background for the dark theme and rejects what is not a diagram', async () => {
    const dark = await render(toMermaid(journey!).text, 'dark');
    assert.match(dark, /fill="#1e1e1e"/);
    const unknownTheme = await render(toMermaid(journey!).text, '"><script>');
    assert.match(unknownTheme, /fill="#ffffff"/, 'an unknown theme falls back to light');
    await assert.rejects(render('journey\n  section A\n    task without score\n', 'light'));
  });
});
