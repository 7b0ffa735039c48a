/**
 * The custom requests between the extension (language client) and the journey-map
 * language server, beside the standard LSP ones. Pure types and names: no `vscode`,
 * no server library, so both sides (and the tests) import them.
 */
import type { SourceRange } from '../core/findings';
import type { CanvasPage, PageSize } from '../core/canvas/index';
import type { PreviewView, PreviewViewOptions, UpdateMessage } from './previewProtocol';

/**
 * The preview's model of one document version, built by the server with
 * src/shared/previewUpdate.ts. The answer names the version it was computed for, which
 * is the requested one or a newer one (never an older one).
 *
 * With a `watchId` the request also subscribes that preview to the document: from then on,
 * each time the server's one schedule analyses a new version (the analysis whose problems
 * it publishes), it pushes that version's model in PREVIEW_MODEL_NOTIFICATION, so Problems
 * and the preview always show the same versions. PREVIEW_CLOSED_NOTIFICATION ends it.
 */
export const PREVIEW_MODEL_REQUEST = 'journeyMap/previewModel';
export interface PreviewModelParams {
  readonly uri: string;
  readonly version: number;
  readonly fileName: string;
  /** The page's view, persona filter, hidden lanes and theme; the defaults when absent. */
  readonly options?: PreviewViewOptions;
  /** Subscribes this preview (any id unique per client) to the models of later versions. */
  readonly watchId?: string;
  /** The drawingHash of what the page shows now: an identical drawing is not sent again. */
  readonly drawnHash?: string;
}
export interface PreviewModelResult {
  readonly version: number;
  /**
   * Identifies the drawing's input (the Mermaid text and tasks, or the canvas input): equal
   * hashes, equal drawings. Absent when there is nothing to draw (an invalid map).
   */
  readonly drawingHash?: string;
  /**
   * True when the drawing is the one the page already shows (the request's drawnHash, or
   * the last model pushed to this watch): `message` then carries no diagram or canvas input,
   * and its own `unchanged` tells the page to keep what it shows. Summary and banner are
   * always those of this version.
   */
  readonly unchanged?: boolean;
  /**
   * The update for the page, forwarded as it is. Its canvas input may be a patch of the one
   * whose hash is `message.canvasInput.base` (what the server last sent this watch): the
   * extension forwards it only when that is what the page has, else it asks again without
   * drawnHash. No ranges, tasks or elements travel: editor sync asks PREVIEW_SYNC_REQUEST.
   */
  readonly message: UpdateMessage;
}

/** The server pushes the model of each version it analysed to each watching preview. */
export const PREVIEW_MODEL_NOTIFICATION = 'journeyMap/previewModelChanged';
export interface PreviewModelPush extends PreviewModelResult {
  readonly uri: string;
  readonly watchId: string;
}

/**
 * Editor ↔ preview sync of the drawing a watch was last sent (the server keeps its tasks or
 * canvas elements and their source ranges, so the extension keeps none): with `offset`, which
 * task or canvas element is under the cursor; with `taskIndex` or `elementId` (a click), where
 * in the map it is. Answered for the version the watch was last sent; null without a drawing.
 */
export const PREVIEW_SYNC_REQUEST = 'journeyMap/previewSync';
export interface PreviewSyncParams {
  readonly uri: string;
  readonly watchId: string;
  readonly offset?: number;
  readonly taskIndex?: number;
  readonly elementId?: string;
}
export interface PreviewSyncResult {
  /** The version the answer is about: the extension drops it unless it is the one drawn. */
  readonly version: number;
  readonly view: PreviewView;
  /** Under the cursor (null: nothing), in the Mermaid view or the Map view. */
  readonly taskIndex?: number | null;
  readonly elementId?: string | null;
  /** The clicked task's or element's first line, else its value; null when it has none. */
  readonly range?: SourceRange | null;
}

/** The preview stopped showing the document (closed, or now following another map). */
export const PREVIEW_CLOSED_NOTIFICATION = 'journeyMap/previewClosed';
export interface PreviewClosedParams {
  readonly uri: string;
  readonly watchId: string;
}

/**
 * The canvas laid out as PDF pages (plain JSON), for the editor's "Export Map as PDF": the
 * extension writes the PDF with core's writer and the fonts it ships, as the CLI does.
 * null when the server has no such document; no pages when the map has errors.
 */
export const CANVAS_PAGES_REQUEST = 'journeyMap/canvasPages';
export interface CanvasPagesParams {
  readonly uri: string;
  readonly version: number;
  readonly options?: PreviewViewOptions;
  /** Paged for print or slides; one page of the canvas's own size when absent. */
  readonly page?: PageSize;
}
export interface CanvasPagesResult {
  readonly version: number;
  readonly pages: readonly CanvasPage[];
}

/**
 * The canvas's SVG (core's layout and SVG of the preview's canvas input), for the editor's "Export
 * Map as SVG/PNG": drawn by the server, so the extension's own bundle (loaded at activation) does
 * not carry the canvas layout. null when the server has no such document; no svg while the map
 * has errors.
 */
export const CANVAS_SVG_REQUEST = 'journeyMap/canvasSvg';
export interface CanvasSvgParams {
  readonly uri: string;
  readonly version: number;
  readonly options?: PreviewViewOptions;
}
export interface CanvasSvgResult {
  readonly version: number;
  readonly svg?: string;
}

/** The Markdown export of a document version (core's toMarkdown), or why there is none. */
export const MARKDOWN_REQUEST = 'journeyMap/markdown';
export interface MarkdownParams {
  readonly uri: string;
  readonly version: number;
  readonly fileName: string;
}
export type MarkdownResult =
  | { readonly ok: true; readonly markdown: string }
  | { readonly ok: false; readonly firstError?: { line: number; column: number; message: string } };

/**
 * Checks a map that is not open (the workspace check reads its text through
 * vscode.workspace.fs, which also works on virtual file systems and on the web), publishes
 * its diagnostics, and answers with the counts. An open map answers with its own counts.
 */
export const CHECK_CLOSED_REQUEST = 'journeyMap/checkClosed';
export interface CheckClosedParams {
  readonly uri: string;
  readonly text: string;
}
export interface CheckClosedResult {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** A map was deleted or renamed away: drop its diagnostics and any pending check. */
export const FORGET_NOTIFICATION = 'journeyMap/forget';
export interface ForgetParams {
  readonly uri: string;
}

/**
 * The client adds the `rules` of the `.journeymaprc.json` that applies to a document
 * under this key of the `journeyMap` configuration section it returns to the server, so
 * the server sees one object: { rules, validationDelay, validateClosedMaps, configFileRules }.
 */
export const CONFIG_FILE_RULES_KEY = 'configFileRules';

/** The section the server asks for in workspace/configuration. */
export const CONFIGURATION_SECTION = 'journeyMap';
