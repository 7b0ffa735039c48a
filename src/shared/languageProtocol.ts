/**
 * The custom requests between the extension (language client) and the journey-map
 * language server, beside the standard LSP ones. Pure types and names: no `vscode`,
 * no server library, so both sides (and the tests) import them.
 */
import type { SourceRange } from '../core/findings';
import type { MermaidTask } from '../core/mermaid/index';
import type { CanvasPage, PageSize } from '../core/canvas/index';
import type { CanvasSyncElement } from './previewCanvas';
import type { PreviewViewOptions, UpdateMessage } from './previewProtocol';

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
   * Identifies the drawing's input (the Mermaid text and tasks, or the canvas): equal hashes,
   * equal drawings. Absent when there is nothing to draw (an invalid map).
   */
  readonly drawingHash?: string;
  /**
   * True when the drawing is the one the page already shows (the request's drawnHash, or
   * the last model pushed to this watch): `message` then carries no diagram or canvas, and
   * its own `unchanged` tells the page to keep what it shows. Summary, banner and ranges
   * are always those of this version.
   */
  readonly unchanged?: boolean;
  readonly message: UpdateMessage;
  /** The diagram's tasks with their document paths, index-aligned with message.diagram.tasks. */
  readonly tasks: readonly MermaidTask[];
  /** Each task's value range (cursor sync) and first-line range (click to reveal); null when gone. */
  readonly ranges: readonly (SourceRange | null)[];
  readonly itemRanges: readonly (SourceRange | null)[];
  /** The canvas's interactive elements (Map view), with their value and first-line ranges, index-aligned. */
  readonly elements: readonly CanvasSyncElement[];
  readonly elementRanges: readonly (SourceRange | null)[];
  readonly elementItemRanges: readonly (SourceRange | null)[];
}

/** The server pushes the model of each version it analysed to each watching preview. */
export const PREVIEW_MODEL_NOTIFICATION = 'journeyMap/previewModelChanged';
export interface PreviewModelPush extends PreviewModelResult {
  readonly uri: string;
  readonly watchId: string;
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
