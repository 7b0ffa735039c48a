import { clampZoom } from '../shared/previewProtocol';

/** The smallest zoom "Fit" uses, for a very long journey in a narrow panel. */
const MIN_FIT_ZOOM = 0.05;
/** Each click multiplies or divides the zoom by this. */
const ZOOM_STEP = 1.25;

export type Zoom = number | 'fit';

/** What the zoom sizes: the Mermaid diagram or the canvas. */
export interface ZoomSurface {
  /** The drawing's size at 100 %, or undefined when nothing is drawn. */
  naturalSize(): { width: number; height: number } | undefined;
  setScale(factor: number): void;
}

/** The Mermaid diagram: the <svg> in a container, sized through its style. */
export function svgSurface(container: HTMLElement): ZoomSurface {
  return {
    naturalSize: () => {
      const svg = container.querySelector('svg');
      return svg ? naturalSizeOf(svg) : undefined;
    },
    setScale: (factor) => {
      const svg = container.querySelector('svg');
      if (!svg) return;
      const { width, height } = naturalSizeOf(svg);
      svg.style.maxWidth = 'none';
      svg.style.width = `${Math.round(width * factor)}px`;
      svg.style.height = `${Math.round(height * factor)}px`;
    },
  };
}

/**
 * Sizes the diagram explicitly (Mermaid's natural size × zoom) inside a scrolling
 * container, instead of letting it shrink to the panel width: text stays legible and
 * the user scrolls; "Fit" is the explicit choice to see it all at once.
 */
export class ZoomController {
  private zoom: Zoom;

  constructor(
    private container: HTMLElement,
    private readonly label: HTMLElement,
    initial: Zoom,
    private readonly onChange: (zoom: Zoom) => void,
    private surface: ZoomSurface = svgSurface(container),
  ) {
    this.zoom = initial;
  }

  /** Points the zoom at the view on screen (the Map and Mermaid views share one zoom). */
  attach(container: HTMLElement, surface: ZoomSurface): void {
    this.container = container;
    this.surface = surface;
    this.apply();
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
    if (!this.surface.naturalSize()) return;
    const factor = this.effectiveZoom();
    this.surface.setScale(factor);
    this.label.textContent = `${Math.round(factor * 100)}%`;
  }

  effectiveZoom(): number {
    if (this.zoom !== 'fit') return this.zoom;
    const size = this.surface.naturalSize();
    if (!size) return 1;
    const style = getComputedStyle(this.container);
    const available = this.container.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const { width } = size;
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
