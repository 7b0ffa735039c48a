/**
 * The Map view's part of a preview update: core's canvas (src/core/canvas: layout + SVG) for
 * the options the page asked for, plus what the extension keeps to sync the editor with it
 * (each interactive element's id and source path). Pure: no vscode, no DOM.
 */
import {
  canvasPages,
  LANE_IDS,
  laneLabels,
  layoutCanvas,
  renderCanvasSvg,
  type CanvasOptions,
  type CanvasPage,
  type LaneId,
  type PageSize,
} from '../core/canvas/index';
import type { JourneyAnalysis } from '../core/index';
import type { Language } from '../core/l10n/index';
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

/** The element kinds that are a node of the map (a card), not a heading or marker about one. */
const PRIMARY_KINDS = new Set(['stage', 'touchpoint', 'painPoint', 'opportunity', 'backstage', 'metric']);

/** The lane filter's choices, named in the page's (the reader's) language. */
function laneChoices(language: Language): PreviewChoice[] {
  const labels = laneLabels(language);
  return LANE_IDS.map((id) => ({ id, label: labels[id] }));
}

/**
 * The canvas options a preview's view options stand for (persona filter, hidden lanes), in the
 * reader's `language` (a map that declares its own `language` is drawn in that).
 */
export function canvasOptionsFor(options: PreviewViewOptions, language: Language = 'en'): CanvasOptions {
  const hiddenLanes = options.hiddenLanes.filter((lane): lane is LaneId =>
    (LANE_IDS as readonly string[]).includes(lane),
  );
  return { ...(options.personas ? { personas: options.personas } : {}), hiddenLanes, language };
}

/** The PDF pages of the canvas as the preview shows it: one page of its own size, or paged. */
export function buildCanvasPages(
  analysis: JourneyAnalysis,
  options: PreviewViewOptions,
  page: PageSize | undefined,
  language: Language = 'en',
): CanvasPage[] {
  return canvasPages(analysis, canvasOptionsFor(options, language), page);
}

export function buildPreviewCanvas(
  analysis: JourneyAnalysis,
  options: PreviewViewOptions,
  language: Language = 'en',
): BuiltCanvas {
  const layout = layoutCanvas(analysis, canvasOptionsFor(options, language));
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
      lanes: laneChoices(language),
    },
    // The cards of the map's own nodes first: for the cursor, a touchpoint's card wins over a lane
    // heading or a gap marker pointing at the same node (the first of equal ranges is taken).
    elements: layout.elements
      .filter((element) => element.interactive && element.path.length > 0)
      .map((element) => ({ id: element.id, kind: element.kind, path: element.path }))
      .sort((a, b) => Number(!PRIMARY_KINDS.has(a.kind)) - Number(!PRIMARY_KINDS.has(b.kind))),
  };
}
