/**
 * Renders Mermaid journey text to SVG and PNG in one headless Chromium, with the preview's
 * own renderer (dist/webview/standalone.js) so an export looks like the editor's preview.
 * One instance serves a whole batch: launching the browser and loading Mermaid cost ~1 s,
 * rendering one more map tens of milliseconds.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DIAGRAM_BACKGROUND } from '../../shared/mermaidConfig';
import { UsageError } from '../errors';
import { LAUNCH_HINT } from './findBrowser';

export type ExportTheme = 'light' | 'dark';

/**
 * The page is served from this made-up origin through request interception: module imports
 * (Mermaid's ESM chunks) are refused on file:// pages, and nothing ever goes to the network.
 */
const ORIGIN = 'http://journey-map.invalid';

/** PNGs are captured at twice the CSS size so they stay sharp on slides and high-density screens. */
export const PNG_DEVICE_SCALE = 2;

const RENDER_TIMEOUT_MS = 60_000;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export class DiagramRenderer {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  /**
   * Launches the browser and loads the renderer page. `webviewDir` is dist/webview (the
   * standalone renderer and Mermaid's ESM build).
   */
  static async launch(browserPath: string, webviewDir: string): Promise<DiagramRenderer> {
    let playwright: typeof import('playwright-core');
    try {
      playwright = await import('playwright-core');
    } catch {
      // An optional peer dependency: `check`, `diff` and text formats need no browser driver.
      throw new UsageError(
        'Drawing SVG or PNG needs the playwright-core package: run `npm install playwright-core` beside journey-map (it downloads no browser; journey-map draws with your installed Chromium, Chrome or Edge).',
      );
    }
    let browser: Browser;
    try {
      browser = await playwright.chromium.launch({
        executablePath: browserPath,
        headless: true,
        timeout: RENDER_TIMEOUT_MS,
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new UsageError(`Could not start the browser ${browserPath}: ${reason}`, { hint: LAUNCH_HINT });
    }
    try {
      const context = await browser.newContext({
        deviceScaleFactor: PNG_DEVICE_SCALE,
        viewport: { width: 1280, height: 800 },
      });
      const page = await context.newPage();
      page.setDefaultTimeout(RENDER_TIMEOUT_MS);
      await page.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
        if (url.pathname === '/')
          return route.fulfill({ status: 200, contentType: CONTENT_TYPES['.html'], body: RENDER_PAGE });
        const file = normalize(join(webviewDir, decodeURIComponent(url.pathname)));
        if (!file.startsWith(normalize(webviewDir) + sep)) return route.fulfill({ status: 403, body: '' });
        try {
          const body = await readFile(file);
          return route.fulfill({
            status: 200,
            contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
            body,
          });
        } catch {
          return route.fulfill({ status: 404, body: '' });
        }
      });
      await page.goto(`${ORIGIN}/`);
      await page.waitForFunction(
        () => typeof (globalThis as { renderJourneyDiagram?: unknown }).renderJourneyDiagram === 'function',
      );
      return new DiagramRenderer(browser, page);
    } catch (error) {
      await browser.close().catch(() => undefined);
      throw error;
    }
  }

  /**
   * The diagram as a self-contained SVG document, its actors in the persona palette (`actorSlots`,
   * from toMermaid). Throws Mermaid's message when the text does not render.
   */
  async renderSvg(mermaidText: string, theme: ExportTheme, actorSlots: readonly number[] = []): Promise<string> {
    return this.page.evaluate(
      async ({ text, theme, actorSlots }) => {
        const render = (
          globalThis as unknown as {
            renderJourneyDiagram: (t: string, o: { theme: string; actorSlots: number[] }) => Promise<string>;
          }
        ).renderJourneyDiagram;
        return render(text, { theme, actorSlots });
      },
      { text: mermaidText, theme, actorSlots: [...actorSlots] },
    );
  }

  /**
   * Rasterises an SVG produced by renderSvg at PNG_DEVICE_SCALE× its natural size. The stage is
   * painted in the theme's background too: Mermaid's SVG can be taller than its viewBox, and
   * that strip would otherwise come out white under a dark diagram.
   */
  async renderPng(svgMarkup: string, theme: ExportTheme): Promise<Buffer> {
    const size = await this.page.evaluate(
      ({ markup, background }) => {
        const stage = document.getElementById('stage')!;
        stage.style.background = background;
        stage.innerHTML = markup; // Our own renderer's output, already sanitised by Mermaid (strict) and DOMPurify.
        const svg = stage.querySelector('svg')!;
        const box = svg.getBoundingClientRect();
        return { width: Math.ceil(box.width), height: Math.ceil(box.height) };
      },
      { markup: svgMarkup, background: DIAGRAM_BACKGROUND[theme] },
    );
    // The whole diagram must fit the viewport, or the screenshot is clipped.
    await this.page.setViewportSize({ width: Math.max(size.width, 1), height: Math.max(size.height, 1) });
    try {
      return await this.page.locator('#stage > svg').screenshot({ type: 'png', animations: 'disabled' });
    } finally {
      await this.page.evaluate(() => document.getElementById('stage')!.replaceChildren());
    }
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
  }
}

/** The renderer page: the standalone script and a stage for PNG snapshots at the top-left corner. */
const RENDER_PAGE = `<!doctype html>
<html><head><meta charset="utf-8">
<style>html,body{margin:0;padding:0;background:transparent}#stage{position:absolute;left:0;top:0;line-height:0}#stage>svg{display:block}</style>
</head><body><div id="stage"></div><script src="/standalone.js"></script></body></html>`;
