/**
 * axe-core over the real preview page with the canvas (and with Mermaid's diagram), in the
 * light, dark and high-contrast themes: no serious or critical violation. axe does not
 * judge text drawn in SVG, so the canvas's text contrast is checked here too: each text
 * against the fill of the box it sits in (or the canvas background), WCAG AA (4.5:1, or 3:1
 * for large text).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  assertBuilt,
  canvasUpdateFor,
  launchChromium,
  PreviewPage,
  PreviewServer,
  REPO_ROOT,
  updateFor,
} from './support/previewHarness';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SAMPLE = readFileSync(join(REPO_ROOT, 'samples', 'travel-booking-app.journey.yaml'), 'utf8');

/** The page's theme variables as VS Code sets them (enough for the page's own colours). */
const THEMES = [
  {
    body: 'vscode-light',
    canvas: 'light' as const,
    vars: '--vscode-foreground:#3b3b3b;--vscode-editor-background:#ffffff;--vscode-button-background:#005fb8;--vscode-button-foreground:#ffffff;--vscode-editorInfo-foreground:#1a85ff;--vscode-textBlockQuote-background:#f8f8f8',
  },
  {
    body: 'vscode-dark',
    canvas: 'dark' as const,
    vars: '--vscode-foreground:#cccccc;--vscode-editor-background:#1f1f1f;--vscode-button-background:#0078d4;--vscode-button-foreground:#ffffff;--vscode-editorInfo-foreground:#3794ff;--vscode-textBlockQuote-background:#2b2b2b',
  },
  {
    body: 'vscode-high-contrast',
    canvas: 'high-contrast' as const,
    vars: '--vscode-foreground:#ffffff;--vscode-editor-background:#000000;--vscode-button-background:#000000;--vscode-button-foreground:#ffffff;--vscode-contrastBorder:#6fc3df;--vscode-editorInfo-foreground:#3794ff;--vscode-textBlockQuote-background:#000000',
  },
];

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

async function runAxe(page: PreviewPage): Promise<AxeResult['violations']> {
  // evaluate() runs outside the page's CSP, as axe's browser extensions do.
  await page.page.evaluate(AXE_SOURCE);
  const result = (await page.page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document): Promise<unknown> } }).axe.run(document),
  )) as AxeResult;
  return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

describe('preview webview: accessibility (axe-core, real Chromium)', function () {
  this.timeout(120_000);
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

  for (const theme of THEMES) {
    it(`has no serious or critical violation with the canvas, ${theme.body}`, async () => {
      const page = await PreviewPage.open(browser, server, { view: 'map', bodyClass: theme.body, width: 900 });
      try {
        await page.page.evaluate((vars) => document.documentElement.setAttribute('style', vars), theme.vars);
        await page.render(canvasUpdateFor(SAMPLE, 1, { theme: theme.canvas }));
        // Under the pointer, as right after a click: the pressed view button must stay readable.
        await page.page.hover('#view-map');
        const violations = await runAxe(page);
        assert.deepEqual(
          violations.map(
            (v) =>
              `${v.id} (${v.impact}): ${v.help} — ${v.nodes
                .map((n) => n.target.join(' '))
                .join(', ')
                .slice(0, 300)}`,
          ),
          [],
        );
        const lowContrast = await page.page.evaluate(canvasTextContrast);
        assert.deepEqual(lowContrast.slice(0, 10), [], `${lowContrast.length} canvas texts below WCAG AA`);
      } finally {
        await page.close();
      }
    });
  }

  it('has no serious or critical violation with the Mermaid diagram', async () => {
    const page = await PreviewPage.open(browser, server, { view: 'mermaid', width: 900 });
    try {
      await page.page.evaluate((vars) => document.documentElement.setAttribute('style', vars), THEMES[0]!.vars);
      await page.render(updateFor(SAMPLE, 1));
      const violations = await runAxe(page);
      assert.deepEqual(
        violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .join(', ')
              .slice(0, 300)}`,
        ),
        [],
      );
    } finally {
      await page.close();
    }
  });
});

/** Runs in the page: canvas texts whose colour against their box (or the background) is below AA. */
function canvasTextContrast(): string[] {
  const parse = (value: string | null): [number, number, number] | undefined => {
    if (!value) return undefined;
    const hex = /^#([0-9a-f]{6})$/i.exec(value.trim());
    if (hex) {
      const n = parseInt(hex[1]!, 16);
      return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
    }
    const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(value.trim());
    return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : undefined;
  };
  const luminance = ([r, g, b]: [number, number, number]) => {
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const ratio = (a: [number, number, number], b: [number, number, number]) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1! + 0.05) / (l2! + 0.05);
  };
  const svg = document.querySelector('#canvas svg.canvas-main');
  if (!svg) return ['no canvas'];
  const background = parse(svg.querySelector(':scope > rect')?.getAttribute('fill') ?? null) ?? [255, 255, 255];
  const failures: string[] = [];
  for (const text of Array.from(svg.querySelectorAll('text'))) {
    const fill = parse(text.getAttribute('fill'));
    if (!fill || !(text.textContent ?? '').trim()) continue;
    // The box behind: the last filled rect of the group drawn before the text that contains it.
    const box = text.getBBox();
    let behind = background;
    const group = text.closest('g');
    for (const rect of Array.from(group?.querySelectorAll('rect') ?? [])) {
      if (rect.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_PRECEDING) continue;
      const r = rect.getBBox();
      const colour = parse(rect.getAttribute('fill'));
      const opacity = Number(rect.getAttribute('fill-opacity') ?? rect.getAttribute('opacity') ?? '1');
      if (
        colour &&
        opacity >= 0.99 &&
        r.x <= box.x + 1 &&
        r.y <= box.y + 1 &&
        r.x + r.width >= box.x + box.width - 1 &&
        r.y + r.height >= box.y + box.height - 1
      )
        behind = colour;
    }
    const size = parseFloat(text.getAttribute('font-size') ?? '14');
    const bold = text.getAttribute('font-weight') === 'bold' || Number(text.getAttribute('font-weight')) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    const needed = large ? 3 : 4.5;
    const found = ratio(fill, behind);
    if (found < needed)
      failures.push(
        `"${(text.textContent ?? '').slice(0, 30)}" ${text.getAttribute('fill')} on rgb(${behind.join(',')}): ${found.toFixed(2)} < ${needed}`,
      );
  }
  return failures;
}
