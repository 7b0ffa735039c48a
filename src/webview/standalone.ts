/**
 * Standalone browser entry (dist/webview/standalone.js) for the CLI's SVG/PNG export in
 * headless Chromium: `globalThis.renderJourneyDiagram(mermaidText, { theme, actorSlots })` returns
 * the SVG markup the preview would show (same config, same label wrapping), as a
 * self-contained file. Mermaid's ESM build is expected beside this script at
 * `mermaid/mermaid.esm.min.mjs` (dist/webview/mermaid/), or at `options.mermaidUrl`.
 */
import { sanitizeDiagramTheme } from '../shared/mermaidConfig';
import { loadMermaid } from './render/mermaidLoader';
import { renderJourneyInto, serializeStandaloneSvg } from './render/renderJourney';

export interface StandaloneRenderOptions {
  theme: 'light' | 'dark';
  /** Overrides where Mermaid's ESM build is loaded from. */
  mermaidUrl?: string;
  fontFamily?: string;
  /** toMermaid's actorSlots: personas drawn in their canvas colours. */
  actorSlots?: readonly number[];
}

// Captured while the script runs: `document.currentScript` is null afterwards.
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
const defaultMermaidUrl = new URL('mermaid/mermaid.esm.min.mjs', scriptUrl).href;
let renderCount = 0;

async function renderJourneyDiagram(mermaidText: string, options: StandaloneRenderOptions): Promise<string> {
  if (typeof mermaidText !== 'string') throw new TypeError('renderJourneyDiagram: mermaidText must be a string.');
  const theme = sanitizeDiagramTheme(options?.theme, 'light');
  const mermaid = await loadMermaid(options?.mermaidUrl ?? defaultMermaidUrl);
  // Wrapping measures text, so render into a live but invisible host.
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:absolute;left:-100000px;top:0;visibility:hidden;';
  document.body.appendChild(host);
  try {
    const { svg } = await renderJourneyInto(mermaid, mermaidText, host, {
      theme,
      fontFamily: options?.fontFamily,
      ...(Array.isArray(options?.actorSlots) ? { actorSlots: options.actorSlots } : {}),
      id: `journey-map-${++renderCount}`,
    });
    return serializeStandaloneSvg(svg, theme);
  } finally {
    host.remove();
  }
}

(globalThis as unknown as { renderJourneyDiagram: typeof renderJourneyDiagram }).renderJourneyDiagram =
  renderJourneyDiagram;
