/**
 * Mermaid's journey draws each task label on one line, centred in a fixed-width box, so a
 * long label runs past its box and is covered by the next one. This rewraps every task
 * and section label into lines that fit the box and grows a task box downwards (up to a
 * limit) to hold them. Text is measured with canvas `measureText`, once per distinct
 * string and font for the life of the page (./textMeasure.ts): measuring in the DOM cost
 * as much as Mermaid's own render at a few hundred tasks. The only style read is one per
 * kind of label, before anything is changed, so the browser lays the SVG out once.
 */
import { LABEL_LINE_HEIGHT, TASK_BOX_MAX_HEIGHT, TASK_LABEL_PADDING } from '../../shared/mermaidConfig';
import { fontOf, textMeasurer, type Measure } from './textMeasure';

const SVG_NS = 'http://www.w3.org/2000/svg';
const ELLIPSIS = '…';

export interface WrapReport {
  /** Task boxes in drawing order (the Nth is the diagram's tasks[N]). */
  taskGroups: SVGGElement[];
  /** How many labels needed more than one line. */
  wrappedLabels: number;
  /** How many labels were still too long for the tallest box and got an ellipsis. */
  truncatedLabels: number;
  /** Distinct strings measured for this render (the rest came from the page's cache). */
  measuredStrings: number;
  /** Time spent wrapping, in ms. */
  wrapMs: number;
}

interface LabelFont {
  readonly measure: Measure;
  readonly fontSize: number;
}

/** Must run while `svg` is attached to a rendered document: it reads the labels' font once. */
export function wrapJourneyLabels(svg: SVGSVGElement): WrapReport {
  const started = performance.now();
  const report: WrapReport = { taskGroups: [], wrappedLabels: 0, truncatedLabels: 0, measuredStrings: 0, wrapMs: 0 };
  const taskRects = Array.from(svg.querySelectorAll<SVGRectElement>('rect.task'));
  const sectionRects = Array.from(svg.querySelectorAll<SVGRectElement>('rect.journey-section'));
  // Read both fonts before the first change: a style read after a change forces a new layout.
  const taskFont = labelFont(svg.querySelector<SVGTextElement>('text.task'));
  const sectionFont = labelFont(svg.querySelector<SVGTextElement>('text.journey-section'));
  for (const rect of taskRects) {
    const group = rect.parentElement;
    if (!(group instanceof SVGGElement)) continue;
    report.taskGroups.push(group);
    tallyResult(report, wrapBoxLabel(group, rect, 'text.task', TASK_BOX_MAX_HEIGHT, taskFont));
  }
  for (const rect of sectionRects) {
    const group = rect.parentElement;
    if (!(group instanceof SVGGElement)) continue;
    // Sections sit above the tasks: they may not grow, so they keep to their box height.
    tallyResult(
      report,
      wrapBoxLabel(group, rect, 'text.journey-section', numberAttribute(rect, 'height'), sectionFont),
    );
  }
  report.measuredStrings = taskFont.measure.misses() + sectionFont.measure.misses();
  report.wrapMs = performance.now() - started;
  return report;
}

function labelFont(text: SVGTextElement | null): LabelFont & { measure: Measure } {
  const style = text ? getComputedStyle(text) : undefined;
  const fontSize = (style && parseFloat(style.fontSize)) || 14;
  return { measure: textMeasurer(style ? fontOf(style) : `${fontSize}px sans-serif`), fontSize };
}

function tallyResult(report: WrapReport, result: 'single' | 'wrapped' | 'truncated' | 'none'): void {
  if (result === 'wrapped') report.wrappedLabels++;
  if (result === 'truncated') report.truncatedLabels++;
}

function wrapBoxLabel(
  group: SVGGElement,
  rect: SVGRectElement,
  textSelector: string,
  maxHeight: number,
  font: LabelFont,
): 'single' | 'wrapped' | 'truncated' | 'none' {
  const texts = Array.from(group.querySelectorAll<SVGTextElement>(`:scope > ${textSelector}`));
  const first = texts[0];
  if (!first) return 'none';
  // Mermaid splits on <br> into several <text>s; we rejoin and lay out ourselves.
  const label = texts
    .map((text) => text.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const x = numberAttribute(rect, 'x');
  const y = numberAttribute(rect, 'y');
  const width = numberAttribute(rect, 'width');
  const height = numberAttribute(rect, 'height');
  const fontSize = font.fontSize;
  const lineHeight = fontSize * LABEL_LINE_HEIGHT;
  const maxLines = Math.max(1, Math.floor((Math.max(height, maxHeight) - 2 * TASK_LABEL_PADDING) / lineHeight));

  for (const extra of texts.slice(1)) extra.remove();
  const text = first;
  text.removeAttribute('dominant-baseline');
  text.removeAttribute('alignment-baseline');
  // Mermaid's tspan placement paints task labels white (its `sectionColours`) and gives
  // section labels the section's own fill class, so both vanish on the default themes'
  // pale boxes. Inherit the theme's text colour (Mermaid's root `fill`) instead.
  text.removeAttribute('fill');
  text.setAttribute('class', text.classList.contains('task') ? 'task journey-task-label' : 'journey-section-label');
  const measure = font.measure;
  const { lines, truncated } = breakIntoLines(label, width - 2 * TASK_LABEL_PADDING, maxLines, measure);

  const neededHeight = lines.length * lineHeight + 2 * TASK_LABEL_PADDING;
  const boxHeight = Math.max(height, Math.min(maxHeight, neededHeight));
  if (boxHeight > height) rect.setAttribute('height', String(boxHeight));

  while (text.firstChild) text.firstChild.remove();
  const centreX = x + width / 2;
  const firstBaseline = y + boxHeight / 2 - ((lines.length - 1) * lineHeight) / 2;
  lines.forEach((line, index) => {
    const tspan = document.createElementNS(SVG_NS, 'tspan');
    tspan.setAttribute('x', String(centreX));
    tspan.setAttribute('y', String(firstBaseline + index * lineHeight));
    tspan.setAttribute('dominant-baseline', 'central');
    tspan.textContent = line;
    text.appendChild(tspan);
  });
  text.setAttribute('x', String(centreX));
  text.setAttribute('y', String(y + boxHeight / 2));
  if (truncated) {
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = label;
    group.insertBefore(title, group.firstChild);
  }
  return truncated ? 'truncated' : lines.length > 1 ? 'wrapped' : 'single';
}

/**
 * Greedy word wrap; a word wider than the box is split by characters (by code point, so
 * emoji and surrogate pairs stay whole). When the lines exceed `maxLines` the last one
 * ends with an ellipsis.
 */
export function breakIntoLines(
  label: string,
  maxWidth: number,
  maxLines: number,
  measure: (line: string) => number,
): { lines: string[]; truncated: boolean } {
  const lines: string[] = [];
  let current = '';
  for (const word of label.split(' ').filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (measure(word) <= maxWidth) {
      if (current) lines.push(current);
      current = word;
      continue;
    }
    // A word wider than the box (a URL, a long compound): break it by characters,
    // starting on the current line so no line is left half empty.
    current = current ? `${current} ` : '';
    for (const character of Array.from(word)) {
      if (current && measure(current + character) > maxWidth) {
        lines.push(current);
        current = '';
      }
      current += character;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last && measure(last + ELLIPSIS) > maxWidth) last = Array.from(last).slice(0, -1).join('');
  kept[maxLines - 1] = last.trimEnd() + ELLIPSIS;
  return { lines: kept, truncated: true };
}

function numberAttribute(element: Element, name: string): number {
  const value = parseFloat(element.getAttribute(name) ?? '');
  return Number.isFinite(value) ? value : 0;
}
