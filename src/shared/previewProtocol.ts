/**
 * The messages between the extension and the preview webview, declared once and imported
 * by both sides. Every message about a document carries its URI and version so either
 * side can drop what concerns another document or an older version. Both sides validate
 * what they receive with the parsers below before using it: a webview is a web page, and
 * its messages are input like any other.
 */
import { toLanguage, type Language } from '../core/l10n/language';
import type { CanvasTheme } from '../core/canvas/palette';
import type { Severity } from '../core/findings';
import { isRecord } from '../core/values';
import type { PatchedText } from './textPatch';

/** The two drawings one preview panel can show. */
export type PreviewView = 'map' | 'mermaid';
export const PREVIEW_VIEWS: readonly PreviewView[] = ['map', 'mermaid'];

/** The canvas themes (VS Code's four theme kinds map onto these). */
export type { CanvasTheme };

/**
 * What the user chose in the page, sent to the extension (and persisted by the page):
 * the drawing is a pure function of the analysis and these options.
 */
export interface PreviewViewOptions {
  readonly view: PreviewView;
  readonly theme: CanvasTheme;
  /** Persona ids to draw; null draws every persona. */
  readonly personas: readonly string[] | null;
  /** Canvas lanes the user hid (lane ids as the canvas names them). */
  readonly hiddenLanes: readonly string[];
}

/** A task of the diagram as the webview needs it: the Nth task of the SVG is tasks[N]. */
export interface PreviewTask {
  readonly label: string;
  /** 1-based line of the touchpoint (or stage) in the map, for tooltips. */
  readonly line: number;
  /** False when the map records no emotion here and the score is a neutral stand-in. */
  readonly emotionRecorded: boolean;
}

export interface PreviewMetric {
  readonly label: string;
  /** Where it sits, e.g. "Purchase › Checkout". */
  readonly where: string;
  readonly display: string;
  readonly status: 'meets-target' | 'below-target' | 'no-target' | 'not-measured';
}

export type SeverityCounts = Readonly<Record<Severity, number>>;

export interface PreviewSummary {
  readonly title: string;
  readonly stageCount: number;
  readonly touchpointCount: number;
  readonly personaCount: number;
  /** Gap findings (JM2xx) by severity. */
  readonly gaps: SeverityCounts;
  /** Every other problem (syntax, schema, references, limits) by severity. */
  readonly problems: SeverityCounts;
  readonly metrics: readonly PreviewMetric[];
}

/** The first error of an invalid map, shown above the last good diagram. */
export interface PreviewBanner {
  readonly code: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /** How many errors in all. */
  readonly errorCount: number;
}

export interface DocumentTag {
  readonly uri: string;
  readonly version: number;
}

export interface PreviewDiagram {
  readonly text: string;
  readonly tasks: readonly PreviewTask[];
  /** toMermaid's actorSlots: each actor's persona palette slot, so personas keep their canvas colours. */
  readonly actorSlots?: readonly number[];
}

/** A persona or a lane the page offers as a filter. */
export interface PreviewChoice {
  readonly id: string;
  readonly label: string;
}

/**
 * The journey canvas as the page draws it (src/shared/previewCanvas.ts: core's layout and SVG)
 * from the canvas input the language server sends (`UpdateMessage.canvasInput`).
 */
export interface PreviewCanvas {
  /** Self-contained SVG; element groups carry data-id / data-kind / data-path. */
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** The lane-name column's width (SVG units): kept in view while scrolling sideways. */
  readonly frozenLeft: number;
  /** The stage-header row's top and height (SVG units): kept in view while scrolling down. */
  readonly headerTop: number;
  readonly headerHeight: number;
  readonly personas: readonly PreviewChoice[];
  readonly lanes: readonly PreviewChoice[];
}

export interface UpdateMessage extends DocumentTag {
  readonly type: 'update';
  readonly fileName: string;
  /** The view this update was built for (the page may have switched since: it then waits for the next). */
  readonly view: PreviewView;
  /** The Mermaid view's drawing. Absent when the map is invalid (the page keeps the last good one) or in the Map view. */
  readonly diagram?: PreviewDiagram;
  /**
   * The Map view's input: the JSON of a CanvasInput (src/shared/previewCanvas.ts), whole or as a
   * patch of the input the page received last; the page lays out and draws it. Absent when the
   * map is invalid or in the Mermaid view.
   */
  readonly canvasInput?: PatchedText;
  /** Absent when the map is invalid, like the drawings. */
  readonly summary?: PreviewSummary;
  readonly banner?: PreviewBanner;
  /** Says what is shown when it is not what was asked for (e.g. a map too large for Mermaid). */
  readonly note?: string;
  /**
   * The drawing's input is the one the page already shows (the language server compared
   * them): the update carries no diagram or canvas, and the page keeps its drawing, retagged
   * with this version, without redrawing.
   */
  readonly unchanged?: boolean;
}

export interface HighlightTaskMessage extends DocumentTag {
  readonly type: 'highlightTask';
  /** Null clears the highlight (the cursor is outside every task). */
  readonly taskIndex: number | null;
}

/** The canvas element under the editor's cursor (its data-id), or null. */
export interface HighlightElementMessage extends DocumentTag {
  readonly type: 'highlightElement';
  readonly elementId: string | null;
}

/** jpeg: the canvas as a photo-like raster, for the PDF fallback (a PDF embeds JPEG as it is). */
export type ExportImageFormat = 'svg' | 'png' | 'jpeg';

export interface ExportImageRequest {
  readonly type: 'exportImage';
  readonly uri: string;
  readonly requestId: number;
  readonly format: ExportImageFormat;
  /** Device pixels per SVG pixel for PNG (2 gives a crisp image on slides). */
  readonly scale: number;
  /** Rasterise this SVG (the canvas, drawn by core) instead of the Mermaid diagram on screen. */
  readonly svg?: string;
}

/** The title-bar command switched the view: the page switches and answers with `viewOptions`. */
export interface SetViewMessage {
  readonly type: 'setView';
  readonly uri: string;
  readonly view: PreviewView;
}

export type ExtensionToWebviewMessage =
  UpdateMessage | SetViewMessage | HighlightTaskMessage | HighlightElementMessage | ExportImageRequest;

/** What the webview reports after each render: the integration tests and the timing come from here. */
export interface RenderReport extends DocumentTag {
  readonly type: 'rendered';
  /** What was drawn: the canvas ('map') or Mermaid's diagram. */
  readonly view?: PreviewView;
  /** True when the drawing's input had not changed and nothing was redrawn. */
  readonly unchanged?: boolean;
  /** Distinct label strings the Mermaid label wrapping had to measure (the rest were cached). */
  readonly measuredStrings?: number;
  /** Mermaid's own render and our label wrapping, in ms (issue 12's cost ratio). */
  readonly mermaidMs?: number;
  readonly wrapMs?: number;
  readonly taskCount: number;
  readonly svgLength: number;
  /** From receiving the update to the SVG being on screen. */
  readonly renderMs: number;
  readonly wrappedLabels: number;
  readonly theme: string;
  /** Mermaid's message when it could not draw the text (the last good diagram stays). */
  readonly error?: string;
  /** Set when Mermaid itself could not be loaded (the page then needs a reload, not a new update). */
  readonly mermaidUnavailable?: boolean;
}

/** The page could not rebuild a patched canvas input (it lacks the base): the extension sends it whole. */
export interface NeedDrawingMessage {
  readonly type: 'needDrawing';
  readonly uri: string;
}

export interface ReadyMessage {
  readonly type: 'ready';
  /** The options the page restored (or its defaults); absent: the extension's defaults. */
  readonly options?: PreviewViewOptions;
}

/** The user changed the view, the persona filter, a lane, or VS Code changed the theme. */
export interface ViewOptionsMessage {
  readonly type: 'viewOptions';
  readonly uri: string;
  readonly options: PreviewViewOptions;
}

export interface RevealTaskMessage extends DocumentTag {
  readonly type: 'revealTask';
  readonly taskIndex: number;
}

/** A canvas element was clicked or activated with Enter: reveal its source. */
export interface RevealElementMessage extends DocumentTag {
  readonly type: 'revealElement';
  readonly elementId: string;
}

export type ExportImageResult =
  | {
      readonly type: 'exportResult';
      readonly uri: string;
      readonly requestId: number;
      readonly format: ExportImageFormat;
      readonly ok: true;
      /** SVG text, or PNG bytes in base64. */ readonly data: string;
      readonly width: number;
      readonly height: number;
    }
  | {
      readonly type: 'exportResult';
      readonly uri: string;
      readonly requestId: number;
      readonly format: ExportImageFormat;
      readonly ok: false;
      readonly error: string;
    };

export type WebviewToExtensionMessage =
  | ReadyMessage
  | ViewOptionsMessage
  | RenderReport
  | RevealTaskMessage
  | RevealElementMessage
  | ExportImageResult
  | NeedDrawingMessage;

/** What the webview persists with `setState` and the serializer gets back after a reload. */
export interface PreviewState {
  readonly uri: string;
  /** Absent in state saved by versions before the canvas. */
  readonly options?: PreviewViewOptions;
  /** A zoom factor, or 'fit' for fit-to-width. */
  readonly zoom: number | 'fit';
  readonly scrollLeft: number;
  readonly scrollTop: number;
}

/** Settings the extension hands the page in the `data-settings` attribute of <body>. */
export interface PreviewPageSettings {
  readonly uri: string;
  readonly mermaidUrl: string;
  /** The view of a first open (`journeyMap.preview.defaultView`); a restored page keeps its own. */
  readonly defaultView: PreviewView;
  /** The reader's display language: the page's own words (toolbar, banner, summary) are in it. */
  readonly language: Language;
}

export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 4;
const MAX_TEXT = 2_000_000;
/** A 1,000-touchpoint canvas is a few MB of SVG. */
const MAX_SVG = 32 * 1024 * 1024;
/** The canvas input of a map at the 1 MiB size limit, as JSON, with room to spare. */
const MAX_CANVAS_INPUT = 16 * 1024 * 1024;
const MAX_PARTS = 1_000_000;
const MAX_CHOICES = 1_000;
const MAX_ID = 1_000;
/** A PNG of a 1,000-task map at 2× stays well below this. */
const MAX_EXPORT_DATA = 64 * 1024 * 1024;
const MAX_TASKS = 10_000;

// ---- validation ---------------------------------------------------------------------------

type Guarded = Record<string, unknown>;

function isText(value: unknown, max = MAX_TEXT): value is string {
  return typeof value === 'string' && value.length <= max;
}
function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= Number.MAX_SAFE_INTEGER;
}
function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
function isTag(value: Guarded): boolean {
  return isText(value.uri, 10_000) && isCount(value.version);
}
function isSeverityCounts(value: unknown): value is SeverityCounts {
  return (
    isRecord(value) && isCount(value.error) && isCount(value.warning) && isCount(value.info) && isCount(value.hint)
  );
}
function isTask(value: unknown): value is PreviewTask {
  return (
    isRecord(value) && isText(value.label, 10_000) && isCount(value.line) && typeof value.emotionRecorded === 'boolean'
  );
}
const METRIC_STATUSES = ['meets-target', 'below-target', 'no-target', 'not-measured'];
function isMetric(value: unknown): value is PreviewMetric {
  return (
    isRecord(value) &&
    isText(value.label, 1000) &&
    isText(value.where, 1000) &&
    isText(value.display, 2000) &&
    METRIC_STATUSES.includes(value.status as string)
  );
}
function isSummary(value: unknown): value is PreviewSummary {
  return (
    isRecord(value) &&
    isText(value.title, 10_000) &&
    isCount(value.stageCount) &&
    isCount(value.touchpointCount) &&
    isCount(value.personaCount) &&
    isSeverityCounts(value.gaps) &&
    isSeverityCounts(value.problems) &&
    Array.isArray(value.metrics) &&
    value.metrics.length <= MAX_TASKS &&
    value.metrics.every(isMetric)
  );
}
function isBanner(value: unknown): value is PreviewBanner {
  return (
    isRecord(value) &&
    isText(value.code, 100) &&
    isText(value.message, 10_000) &&
    isCount(value.line) &&
    isCount(value.column) &&
    isCount(value.errorCount)
  );
}
function isDiagram(value: unknown): value is PreviewDiagram {
  return (
    isRecord(value) &&
    isText(value.text) &&
    Array.isArray(value.tasks) &&
    value.tasks.length <= MAX_TASKS &&
    value.tasks.every(isTask) &&
    (value.actorSlots === undefined ||
      (Array.isArray(value.actorSlots) && value.actorSlots.length <= MAX_TASKS && value.actorSlots.every(isCount)))
  );
}
function isPatchedText(value: unknown): value is PatchedText {
  if (!isRecord(value) || !isText(value.hash, 100)) return false;
  if (value.text !== undefined) return isText(value.text, MAX_CANVAS_INPUT);
  return (
    isText(value.base, 100) &&
    Array.isArray(value.parts) &&
    value.parts.length <= MAX_PARTS &&
    value.parts.every(
      (part) =>
        isText(part, MAX_CANVAS_INPUT) ||
        (Array.isArray(part) && part.length === 2 && isCount(part[0]) && isCount(part[1])),
    )
  );
}
function isIdList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.length <= MAX_CHOICES && value.every((id) => isText(id, MAX_ID));
}
function isView(value: unknown): value is PreviewView {
  return value === 'map' || value === 'mermaid';
}
function isCanvasTheme(value: unknown): value is CanvasTheme {
  return value === 'light' || value === 'dark' || value === 'high-contrast';
}
/** Validates view options from either side (or from saved state); undefined when malformed. */
export function parseViewOptions(value: unknown): PreviewViewOptions | undefined {
  if (!isRecord(value) || !isView(value.view) || !isCanvasTheme(value.theme)) return undefined;
  if (!(value.personas === null || isIdList(value.personas)) || !isIdList(value.hiddenLanes)) return undefined;
  return {
    view: value.view,
    theme: value.theme,
    personas: value.personas === null ? null : [...value.personas],
    hiddenLanes: [...value.hiddenLanes],
  };
}
function isElementId(value: unknown): value is string {
  return isText(value, MAX_ID) && value.length > 0;
}
function isFormat(value: unknown): value is ExportImageFormat {
  return value === 'svg' || value === 'png' || value === 'jpeg';
}

/** Validates a message received by the webview; undefined means "ignore it". */
export function parseExtensionMessage(value: unknown): ExtensionToWebviewMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'update':
      if (!isTag(value) || !isText(value.fileName, 1000) || !isView(value.view)) return undefined;
      if (value.diagram !== undefined && !isDiagram(value.diagram)) return undefined;
      if (value.canvasInput !== undefined && !isPatchedText(value.canvasInput)) return undefined;
      if (value.note !== undefined && !isText(value.note, 10_000)) return undefined;
      if (value.summary !== undefined && !isSummary(value.summary)) return undefined;
      if (value.banner !== undefined && !isBanner(value.banner)) return undefined;
      if (value.unchanged !== undefined && typeof value.unchanged !== 'boolean') return undefined;
      return value as unknown as UpdateMessage;
    case 'highlightTask':
      return isTag(value) && (value.taskIndex === null || isCount(value.taskIndex))
        ? (value as unknown as HighlightTaskMessage)
        : undefined;
    case 'setView':
      return isText(value.uri, 10_000) && isView(value.view) ? (value as unknown as SetViewMessage) : undefined;
    case 'highlightElement':
      return isTag(value) && (value.elementId === null || isElementId(value.elementId))
        ? (value as unknown as HighlightElementMessage)
        : undefined;
    case 'exportImage':
      return isText(value.uri, 10_000) &&
        isCount(value.requestId) &&
        isFormat(value.format) &&
        isFiniteNumber(value.scale) &&
        value.scale > 0 &&
        value.scale <= 8 &&
        (value.svg === undefined || isText(value.svg, MAX_SVG))
        ? (value as unknown as ExportImageRequest)
        : undefined;
    default:
      return undefined;
  }
}

/** Validates a message received by the extension; undefined means "ignore it". */
export function parseWebviewMessage(value: unknown): WebviewToExtensionMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'ready': {
      const options = value.options === undefined ? undefined : parseViewOptions(value.options);
      return options ? { type: 'ready', options } : { type: 'ready' };
    }
    case 'viewOptions': {
      const options = parseViewOptions(value.options);
      return isText(value.uri, 10_000) && options ? { type: 'viewOptions', uri: value.uri, options } : undefined;
    }
    case 'revealElement':
      return isTag(value) && isElementId(value.elementId) ? (value as unknown as RevealElementMessage) : undefined;
    case 'rendered':
      return isTag(value) &&
        isCount(value.taskCount) &&
        isCount(value.svgLength) &&
        isFiniteNumber(value.renderMs) &&
        isCount(value.wrappedLabels) &&
        isText(value.theme, 100) &&
        (value.view === undefined || isView(value.view)) &&
        (value.unchanged === undefined || typeof value.unchanged === 'boolean') &&
        (value.measuredStrings === undefined || isCount(value.measuredStrings)) &&
        (value.mermaidMs === undefined || isFiniteNumber(value.mermaidMs)) &&
        (value.wrapMs === undefined || isFiniteNumber(value.wrapMs)) &&
        (value.error === undefined || isText(value.error, 10_000)) &&
        (value.mermaidUnavailable === undefined || typeof value.mermaidUnavailable === 'boolean')
        ? (value as unknown as RenderReport)
        : undefined;
    case 'revealTask':
      return isTag(value) && isCount(value.taskIndex) ? (value as unknown as RevealTaskMessage) : undefined;
    case 'needDrawing':
      return isText(value.uri, 10_000) ? { type: 'needDrawing', uri: value.uri } : undefined;
    case 'exportResult': {
      if (!isText(value.uri, 10_000) || !isCount(value.requestId) || !isFormat(value.format)) return undefined;
      if (value.ok === true) {
        return isText(value.data, MAX_EXPORT_DATA) && isFiniteNumber(value.width) && isFiniteNumber(value.height)
          ? (value as unknown as ExportImageResult)
          : undefined;
      }
      return value.ok === false && isText(value.error, 10_000) ? (value as unknown as ExportImageResult) : undefined;
    }
    default:
      return undefined;
  }
}

/** Validates persisted webview state (it comes back from disk after a reload). */
export function parsePreviewState(value: unknown): PreviewState | undefined {
  if (!isRecord(value) || !isText(value.uri, 10_000) || value.uri.length === 0) return undefined;
  const zoom = value.zoom === 'fit' ? 'fit' : isFiniteNumber(value.zoom) ? clampZoom(value.zoom) : 'fit';
  const scrollLeft = isFiniteNumber(value.scrollLeft) && value.scrollLeft >= 0 ? value.scrollLeft : 0;
  const scrollTop = isFiniteNumber(value.scrollTop) && value.scrollTop >= 0 ? value.scrollTop : 0;
  const options = parseViewOptions(value.options);
  return { uri: value.uri, zoom, scrollLeft, scrollTop, ...(options ? { options } : {}) };
}

export function parsePreviewPageSettings(value: unknown): PreviewPageSettings | undefined {
  return isRecord(value) && isText(value.uri, 10_000) && isText(value.mermaidUrl, 10_000)
    ? {
        uri: value.uri,
        mermaidUrl: value.mermaidUrl,
        defaultView: isView(value.defaultView) ? value.defaultView : 'map',
        language: toLanguage(typeof value.language === 'string' ? value.language : undefined) ?? 'en',
      }
    : undefined;
}

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}
