/**
 * The messages between the extension and the preview webview, declared once and imported
 * by both sides. Every message about a document carries its URI and version so either
 * side can drop what concerns another document or an older version. Both sides validate
 * what they receive with the parsers below before using it: a webview is a web page, and
 * its messages are input like any other.
 */
import type { Severity } from '../core/findings';

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

export interface UpdateMessage extends DocumentTag {
  readonly type: 'update';
  readonly fileName: string;
  /** Absent when the map is invalid: the webview keeps the last good diagram. */
  readonly diagram?: { readonly text: string; readonly tasks: readonly PreviewTask[] };
  /** Absent when the map is invalid, like `diagram`. */
  readonly summary?: PreviewSummary;
  readonly banner?: PreviewBanner;
}

export interface HighlightTaskMessage extends DocumentTag {
  readonly type: 'highlightTask';
  /** Null clears the highlight (the cursor is outside every task). */
  readonly taskIndex: number | null;
}

export type ExportImageFormat = 'svg' | 'png';

export interface ExportImageRequest {
  readonly type: 'exportImage';
  readonly uri: string;
  readonly requestId: number;
  readonly format: ExportImageFormat;
  /** Device pixels per SVG pixel for PNG (2 gives a crisp image on slides). */
  readonly scale: number;
}

export type ExtensionToWebviewMessage = UpdateMessage | HighlightTaskMessage | ExportImageRequest;

/** What the webview reports after each render: the integration tests and the timing come from here. */
export interface RenderReport extends DocumentTag {
  readonly type: 'rendered';
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

export interface ReadyMessage {
  readonly type: 'ready';
}

export interface RevealTaskMessage extends DocumentTag {
  readonly type: 'revealTask';
  readonly taskIndex: number;
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

export type WebviewToExtensionMessage = ReadyMessage | RenderReport | RevealTaskMessage | ExportImageResult;

/** What the webview persists with `setState` and the serializer gets back after a reload. */
export interface PreviewState {
  readonly uri: string;
  /** A zoom factor, or 'fit' for fit-to-width. */
  readonly zoom: number | 'fit';
  readonly scrollLeft: number;
  readonly scrollTop: number;
}

/** Settings the extension hands the page in the `data-settings` attribute of <body>. */
export interface PreviewPageSettings {
  readonly uri: string;
  readonly mermaidUrl: string;
}

export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 4;
const MAX_TEXT = 2_000_000;
/** A PNG of a 1,000-task map at 2× stays well below this. */
const MAX_EXPORT_DATA = 64 * 1024 * 1024;
const MAX_TASKS = 10_000;

// ---- validation ---------------------------------------------------------------------------

type Guarded = Record<string, unknown>;

function isRecord(value: unknown): value is Guarded {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
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
function isDiagram(value: unknown): value is UpdateMessage['diagram'] {
  return (
    isRecord(value) &&
    isText(value.text) &&
    Array.isArray(value.tasks) &&
    value.tasks.length <= MAX_TASKS &&
    value.tasks.every(isTask)
  );
}
function isFormat(value: unknown): value is ExportImageFormat {
  return value === 'svg' || value === 'png';
}

/** Validates a message received by the webview; undefined means "ignore it". */
export function parseExtensionMessage(value: unknown): ExtensionToWebviewMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'update':
      if (!isTag(value) || !isText(value.fileName, 1000)) return undefined;
      if (value.diagram !== undefined && !isDiagram(value.diagram)) return undefined;
      if (value.summary !== undefined && !isSummary(value.summary)) return undefined;
      if (value.banner !== undefined && !isBanner(value.banner)) return undefined;
      return value as unknown as UpdateMessage;
    case 'highlightTask':
      return isTag(value) && (value.taskIndex === null || isCount(value.taskIndex))
        ? (value as unknown as HighlightTaskMessage)
        : undefined;
    case 'exportImage':
      return isText(value.uri, 10_000) &&
        isCount(value.requestId) &&
        isFormat(value.format) &&
        isFiniteNumber(value.scale) &&
        value.scale > 0 &&
        value.scale <= 8
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
    case 'ready':
      return { type: 'ready' };
    case 'rendered':
      return isTag(value) &&
        isCount(value.taskCount) &&
        isCount(value.svgLength) &&
        isFiniteNumber(value.renderMs) &&
        isCount(value.wrappedLabels) &&
        isText(value.theme, 100) &&
        (value.error === undefined || isText(value.error, 10_000)) &&
        (value.mermaidUnavailable === undefined || typeof value.mermaidUnavailable === 'boolean')
        ? (value as unknown as RenderReport)
        : undefined;
    case 'revealTask':
      return isTag(value) && isCount(value.taskIndex) ? (value as unknown as RevealTaskMessage) : undefined;
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
  return { uri: value.uri, zoom, scrollLeft, scrollTop };
}

export function parsePreviewPageSettings(value: unknown): PreviewPageSettings | undefined {
  return isRecord(value) && isText(value.uri, 10_000) && isText(value.mermaidUrl, 10_000)
    ? { uri: value.uri, mermaidUrl: value.mermaidUrl }
    : undefined;
}

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}
