/**
 * The Map view's part of a preview update: core's canvas (src/core/canvas: layout + SVG) for
 * the options the page asked for, plus what the extension keeps to sync the editor with it
 * (each interactive element's id and source path). Pure: no vscode, no DOM.
 */
import { LANE_IDS, LANE_LABELS, layoutCanvas, renderCanvasSvg, type LaneId } from '../core/canvas/index';
import type { JourneyAnalysis } from '../core/index';
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

const LANE_CHOICES: readonly PreviewChoice[] = LANE_IDS.map((id) => ({ id, label: LANE_LABELS[id] }));

export function buildPreviewCanvas(analysis: JourneyAnalysis, options: PreviewViewOptions): BuiltCanvas {
  const hiddenLanes = options.hiddenLanes.filter((lane): lane is LaneId =>
    (LANE_IDS as readonly string[]).includes(lane),
  );
  const layout = layoutCanvas(analysis, {
    ...(options.personas ? { personas: options.personas } : {}),
    hiddenLanes,
  });
  const svg = renderCanvasSvg(layout, { theme: options.theme });
  const personas: PreviewChoice[] = (analysis.journey?.personas ?? []).map((persona) => ({
    id: persona.id,
    label: persona.name || persona.id,
  }));
  return {
    canvas: {
      svg,
      width: layout.width,
      height: layout.height,
      frozenLeft: layout.laneHeaderWidth,
      headerTop: layout.stageHeader.y,
      headerHeight: layout.stageHeader.height,
      personas,
      lanes: LANE_CHOICES,
    },
    elements: layout.elements
      .filter((element) => element.interactive && element.path.length > 0)
      .map((element) => ({ id: element.id, kind: element.kind, path: element.path })),
  };
}
