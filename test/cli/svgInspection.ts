/**
 * Reads exported diagrams back: SVG through Chromium's own XML parser (a real DOM, not a regex),
 * PNG through its IHDR header.
 */
import { strict as assert } from 'node:assert';
import { chromium, type Browser } from 'playwright-core';

export interface SvgFacts {
  /** The root element's name; "parsererror" documents never get here. */
  root: string;
  width: number;
  height: number;
  /** All text the diagram shows or carries in <title> elements, whitespace removed (labels may be wrapped). */
  compactText: string;
  /** Fill of the background rectangle the exporter paints. */
  backgroundFill: string | null;
  scripts: number;
}

export async function inspectSvg(browser: Browser, markup: string): Promise<SvgFacts> {
  const page = await browser.newPage();
  try {
    return await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const error = doc.querySelector('parsererror');
      if (error) throw new Error(`SVG is not well-formed XML: ${error.textContent}`);
      const svg = doc.documentElement;
      return {
        root: svg.localName,
        width: parseFloat(svg.getAttribute('width') ?? '0'),
        height: parseFloat(svg.getAttribute('height') ?? '0'),
        compactText: (svg.textContent ?? '').replace(/\s+/g, ''),
        backgroundFill: svg.querySelector('rect.journey-map-background')?.getAttribute('fill') ?? null,
        scripts: svg.querySelectorAll('script').length,
      };
    }, markup);
  } finally {
    await page.close();
  }
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true });
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.ok(bytes.length > 24, 'PNG too short');
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR', 'first chunk is IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
