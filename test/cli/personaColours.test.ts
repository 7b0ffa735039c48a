/**
 * Issue 8 item 6: a persona has one colour in every picture. Mermaid colours actors by their
 * position in its sorted actor list, so without the persona palette Budi was one colour in the
 * combined diagram, another in his own (`--persona budi`) and a third on the canvas. Drawn here by
 * the real CLI (real Mermaid in headless Chromium) and read back through Chromium's XML parser.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { ensureBuilt, installedChromium, makeTempDir, removeDir, runCli } from './helpers';
import { launchChromium } from './svgInspection';

/** Map order Rina, Budi, Ayu (palette slots 0, 1, 2); Mermaid's sorted order is Ayu, Budi, Rina. */
const MAP = `journey: Three personas
personas:
  - id: rina
    name: Rina
  - id: budi
    name: Budi
  - id: ayu
    name: Ayu
stages:
  - id: buy
    name: Buy
    touchpoints:
      - id: pay
        name: Pay
        emotion: { rina: 4, budi: 2, ayu: 3 }
      - id: track
        name: Track
        personas: [budi, ayu]
        emotion: { budi: 4, ayu: 4 }
`;

const PERSONAS = [
  { id: 'rina', name: 'Rina', slot: 0 },
  { id: 'budi', name: 'Budi', slot: 1 },
  { id: 'ayu', name: 'Ayu', slot: 2 },
];

/** Legend name → fill of its circle, and the fills of the actor circles on the tasks, of a Mermaid SVG. */
async function mermaidColours(
  browser: Browser,
  markup: string,
): Promise<{ legend: Record<string, string>; taskFills: string[] }> {
  const page = await browser.newPage();
  try {
    return await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      if (doc.querySelector('parsererror')) throw new Error('not well-formed');
      const legend: Record<string, string> = {};
      for (const label of Array.from(doc.querySelectorAll('svg > text.legend'))) {
        const circle = label.previousElementSibling;
        if (circle?.localName === 'circle')
          legend[(label.textContent ?? '').trim()] = circle.getAttribute('fill') ?? '';
      }
      const taskFills = Array.from(doc.querySelectorAll('svg g circle[class^="actor-"]')).map(
        (circle) => circle.getAttribute('fill') ?? '',
      );
      return { legend, taskFills };
    }, markup);
  } finally {
    await page.close();
  }
}

/** The colour of a persona's emotion curve on the canvas, by palette slot. */
async function canvasCurveColour(browser: Browser, markup: string, slot: number): Promise<string | null> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      ([text, index]) => {
        const doc = new DOMParser().parseFromString(text as string, 'image/svg+xml');
        if (doc.querySelector('parsererror')) throw new Error('not well-formed');
        // A curve is a polyline (stroke), or a dot (fill) where a persona scores one touchpoint only.
        const mark = doc.querySelector(`g[data-id="curve:${index}"] > :is(polyline, circle)`);
        return mark?.getAttribute(mark.localName === 'polyline' ? 'stroke' : 'fill') ?? null;
      },
      [markup, slot] as const,
    );
  } finally {
    await page.close();
  }
}

describe('persona colours are the same in every view (real Mermaid in Chromium)', function () {
  const chromiumPath = installedChromium();
  let browser: Browser;
  let dir: string;
  let map: string;

  before(async function () {
    if (!chromiumPath) this.skip(); // pending without a browser: apt-get install chromium
    this.timeout(60_000);
    ensureBuilt();
    browser = await launchChromium(chromiumPath!);
    dir = makeTempDir('persona-colours');
    map = join(dir, 'three.journey.yaml');
    writeFileSync(map, MAP);
  });
  after(async function () {
    await browser?.close();
    if (dir) removeDir(dir);
  });

  for (const theme of ['light', 'dark']) {
    it(`${theme}: combined diagram, one persona's diagram and the canvas agree for every persona`, async function () {
      this.timeout(120_000);
      const svg = (args: string[]): string => {
        const result = runCli(['render', map, '--format', 'svg', '--theme', theme, ...args]);
        assert.equal(result.status, 0, result.stderr);
        return result.stdout;
      };
      const combined = await mermaidColours(browser, svg([]));
      const canvas = svg(['--view', 'canvas']);
      assert.deepEqual(Object.keys(combined.legend).sort(), ['Ayu', 'Budi', 'Rina'], 'the legend names every persona');
      const seen = new Set<string>();
      for (const persona of PERSONAS) {
        const onCanvas = await canvasCurveColour(browser, canvas, persona.slot);
        assert.ok(onCanvas, `the canvas draws ${persona.name}'s curve`);
        assert.equal(combined.legend[persona.name], onCanvas, `${persona.name}: combined diagram vs canvas`);
        const own = await mermaidColours(browser, svg(['--persona', persona.id]));
        assert.deepEqual(Object.keys(own.legend), [persona.name]);
        assert.equal(own.legend[persona.name], onCanvas, `${persona.name}: --persona ${persona.id} vs canvas`);
        assert.ok(own.taskFills.length > 0 && own.taskFills.every((fill) => fill === onCanvas), own.taskFills.join());
        const ownCanvas = svg(['--view', 'canvas', '--persona', persona.id]);
        assert.equal(await canvasCurveColour(browser, ownCanvas, persona.slot), onCanvas, 'the filtered canvas');
        seen.add(onCanvas);
      }
      assert.equal(seen.size, 3, 'three personas, three colours');
    });
  }
});
