/**
 * The render pipeline both the preview and the standalone renderer use, so the CLI's
 * exports look like the preview: Mermaid (shared config) → inert parse → label wrapping.
 */
import type { Mermaid } from 'mermaid';
import {
  DIAGRAM_BACKGROUND,
  mermaidActorColours,
  mermaidConfigFor,
  type DiagramTheme,
} from '../../shared/mermaidConfig';
import { wrapJourneyLabels, type WrapReport } from './labelWrapping';
import { legendNamesFromMermaid, rewriteLegend } from './mermaidLegend';
import { parseSvgInert } from './svgSanitizer';
import { assertWellFormedSvg, showControlCharacters } from './wellFormedSvg';

export interface RenderOptions {
  theme: DiagramTheme;
  fontFamily?: string;
  /**
   * toMermaid's `actorSlots` (each actor's persona palette slot, in Mermaid's order): drawn in the
   * persona palette, a persona has the same colour here, in a one-persona diagram and on the canvas.
   * Without them Mermaid picks its own colours by the actors' sorted names.
   */
  actorSlots?: readonly number[];
  /** A unique id for this render; Mermaid scopes its <style> rules with it. */
  id: string;
  /** Aborted when a newer render supersedes this one: the host is then left untouched. */
  signal?: AbortSignal;
}

export interface RenderedJourney {
  svg: SVGSVGElement;
  wrap: WrapReport;
  /** Mermaid's own render (parse + layout + SVG), in ms: what the wrapping cost is compared with. */
  mermaidMs: number;
  /** The length of Mermaid's SVG markup (what the render report gives: serialising the drawing again costs time). */
  markupLength: number;
}

/**
 * Renders `mermaidText` and attaches the result to `host` (which must be in a rendered
 * document: wrapping measures text). Throws Mermaid's error when the text does not parse.
 */
export async function renderJourneyInto(
  mermaid: Mermaid,
  mermaidText: string,
  host: Element,
  options: RenderOptions,
): Promise<RenderedJourney> {
  mermaid.initialize(mermaidConfigFor({ theme: options.theme, fontFamily: options.fontFamily }));
  const started = performance.now();
  const { svg: markup } = await mermaid.render(options.id, mermaidText);
  const mermaidMs = performance.now() - started;
  options.signal?.throwIfAborted();
  const svg = parseSvgInert(markup, host.ownerDocument);
  host.replaceChildren(svg);
  paintActors(svg, mermaidActorColours(options.actorSlots ?? [], options.theme));
  const wrap = wrapJourneyLabels(svg);
  rewriteLegend(svg, legendNamesFromMermaid(mermaidText));
  // Control characters cannot live in XML: show them (\u001b) rather than break the SVG.
  showControlCharacters(svg);
  wrap.taskGroups.forEach((group, index) => {
    group.classList.add('journey-task');
    group.setAttribute('data-task-index', String(index));
  });
  fitToContent(svg);
  return { svg, wrap, mermaidMs, markupLength: markup.length };
}

/**
 * Colours Mermaid's actor circles (legend and tasks: `circle.actor-N`, N the actor's position in
 * Mermaid's sorted list) with the persona palette. Done on the SVG because Mermaid 11 merges a
 * configured `journey.actorColours` by appending it to its six defaults, so the setting never
 * reaches the first six actors.
 */
function paintActors(svg: SVGSVGElement, colours: readonly string[]): void {
  if (colours.length === 0) return;
  for (const circle of Array.from(svg.querySelectorAll('circle[class^="actor-"]'))) {
    const position = /^actor-(\d+)$/.exec(circle.getAttribute('class') ?? '')?.[1];
    const colour = position === undefined ? undefined : colours[Number(position)];
    if (colour) circle.setAttribute('fill', colour);
  }
}

/** Space kept around the drawing, in SVG units. */
const CONTENT_MARGIN = 16;

/**
 * Mermaid sizes a journey wider than what it draws (a blank band on the right) and taller
 * than its viewBox (an unpainted strip at the bottom). Fit the viewBox and the size to the
 * drawn content, so the preview scrolls no further than the diagram and exports crop tight.
 */
function fitToContent(svg: SVGSVGElement): void {
  let box: DOMRect;
  try {
    box = svg.getBBox();
  } catch {
    return; // not laid out (e.g. a detached host): keep Mermaid's own size
  }
  if (!(box.width > 0 && box.height > 0)) return;
  const x = Math.floor(box.x - CONTENT_MARGIN);
  const y = Math.floor(box.y - CONTENT_MARGIN);
  const width = Math.ceil(box.width + 2 * CONTENT_MARGIN);
  const height = Math.ceil(box.height + 2 * CONTENT_MARGIN);
  svg.setAttribute('viewBox', `${x} ${y} ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
}

/**
 * A self-contained SVG file: namespaces, Mermaid's own <style> (already inside), and a
 * background rectangle in the theme's colour so the export reads in any viewer.
 */
export function serializeStandaloneSvg(svg: SVGSVGElement, theme: DiagramTheme): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  copy.removeAttribute('style');
  for (const element of Array.from(copy.querySelectorAll('.task-highlighted')))
    element.classList.remove('task-highlighted');
  const viewBox = copy.viewBox.baseVal;
  const background = copy.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('x', String(viewBox?.x ?? 0));
  background.setAttribute('y', String(viewBox?.y ?? 0));
  background.setAttribute('width', viewBox && viewBox.width ? String(viewBox.width) : '100%');
  background.setAttribute('height', viewBox && viewBox.height ? String(viewBox.height) : '100%');
  background.setAttribute('fill', DIAGRAM_BACKGROUND[theme]);
  background.setAttribute('class', 'journey-map-background');
  const style = copy.querySelector('style');
  copy.insertBefore(background, style ? style.nextSibling : copy.firstChild);
  const markup = new XMLSerializer().serializeToString(copy);
  // Fail loudly rather than hand out a file no XML tool can read.
  assertWellFormedSvg(markup);
  return markup;
}
