/**
 * Mermaid's journey legend, rewritten verbatim. Mermaid hard-wraps a long persona name by
 * characters, and can cut one of our entity escapes (`#60;`) in two: the legend then shows
 * fragments such as `&lt;/script^F-`, and the SVG can stop being well-formed. The names are
 * known from the Mermaid text itself (the actors of its task lines), so the legend's text is
 * replaced by them, wrapped by our own measurer. Works for the preview and the CLI's renderer.
 */
import { breakIntoLines } from './labelWrapping';
import { fontOf, textMeasurer } from './textMeasure';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Mermaid's legend geometry (journeyRenderer drawActorLegend): text at x 40 + 2 × 5, 20 px per line. */
const LEGEND_TEXT_X = 50;
const LEGEND_LINE = 20;
const LEGEND_MAX_LINES = 4;

/**
 * The personas of Mermaid's legend in the order it draws them: its actors de-duplicated and
 * sorted as Mermaid holds them (entity codes swapped for its placeholders), shown verbatim.
 */
export function legendNamesFromMermaid(mermaidText: string): string[] {
  const byKey = new Map<string, string>();
  for (const line of mermaidText.split('\n')) {
    // Task lines: `    Name: 4: Actor A, Actor B` (labels are escaped: the first ': ' ends the name).
    const match = /^ {4}[^:]*: [^:]*: (.+)$/.exec(line);
    if (!match) continue;
    for (const raw of match[1]!.split(',')) {
      const key = mermaidEncode(raw).trim();
      if (key && !byKey.has(key)) byKey.set(key, decodeEntityCodes(raw.trim()));
    }
  }
  return [...byKey.keys()].sort().map((key) => byKey.get(key)!);
}

/** Rewrites the legend of a rendered journey SVG (attached to a document) with `names` in Mermaid's order. */
export function rewriteLegend(svg: SVGSVGElement, names: readonly string[]): void {
  const texts = Array.from(svg.querySelectorAll<SVGTextElement>(':scope > text.legend'));
  const circles = names.map((_, index) => svg.querySelector<SVGCircleElement>(`:scope > circle.actor-${index}`));
  if (names.length === 0 || circles.some((circle) => circle === null)) return;
  const style = texts[0] ? getComputedStyle(texts[0]) : undefined;
  const measure = textMeasurer(style ? fontOf(style) : '16px sans-serif');
  // Keep clear of the diagram: the legend may use the width up to the first section or task.
  const diagramLeft = Math.min(
    ...Array.from(svg.querySelectorAll('rect.journey-section, rect.task')).map(
      (rect) => parseFloat(rect.getAttribute('x') ?? '') || Infinity,
    ),
  );
  const maxWidth = Math.max(60, (Number.isFinite(diagramLeft) ? diagramLeft : 400) - LEGEND_TEXT_X - 10);
  for (const text of texts) text.remove();
  let y = parseFloat(circles[0]!.getAttribute('cy') ?? '') || 60;
  names.forEach((name, index) => {
    const circle = circles[index]!;
    circle.setAttribute('cy', String(y));
    const { lines, truncated } = breakIntoLines(name.replace(/\s+/g, ' ').trim(), maxWidth, LEGEND_MAX_LINES, measure);
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('class', 'legend journey-legend-label');
    text.setAttribute('x', String(LEGEND_TEXT_X));
    text.setAttribute('y', String(y + 7));
    lines.forEach((line, lineIndex) => {
      const tspan = document.createElementNS(SVG_NS, 'tspan');
      tspan.setAttribute('x', String(LEGEND_TEXT_X));
      tspan.setAttribute('y', String(y + 7 + lineIndex * LEGEND_LINE));
      tspan.textContent = line;
      text.appendChild(tspan);
    });
    if (truncated) {
      const title = document.createElementNS(SVG_NS, 'title');
      title.textContent = name;
      text.insertBefore(title, text.firstChild);
    }
    circle.after(text);
    y += Math.max(LEGEND_LINE, lines.length * LEGEND_LINE);
  });
}

/** Mermaid's `encodeEntities` (11.x): entity codes become placeholders before parsing. */
function mermaidEncode(text: string): string {
  return text.replace(/#\w+;/g, (entity) => {
    const inner = entity.slice(1, -1);
    return /^\+?\d+$/.test(inner) ? `\uFB02\u00B0\u00B0${inner}\u00B6\u00DF` : `\uFB02\u00B0${inner}\u00B6\u00DF`;
  });
}

/** Our escaping writes `#<code point>;` (src/core/mermaid/escape.ts); named codes are left as written. */
function decodeEntityCodes(text: string): string {
  return text.replace(/#(\d+);/g, (entity, digits: string) => {
    const code = Number(digits);
    return Number.isInteger(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
