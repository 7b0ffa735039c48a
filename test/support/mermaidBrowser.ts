/**
 * Real Mermaid (node_modules/mermaid, the version the extension ships) in a real
 * headless Chromium, for tests that must know what Mermaid itself makes of a
 * diagram. Node cannot run Mermaid's parser without a DOM (DOMPurify needs a
 * window), and a browser is what renders the diagrams anyway.
 *
 * Launch once per suite (≈1 s), then batch: `parseJourneys` checks hundreds of
 * diagrams per page.evaluate call.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** What Mermaid's journey parser stored, with entity placeholders turned into the characters the SVG shows. */
export interface ParsedJourneyDiagram {
  readonly title: string;
  readonly accTitle: string;
  readonly accDescription: string;
  readonly sections: string[];
  readonly tasks: {
    readonly name: string;
    readonly section: string;
    readonly score: number;
    readonly people: string[];
  }[];
}

export type ParseOutcome =
  { readonly ok: true; readonly diagram: ParsedJourneyDiagram } | { readonly ok: false; readonly error: string };

export interface RenderedJourney {
  readonly svg: string;
  /** Text of each task box, in document order (the order of the rect.task elements). */
  readonly taskTexts: string[];
  /** Text of each section box, in document order (a section spans its tasks). */
  readonly sectionTexts: string[];
  readonly taskElementCount: number;
  /** The diagram title Mermaid draws at the top. */
  readonly titleText: string;
  /** The SVG's accessible name and description (<title>, <desc>). */
  readonly accTitle: string;
  readonly accDescription: string;
  /** All text content of the SVG, whitespace-collapsed. */
  readonly allText: string;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export class MermaidBrowser {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  static async launch(): Promise<MermaidBrowser> {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
      await page.addScriptTag({
        path: require.resolve('mermaid/dist/mermaid.min.js') /* tests run as CommonJS under tsx */,
      });
      await page.evaluate(() => {
        const w = window as unknown as { mermaid: { initialize(config: object): void } };
        w.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      });
      // tsx compiles with esbuild's keepNames, which wraps functions in `__name(...)`;
      // functions serialised into the page need that helper there too.
      await page.evaluate('globalThis.__name = (target) => target');
      await page.evaluate(installHelpers);
      return new MermaidBrowser(browser, page);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** Parse each text with Mermaid's own pipeline (mermaid.parse), then read back what the journey db holds. */
  async parseJourneys(texts: readonly string[]): Promise<ParseOutcome[]> {
    return this.page.evaluate((batch) => (window as unknown as PageHelpers).__parseJourneys(batch), [...texts]);
  }

  /** Render with mermaid.render (strict) and read the texts back from the SVG as the browser shows them. */
  async render(text: string): Promise<RenderedJourney> {
    return this.page.evaluate((source) => (window as unknown as PageHelpers).__renderJourney(source), text);
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

interface PageHelpers {
  __parseJourneys(texts: string[]): Promise<ParseOutcome[]>;
  __renderJourney(text: string): Promise<RenderedJourney>;
}

/** Runs inside the page. Kept self-contained: Playwright serialises it as source. */
function installHelpers(): void {
  interface JourneyDb {
    getDiagramTitle(): string;
    getAccTitle(): string;
    getAccDescription(): string;
    getSections(): string[];
    getTasks(): { task: string; section: string; score: number; people: string[] }[];
  }
  interface MermaidGlobal {
    parse(text: string): Promise<unknown>;
    render(id: string, text: string): Promise<{ svg: string }>;
    mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: JourneyDb }> };
  }
  const mermaid = (window as unknown as { mermaid: MermaidGlobal }).mermaid;
  const decoder = document.createElement('textarea');
  /** One character reference, decoded exactly as the HTML parser decodes it in the final SVG markup. */
  const decodeReference = (reference: string): string => {
    decoder.innerHTML = reference;
    return decoder.value;
  };
  /**
   * Mermaid swaps `#58;` for the placeholder `ﬂ°°58¶ß` before parsing and writes it
   * back as `&#58;` into the SVG markup; labels are set as text, so everything else
   * shows literally. This is that last step, for strings read from the db.
   */
  const shown = (value: string): string =>
    value.replace(
      /\uFB02\u00B0\u00B0(\w+)\u00B6\u00DF|\uFB02\u00B0(\w+)\u00B6\u00DF/g,
      (_match, numeric: string | undefined, named: string | undefined) =>
        decodeReference(numeric !== undefined ? `&#${numeric};` : `&${named};`),
    );
  let renderCount = 0;
  const helpers = {
    async __parseJourneys(texts: string[]) {
      const outcomes = [];
      for (const text of texts) {
        try {
          await mermaid.parse(text);
          const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
          outcomes.push({
            ok: true,
            diagram: {
              title: shown(db.getDiagramTitle()),
              accTitle: shown(db.getAccTitle()),
              accDescription: shown(db.getAccDescription()),
              sections: db.getSections().map(shown),
              tasks: db.getTasks().map((task) => ({
                name: shown(task.task),
                section: shown(task.section),
                score: task.score,
                people: task.people.map(shown),
              })),
            },
          });
        } catch (error) {
          outcomes.push({ ok: false, error: String((error as Error)?.message ?? error) });
        }
      }
      return outcomes;
    },
    async __renderJourney(text: string) {
      const { svg } = await mermaid.render(`journey-under-test-${renderCount++}`, text);
      const host = document.getElementById('out')!;
      host.innerHTML = svg;
      // Mermaid draws each task as a rect.task plus a foreignObject holding div.task > div.label (textPlacement "fo").
      const labels = (selector: string) =>
        Array.from(host.querySelectorAll(selector)).map((node) => node.textContent ?? '');
      const taskTexts = labels('foreignObject > div.task > div.label');
      const sectionTexts = labels('foreignObject > div.journey-section > div.label');
      const taskElementCount = host.querySelectorAll('rect.task').length;
      const svgElement = host.querySelector('svg')!;
      const titleText = svgElement.querySelector(':scope > text[font-weight="bold"]')?.textContent ?? '';
      const accTitle = svgElement.querySelector(':scope > title')?.textContent ?? '';
      const accDescription = svgElement.querySelector(':scope > desc')?.textContent ?? '';
      const allText = (host.textContent ?? '').replace(/\s+/g, ' ');
      return { svg, taskTexts, sectionTexts, taskElementCount, titleText, accTitle, accDescription, allText };
    },
  };
  Object.assign(window, helpers);
}
