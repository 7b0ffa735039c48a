import { clampZoom } from '../shared/previewProtocol';

/** The smallest zoom "Fit" uses, for a very long journey in a narrow panel. */
const MIN_FIT_ZOOM = 0.05;
/** Each click multiplies or divides the zoom by this. */
const ZOOM_STEP = 1.25;

export type Zoom = number | 'fit';

/**
 * Sizes the diagram explicitly (Mermaid's natural size × zoom) inside a scrolling
 * container, instead of letting it shrink to the panel width: text stays legible and
 * the user scrolls; "Fit" is the explicit choice to see it all at once.
 */
export class ZoomController {
  private zoom: Zoom;

  constructor(
    private readonly container: HTMLElement,
    private readonly label: HTMLElement,
    initial: Zoom,
    private readonly onChange: (zoom: Zoom) => void,
  ) {
    this.zoom = initial;
  }

  get current(): Zoom {
    return this.zoom;
  }

  zoomIn(): void {
    this.set(clampZoom(this.effectiveZoom() * ZOOM_STEP));
  }

  zoomOut(): void {
    this.set(clampZoom(this.effectiveZoom() / ZOOM_STEP));
  }

  fit(): void {
    this.set('fit');
  }

  set(zoom: Zoom): void {
    this.zoom = zoom;
    this.apply();
    this.onChange(zoom);
  }

  /** Sizes the current SVG; call after every render and on resize. */
  apply(): void {
    const svg = this.container.querySelector('svg');
    if (!svg) return;
    const { width, height } = naturalSizeOf(svg);
    const factor = this.effectiveZoom();
    svg.style.maxWidth = 'none';
    svg.style.width = `${Math.round(width * factor)}px`;
    svg.style.height = `${Math.round(height * factor)}px`;
    this.label.textContent = `${Math.round(factor * 100)}%`;
  }

  effectiveZoom(): number {
    if (this.zoom !== 'fit') return this.zoom;
    const svg = this.container.querySelector('svg');
    if (!svg) return 1;
    const style = getComputedStyle(this.container);
    const available = this.container.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const { width } = naturalSizeOf(svg);
    // Fit may go below the buttons' minimum: it is the explicit "show me all of it".
    return width > 0 && available > 0 ? Math.max(MIN_FIT_ZOOM, Math.min(1, available / width)) : 1;
  }
}

function naturalSizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const viewBox = svg.viewBox.baseVal;
  const width = parseFloat(svg.getAttribute('width') ?? '') || viewBox?.width || 0;
  const height = parseFloat(svg.getAttribute('height') ?? '') || viewBox?.height || 0;
  return { width, height };
}
