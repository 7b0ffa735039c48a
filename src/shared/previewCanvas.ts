/**
 * The Map view's part of a preview update: core's canvas (layout + SVG) for the options the
 * page asked for, plus what the extension keeps to sync the editor with it (each element's
 * id and source path). Pure: no vscode, no DOM.
 */
import type { JourneyAnalysis } from '../core/index';
import { layoutCanvas, renderCanvasSvg } from './canvasPlaceholder';
import type { PreviewCanvas, PreviewChoice, PreviewViewOptions } from './previewProtocol';

/** A drawn element the editor can reveal and highlight. */
export interface CanvasSyncElement {
  readonly id: string;
  readonly kind: string;
  readonly path: readonly (string | number)[];
}

export interface BuiltCanvas {
  readonly canvas: PreviewCanvas;
  readonly elements: readonly CanvasSyncElement[];
}

const SYNCED_KINDS = new Set(['stage', 'touchpoint', 'painPoint', 'opportunity', 'metric']);

export function buildPreviewCanvas(analysis: JourneyAnalysis, options: PreviewViewOptions): BuiltCanvas {
  const layout = layoutCanvas(analysis);
  const svg = renderCanvasSvg(layout, { theme: options.theme });
  const personas: PreviewChoice[] = (analysis.journey?.personas ?? []).map((persona) => ({
    id: persona.id,
    label: persona.name || persona.id,
  }));
  const lanes: PreviewChoice[] = layout.elements
    .filter((element) => element.kind === 'lane')
    .map((element) => ({ id: element.id, label: element.label }));
  return {
    canvas: {
      svg,
      width: layout.width,
      height: layout.height,
      frozenLeft: layout.laneLabelWidth,
      frozenTop: layout.headerHeight,
      personas,
      lanes,
    },
    elements: layout.elements
      .filter((element) => SYNCED_KINDS.has(element.kind) && element.path.length > 0)
      .map((element) => ({ id: element.id, kind: element.kind, path: element.path })),
  };
}
