/**
 * The Map view's part of a preview update. The language server sends the canvas's input (the
 * journey, its metrics and findings, the page's options) as plain data, and the page lays out
 * and draws it with core's canvas (src/core/canvas: layout + SVG), the same pure code the
 * exports use: a few hundred KB of input travel instead of megabytes of SVG, and as a patch of
 * what the page has (textPatch.ts). The server lays out the same input for editor sync (each
 * interactive element's id and source path). Pure: no vscode, no DOM.
 */
import { canvasPages, type CanvasPage, type PageSize } from '../core/canvas/pages';
import { laneLabels, layoutCanvas, type CanvasOptions } from '../core/canvas/layout';
import type { CanvasSource, DrawnFinding } from '../core/canvas/model';
import { renderCanvasSvg } from '../core/canvas/svg';
import { LANE_IDS, type LaneId } from '../core/canvas/types';
import type { JourneyAnalysis } from '../core/index';
import { toLanguage, type Language } from '../core/l10n/language';
import { isRecord } from '../core/values';
import {
  parseViewOptions,
  type PreviewCanvas,
  type PreviewChoice,
  type PreviewViewOptions,
  type UpdateMessage,
} from './previewProtocol';

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

/** What the page draws the canvas from: plain JSON, the same for the same picture. */
export interface CanvasInput extends CanvasSource {
  readonly options: PreviewViewOptions;
  /** The reader's display language (a map's own `language` still wins): the canvas's words. */
  readonly language?: Language;
}

/**
 * The canvas input of an analysis whose findings are already worded in the canvas's language
 * (withLocalFindings, on the server: the page's bundle carries no finding catalogue).
 */
export function canvasInputOf(
  analysis: JourneyAnalysis,
  options: PreviewViewOptions,
  language: Language = 'en',
): CanvasInput {
  return {
    journey: analysis.journey,
    metrics: analysis.metrics,
    findings: analysis.findings.map(drawnFinding),
    options,
    language,
  };
}

function drawnFinding(finding: DrawnFinding): DrawnFinding {
  const { code, rule, category, severity, message, messageId, data, path } = finding;
  return { code, rule, category, severity, message, messageId, data, path };
}

/**
 * The canvas input in a JSON text the page received (through the extension: input like any
 * other). Checks its outline; the layout reads the journey as any map of unknown shape.
 */
export function parseCanvasInput(text: string): CanvasInput {
  const value: unknown = JSON.parse(text);
  const options = isRecord(value) ? parseViewOptions(value.options) : undefined;
  if (
    !isRecord(value) ||
    !options ||
    !isRecord(value.journey) ||
    !Array.isArray(value.metrics) ||
    !value.metrics.every(isRecord) ||
    !Array.isArray(value.findings) ||
    !value.findings.every((finding) => isRecord(finding) && typeof finding.message === 'string')
  )
    throw new Error('The canvas input is malformed.');
  const language = toLanguage(typeof value.language === 'string' ? value.language : undefined) ?? 'en';
  return { ...(value as unknown as CanvasInput), options, language };
}

/** The canvas of an update whose canvas input is whole (an answer without a watch); undefined without one. */
export function drawnCanvasOf(message: Pick<UpdateMessage, 'canvasInput'>): BuiltCanvas | undefined {
  const text = message.canvasInput?.text;
  return text === undefined ? undefined : drawPreviewCanvas(parseCanvasInput(text));
}

/** Lays out and draws the canvas (the page's side). */
export function drawPreviewCanvas(input: CanvasInput): BuiltCanvas {
  const language = input.language ?? 'en';
  const layout = layoutCanvas(input, canvasOptionsFor(input.options, language));
  const svg = renderCanvasSvg(layout, { theme: input.options.theme });
  const personas: PreviewChoice[] = (input.journey?.personas ?? []).map((persona) => ({
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
    elements: syncElements(layout.elements),
  };
}

/** The canvas's interactive elements with their paths, from the layout alone (the server's side: no SVG). */
export function canvasSyncElements(input: CanvasInput): readonly CanvasSyncElement[] {
  return syncElements(layoutCanvas(input, canvasOptionsFor(input.options, input.language ?? 'en')).elements);
}

function syncElements(elements: ReturnType<typeof layoutCanvas>['elements']): CanvasSyncElement[] {
  // The cards of the map's own nodes first: for the cursor, a touchpoint's card wins over a lane
  // heading or a gap marker pointing at the same node (the first of equal ranges is taken).
  return elements
    .filter((element) => element.interactive && element.path.length > 0)
    .map((element) => ({ id: element.id, kind: element.kind, path: element.path }))
    .sort((a, b) => Number(!PRIMARY_KINDS.has(a.kind)) - Number(!PRIMARY_KINDS.has(b.kind)));
}
