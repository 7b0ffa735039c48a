/**
 * Issue 8, "Tests": a fixed sample of the corpora nobody on the project wrote (the Big List of
 * Naughty Strings, the vendored XSS payload list) through the real renderers, each string as the
 * title, a persona, a stage and a touchpoint: Mermaid through dist/webview/standalone.js (the
 * preview's and the CLI's pipeline) and the canvas SVG (core). For each: nothing runs, the SVG is
 * well-formed XML, and the labels read back verbatim (white space aside: labels are wrapped).
 */
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { layoutCanvas, renderCanvasSvg } from '../../src/core/canvas/index';
import { visibleText } from '../../src/core/canvas/text';
import { analyzeJourney } from '../../src/core/index';
import { displayLabel, normalizeLineBreaks, toMermaid } from '../../src/core/mermaid/index';
import { visibleControlCharacters } from '../../src/webview/render/wellFormedSvg';
import { fixedSample, naughtyStrings, xssPayloads } from '../corpus/corpora';
import { journeyWithLabels } from '../corpus/labelledJourney';
import { assertBuilt, launchChromium, PreviewServer } from './support/previewHarness';

/** What Mermaid's SVG can show for a label: line breaks normalised, what HTML cannot carry as U+FFFD, controls as \u001b. */
function mermaidShows(label: string): string {
  const html = [...normalizeLineBreaks(displayLabel(label))]
    .map((char) => {
      const code = char.codePointAt(0)!;
      return (code >= 0xd800 && code <= 0xdfff) || code === 0 || (code >= 0x80 && code <= 0x9f) ? '\ufffd' : char;
    })
    .join('');
  return visibleControlCharacters(html);
}

const squash = (text: string) => text.replace(/\s+/g, '');

interface Facts {
  wellFormed: boolean;
  /** Elements that could run code: <script>, on* attributes, javascript: links. */
  active: string[];
  /** Text of the first touchpoint's task group (label tspans and its <title>), or of the canvas card. */
  touchpoint: string;
  legend: string;
  all: string;
}

/** Parses `markup` as XML and, inserted into the live page, reports what could run and what it shows. */
async function inspect(page: Page, markup: string, kind: 'mermaid' | 'canvas'): Promise<Facts> {
  return page.evaluate(
    async ([text, which]) => {
      const parsed = new DOMParser().parseFromString(text!, 'image/svg+xml');
      const wellFormed = parsed.querySelector('parsererror') === null;
      // The riskiest way to show it: straight into the document, then a moment for handlers to fire.
      const host = document.createElement('div');
      host.innerHTML = text!;
      document.body.appendChild(host);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const active: string[] = [];
      for (const element of Array.from(host.querySelectorAll('*'))) {
        if (element.localName === 'script') active.push('<script>');
        for (const attribute of Array.from(element.attributes)) {
          if (/^on/i.test(attribute.name)) active.push(`${element.localName} ${attribute.name}`);
          if (/href$/i.test(attribute.name) && /^\s*javascript:/i.test(attribute.value))
            active.push(`${element.localName} ${attribute.name}=javascript:`);
        }
      }
      const card =
        which === 'mermaid'
          ? host.querySelector('[data-task-index="0"]')
          : host.querySelector('g[data-kind="touchpoint"]');
      const legend =
        which === 'mermaid'
          ? Array.from(host.querySelectorAll('svg > text.legend'))
              .map((node) => node.textContent ?? '')
              .join('\n')
          : '';
      const facts = {
        wellFormed,
        active,
        touchpoint: `${card?.textContent ?? ''} ${card?.getAttribute('aria-label') ?? ''}`,
        legend,
        all: host.textContent ?? '',
      };
      host.remove();
      return facts;
    },
    [markup, kind] as const,
  );
}

describe('corpora through the real renderers: nothing runs, well-formed, verbatim (fixed sample)', function () {
  this.timeout(600_000);
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  const ran: string[] = [];

  before(async () => {
    assertBuilt();
    server = await PreviewServer.start();
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('dialog', (dialog) => {
      ran.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${server.origin}/standalone.html`);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [name, strings, count] of [
    ['Big List of Naughty Strings', naughtyStrings(), 60],
    ['XSS payloads', xssPayloads(), 40],
  ] as const) {
    it(`${name}: ${count} strings through Mermaid (standalone renderer) and the canvas`, async () => {
      const failures: string[] = [];
      let drawn = 0;
      for (const text of fixedSample(strings, count)) {
        const analysis = analyzeJourney(journeyWithLabels(text), { today: '2026-11-23' });
        if (!analysis.journey) continue; // refused with a finding: nothing to draw
        drawn += 1;
        const shown = JSON.stringify(text);
        const diagram = toMermaid(analysis.journey);
        const markup = await page.evaluate(
          ([mermaidText, slots]) =>
            (
              globalThis as unknown as {
                renderJourneyDiagram(t: string, o: { theme: string; actorSlots: number[] }): Promise<string>;
              }
            ).renderJourneyDiagram(mermaidText!, { theme: 'light', actorSlots: slots as number[] }),
          [diagram.text, [...diagram.actorSlots]] as const,
        );
        const mermaid = await inspect(page, markup, 'mermaid');
        const expected = squash(mermaidShows(text));
        if (!mermaid.wellFormed) failures.push(`${shown}: Mermaid SVG not well-formed`);
        if (mermaid.active.length > 0) failures.push(`${shown}: Mermaid SVG carries ${mermaid.active.join(', ')}`);
        if (!squash(mermaid.touchpoint).includes(expected))
          failures.push(`${shown}: task label reads ${JSON.stringify(mermaid.touchpoint)}`);
        if (!squash(mermaid.legend).includes(expected))
          failures.push(`${shown}: legend reads ${JSON.stringify(mermaid.legend)}`);

        const canvas = await inspect(page, renderCanvasSvg(layoutCanvas(analysis), { theme: 'light' }), 'canvas');
        if (!canvas.wellFormed) failures.push(`${shown}: canvas SVG not well-formed`);
        if (canvas.active.length > 0) failures.push(`${shown}: canvas SVG carries ${canvas.active.join(', ')}`);
        // The canvas shows control characters as Control Pictures (␛) and keeps the whole label in its <title>.
        const onCanvas = squash(visibleText(displayLabel(normalizeLineBreaks(text))));
        if (!squash(canvas.touchpoint).includes(onCanvas))
          failures.push(`${shown}: canvas card reads ${JSON.stringify(canvas.touchpoint)}`);
      }
      assert.ok(drawn >= count * 0.8, `only ${drawn} of ${count} were valid maps`);
      assert.deepEqual(ran, [], 'no dialog opened: no payload ran');
      assert.deepEqual(failures, []);
    });
  }
});
