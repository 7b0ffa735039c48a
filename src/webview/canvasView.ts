import type { PreviewCanvas } from '../shared/previewProtocol';
import { parseSvgInert } from './render/svgSanitizer';
import type { ZoomSurface } from './zoomController';

/** Element kinds the editor can reveal: they are focusable and clickable. */
const INTERACTIVE_KINDS = new Set(['stage', 'touchpoint', 'painPoint', 'opportunity', 'backstage', 'metric', 'gap']);
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Owns #canvas: the journey canvas core drew (an SVG string), inserted through the inert
 * parser, with the lane names and stage headers kept in view while the user scrolls (two
 * clipped copies of the drawing in sticky strips), zoom, the element under the editor's
 * cursor highlighted, and keyboard navigation: Tab and the arrow keys move between
 * elements, Enter or Space reveals the element's source.
 */
export class CanvasView implements ZoomSurface {
  private canvas: PreviewCanvas | undefined;
  private main: SVGSVGElement | undefined;
  private readonly sheet: HTMLElement;
  private readonly spacer: HTMLElement;
  private readonly top: HTMLElement;
  private readonly corner: HTMLElement;
  private readonly left: HTMLElement;
  private highlighted: string | null = null;
  private scale = 1;

  constructor(
    private readonly container: HTMLElement,
    private readonly onActivated: (elementId: string) => void,
  ) {
    this.sheet = div('canvas-sheet');
    this.spacer = div('canvas-spacer');
    this.top = div('canvas-frozen canvas-top');
    this.corner = div('canvas-frozen canvas-corner');
    this.left = div('canvas-frozen canvas-left');
    for (const strip of [this.top, this.corner, this.left]) strip.setAttribute('aria-hidden', 'true');
    this.top.appendChild(this.corner);
    this.sheet.append(this.spacer, this.top, this.left);
    container.appendChild(this.sheet);
    container.addEventListener('click', (event) => {
      const id = this.elementIdOf(event.target);
      if (id) this.activate(id);
    });
    container.addEventListener('keydown', (event) => this.onKey(event));
  }

  get svg(): SVGSVGElement | undefined {
    return this.main;
  }

  get drawn(): PreviewCanvas | undefined {
    return this.canvas;
  }

  /** How many elements can be focused (the render report counts them). */
  get elementCount(): number {
    return this.main ? this.interactive().length : 0;
  }

  private focusable: SVGGElement[] | undefined;
  private byId: Map<string, SVGGElement> | undefined;

  /** Draws `canvas`; returns false when it is the very drawing already on screen (nothing to do). */
  render(canvas: PreviewCanvas): boolean {
    if (this.canvas && this.canvas.svg === canvas.svg) {
      this.canvas = canvas;
      return false;
    }
    // Core's SVG already shows control characters as visible pictures (src/core/canvas/text.ts):
    // no second pass over every text node here.
    const svg = parseSvgInert(canvas.svg, this.container.ownerDocument);
    svg.classList.add('canvas-main');
    // Core marks the elements with a source line as labelled groups: the keyboard reaches them
    // (Tab, arrows) and Enter activates them. They stay groups: their label describes the whole
    // card, which a button's name (taken from its visible text) could not.
    const focusable: SVGGElement[] = [];
    for (const element of Array.from(svg.querySelectorAll<SVGGElement>('g[data-id][data-kind][role="group"]'))) {
      if (!INTERACTIVE_KINDS.has(element.getAttribute('data-kind') ?? '')) continue;
      element.setAttribute('tabindex', '0');
      focusable.push(element);
    }
    this.focusable = focusable;
    this.byId = undefined;
    this.main?.remove();
    this.sheet.appendChild(svg);
    this.main = svg;
    this.canvas = canvas;
    this.top.replaceChildren(this.frozenCopy(svg, 'top'), this.corner);
    this.spacer.style.height = '0';
    this.corner.replaceChildren(this.frozenCopy(svg, 'corner'));
    this.left.replaceChildren(this.frozenCopy(svg, 'left'));
    this.applyScale();
    if (this.highlighted !== null) this.highlight(this.highlighted, false);
    return true;
  }

  clear(): void {
    this.main?.remove();
    this.main = undefined;
    this.focusable = undefined;
    this.byId = undefined;
    this.canvas = undefined;
    for (const strip of [this.left, this.corner]) strip.replaceChildren();
    this.top.replaceChildren(this.corner);
  }

  naturalSize(): { width: number; height: number } | undefined {
    return this.canvas ? { width: this.canvas.width, height: this.canvas.height } : undefined;
  }

  setScale(factor: number): void {
    this.scale = factor;
    this.applyScale();
  }

  highlight(elementId: string | null, scrollIntoView: boolean): void {
    this.highlighted = elementId;
    for (const ring of Array.from(this.sheet.querySelectorAll('.canvas-highlight-ring'))) ring.remove();
    for (const element of Array.from(this.sheet.querySelectorAll('.canvas-highlighted')))
      element.classList.remove('canvas-highlighted');
    if (elementId === null || !this.main) return;
    const target = this.find(elementId);
    if (!target) return;
    target.classList.add('canvas-highlighted');
    // A ring drawn over the element's box reads on every theme and whatever shapes the element uses.
    try {
      const box = target.getBBox();
      const ring = document.createElementNS(SVG_NS, 'rect');
      ring.setAttribute('class', 'canvas-highlight-ring');
      ring.setAttribute('x', String(box.x - 3));
      ring.setAttribute('y', String(box.y - 3));
      ring.setAttribute('width', String(box.width + 6));
      ring.setAttribute('height', String(box.height + 6));
      ring.setAttribute('rx', '4');
      ring.setAttribute('aria-hidden', 'true');
      this.main.appendChild(ring);
    } catch {
      // not laid out yet (hidden view): the class alone marks it
    }
    if (scrollIntoView) target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  private find(elementId: string): SVGGElement | undefined {
    if (!this.byId) {
      this.byId = new Map();
      for (const element of this.interactive()) this.byId.set(element.getAttribute('data-id') ?? '', element);
    }
    return this.byId.get(elementId);
  }

  /** The focusable elements, found once per drawing (a 1,000-touchpoint map has 5,000). */
  private interactive(): SVGGElement[] {
    if (!this.main) return [];
    this.focusable ??= Array.from(this.main.querySelectorAll<SVGGElement>('[data-id][tabindex]'));
    return this.focusable;
  }

  private elementIdOf(target: EventTarget | null): string | undefined {
    if (!(target instanceof Element)) return undefined;
    const group = target.closest('[data-id][data-kind]');
    if (!group || !this.container.contains(group)) return undefined;
    if (!INTERACTIVE_KINDS.has(group.getAttribute('data-kind') ?? '')) return undefined;
    return group.getAttribute('data-id') ?? undefined;
  }

  private activate(elementId: string): void {
    this.highlight(elementId, false);
    this.onActivated(elementId);
  }

  private onKey(event: KeyboardEvent): void {
    const current = event.target instanceof Element ? event.target.closest<SVGGElement>('[data-id][tabindex]') : null;
    if (!current || !this.main?.contains(current)) return;
    if (event.key === 'Enter' || event.key === ' ') {
      const id = current.getAttribute('data-id');
      if (id) this.activate(id);
      event.preventDefault();
      return;
    }
    const direction = ARROWS[event.key];
    if (!direction) return;
    const next = nearestInDirection(current, this.interactive(), direction);
    if (next) {
      next.focus();
      next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    event.preventDefault();
  }

  /**
   * A copy of the drawing for a sticky strip: not focusable, no ids (they stay unique), and
   * only what the strip shows (the other groups removed, so a large map is not drawn 4×).
   */
  private frozenCopy(svg: SVGSVGElement, strip: 'top' | 'left' | 'corner'): SVGSVGElement {
    // A shallow copy of the root plus deep copies of the background and the strip's groups:
    // cloning the whole drawing and pruning it cost seconds at 1,000 touchpoints.
    const copy = svg.cloneNode(false) as SVGSVGElement;
    copy.classList.remove('canvas-main');
    copy.classList.add('canvas-copy');
    for (const name of ['role', 'aria-label', 'aria-labelledby', 'aria-roledescription', 'id'])
      copy.removeAttribute(name);
    copy.setAttribute('aria-hidden', 'true');
    copy.setAttribute('focusable', 'false');
    const keep = strip === 'top' ? FROZEN_TOP_KINDS : strip === 'left' ? FROZEN_LEFT_KINDS : FROZEN_CORNER_KINDS;
    for (const child of Array.from(svg.children)) {
      const kind = child.getAttribute('data-kind');
      const isBackground = child.localName === 'rect' && kind === null;
      if (isBackground || (kind !== null && keep.has(kind))) copy.appendChild(child.cloneNode(true));
    }
    for (const element of Array.from(copy.querySelectorAll('[tabindex],[id],[role]'))) {
      element.removeAttribute('tabindex');
      element.removeAttribute('role');
      element.removeAttribute('aria-label');
      element.removeAttribute('id');
    }
    return copy;
  }

  private applyScale(): void {
    const canvas = this.canvas;
    if (!canvas || !this.main) return;
    const z = this.scale;
    const px = (value: number) => `${Math.round(value * z)}px`;
    this.sheet.style.width = px(canvas.width);
    this.sheet.style.height = px(canvas.height);
    sizeSvg(this.main, canvas.width * z, canvas.height * z);
    // In flow: a spacer down to the stage-header row, the header strip (sticky on top), then
    // the lane-name strip (sticky on the left) down to the bottom; the drawing lies beneath.
    const headerBottom = canvas.headerTop + canvas.headerHeight;
    this.spacer.style.height = px(canvas.headerTop);
    this.top.style.width = px(canvas.width);
    this.top.style.height = px(canvas.headerHeight);
    this.corner.style.width = px(canvas.frozenLeft);
    this.corner.style.height = px(canvas.headerHeight);
    this.left.style.width = px(canvas.frozenLeft);
    this.left.style.height = px(Math.max(0, canvas.height - headerBottom));
    for (const copy of Array.from(this.sheet.querySelectorAll<SVGSVGElement>('svg.canvas-copy'))) {
      sizeSvg(copy, canvas.width * z, canvas.height * z);
    }
    for (const copy of [this.top.querySelector(':scope > svg'), this.corner.querySelector('svg')])
      if (copy instanceof SVGSVGElement) copy.style.top = `-${px(canvas.headerTop)}`;
    // Shifted by `top`, not a negative margin: that would collapse through the strip and move it.
    const leftCopy = this.left.querySelector<SVGSVGElement>('svg');
    if (leftCopy) leftCopy.style.top = `-${px(headerBottom)}`;
    // Keep a focused element clear of the sticky strips when it is scrolled into view.
    this.container.style.scrollPaddingTop = px(canvas.headerHeight);
    this.container.style.scrollPaddingLeft = px(canvas.frozenLeft);
  }
}

/** What each sticky strip keeps of the drawing: headers on top, lane names on the left, both in the corner. */
const FROZEN_TOP_KINDS = new Set(['stage']);
const FROZEN_LEFT_KINDS = new Set(['lane']);
const FROZEN_CORNER_KINDS = new Set<string>();

type Direction = { dx: number; dy: number };
const ARROWS: Record<string, Direction | undefined> = {
  ArrowRight: { dx: 1, dy: 0 },
  ArrowLeft: { dx: -1, dy: 0 },
  ArrowDown: { dx: 0, dy: 1 },
  ArrowUp: { dx: 0, dy: -1 },
};

/** Spatial navigation: the closest element whose centre lies in the arrow's half-plane, favouring the axis. */
function nearestInDirection(
  from: Element,
  candidates: readonly SVGGElement[],
  direction: Direction,
): SVGGElement | undefined {
  const origin = centre(from.getBoundingClientRect());
  let best: SVGGElement | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate === from) continue;
    const point = centre(candidate.getBoundingClientRect());
    const along = (point.x - origin.x) * direction.dx + (point.y - origin.y) * direction.dy;
    if (along <= 1) continue;
    const across = Math.abs((point.x - origin.x) * direction.dy + (point.y - origin.y) * direction.dx);
    const score = along + 3 * across;
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

function centre(rect: DOMRect): { x: number; y: number } {
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

function sizeSvg(svg: SVGSVGElement, width: number, height: number): void {
  svg.style.width = `${Math.round(width)}px`;
  svg.style.height = `${Math.round(height)}px`;
  svg.style.maxWidth = 'none';
}

function div(className: string): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  return element;
}
