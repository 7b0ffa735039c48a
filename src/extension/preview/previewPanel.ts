import * as vscode from 'vscode';
import { pickLanguage } from '../../core/l10n/language';
import type { SourceRange } from '../../core/findings';
import type { PreviewModelPush, PreviewModelResult } from '../../shared/languageProtocol';
import {
  parseWebviewMessage,
  type ExportImageFormat,
  type ExportImageResult,
  type ExtensionToWebviewMessage,
  type PreviewView,
  type PreviewViewOptions,
  type RenderReport,
  type WebviewToExtensionMessage,
} from '../../shared/previewProtocol';
import type { JourneyLanguageService } from '../client/journeyLanguageService';
import { Disposable } from '../disposable';
import { buildPreviewHtml } from './previewHtml';
import { previewWebviewOptions } from './webviewOptions';

/**
 * While the user types the preview redraws when the server pushes the model of a new version,
 * made from the analysis whose problems it publishes (after `journeyMap.validationDelay`,
 * default 300 ms): one scheduling path.
 */
export const PREVIEW_UPDATE_DELAY_MS = 300;
/** The least time between two page reloads after Mermaid failed to load. */
const MERMAID_RELOAD_INTERVAL_MS = 10_000;
/** How long an export waits for the webview to answer. */
const EXPORT_TIMEOUT_MS = 30_000;

/** The drawing the page was last sent: the server keeps its tasks or elements and their ranges. */
interface SentDrawing {
  readonly version: number;
  /** What it shows: the Mermaid diagram, or the canvas (also in the Mermaid view of a map too large for Mermaid). */
  readonly view: PreviewView;
}

type ExportSuccess = Extract<ExportImageResult, { ok: true }>;

/**
 * One preview webview panel, showing one document at a time (it can be retargeted when
 * the preview follows the active editor). Owns its listeners and timers.
 */
export class PreviewPanel extends Disposable {
  private currentDocument: vscode.TextDocument;
  private ready = false;
  private sent: SentDrawing | undefined;
  /** Counts cursor-sync questions, so an answer overtaken by a newer one is dropped. */
  private syncRequests = 0;
  /** What the webview highlights; undefined = unknown (after an update), so the next lookup is always sent. */
  private highlightedTask: number | null | undefined = undefined;
  private highlightedElement: string | null | undefined = undefined;
  private viewOptions: PreviewViewOptions;
  private readonly optionsEmitter = this._register(new vscode.EventEmitter<PreviewViewOptions>());
  /** Fires when the page changes view, persona filter, lanes or theme (and once it is ready). */
  readonly onDidChangeViewOptions = this.optionsEmitter.event;
  private lastReport: RenderReport | undefined;
  private nextRequestId = 1;
  /** Counts model requests, so an answer overtaken by a newer request is dropped. */
  private updateRequests = 0;
  /** Names this panel to the server, which pushes it the model of each version it analyses. */
  private readonly watchId = `preview-${createNonce()}`;
  /** The drawingHash of what the page shows for the current document (undefined: nothing, or unknown). */
  private drawnHash: string | undefined;
  /** The newest version posted to the page (an older answer or push is dropped). */
  private postedVersion = -1;
  private lastReloadAt = 0;
  private readonly pendingExports = new Map<
    number,
    { resolve: (result: ExportSuccess) => void; reject: (error: Error) => void; timer: ReturnType<typeof setTimeout> }
  >();
  private readonly renderEmitter = this._register(new vscode.EventEmitter<RenderReport>());
  /** Fires after each render the webview reports (tests and the export wait on it). */
  readonly onDidRender = this.renderEmitter.event;
  private readonly disposeEmitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidDispose = this.disposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    document: vscode.TextDocument,
    private readonly server: JourneyLanguageService,
    private readonly extensionUri: vscode.Uri,
    initialOptions: PreviewViewOptions,
  ) {
    super();
    this.currentDocument = document;
    this.viewOptions = initialOptions;
    panel.webview.options = previewWebviewOptions(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.svg');
    this._register(panel.webview.onDidReceiveMessage((data) => this.receive(data)));
    this._register(panel.onDidDispose(() => this.dispose()));
    this._register(server.onDidPushPreviewModel((push) => this.receivePush(push)));
    this._register({ dispose: () => server.previewClosed(this.currentDocument.uri, this.watchId) });
    this.updateTitle();
    panel.webview.html = this.html();
  }

  get document(): vscode.TextDocument {
    return this.currentDocument;
  }

  get documentUri(): vscode.Uri {
    return this.currentDocument.uri;
  }

  /** The task index last sent to the webview for the cursor (test hook). */
  get highlightedTaskIndex(): number | null | undefined {
    return this.highlightedTask;
  }

  get lastRenderReport(): RenderReport | undefined {
    return this.lastReport;
  }

  /** The canvas element id last sent to the webview for the cursor (test hook). */
  get highlightedElementId(): string | null | undefined {
    return this.highlightedElement;
  }

  /** The canvas element whose source contains `offset` in the version last drawn (test hook). */
  async elementIdAt(offset: number): Promise<string | null> {
    const sent = this.sent;
    if (!sent || sent.view !== 'map') return null;
    const answer = await this.server.previewSync(this.currentDocument.uri, this.watchId, { offset });
    return answer?.version === sent.version ? (answer.elementId ?? null) : null;
  }

  /** Handles `data` as if the page had posted it (test hook: a click on the canvas is a revealElement). */
  receiveAsFromPage(data: unknown): void {
    this.receive(data);
  }

  /** The version of the last drawing sent to the page. */
  get drawnVersion(): number | undefined {
    return this.sent?.version;
  }

  get options(): PreviewViewOptions {
    return this.viewOptions;
  }

  /** Switches the page to a view (the title-bar command); the page answers with its new options. */
  setView(view: PreviewView): void {
    if (!this.ready) {
      this.viewOptions = { ...this.viewOptions, view };
      return;
    }
    this.post({ type: 'setView', uri: this.currentDocument.uri.toString(), view });
  }

  isShowing(document: vscode.TextDocument): boolean {
    return this.currentDocument.uri.toString() === document.uri.toString();
  }

  /** Shows another document in this panel (the preview follows the active editor). */
  retarget(document: vscode.TextDocument): void {
    if (this.isShowing(document)) return;
    this.server.previewClosed(this.currentDocument.uri, this.watchId);
    this.currentDocument = document;
    this.sent = undefined;
    this.drawnHash = undefined;
    this.postedVersion = -1;
    this.highlightedTask = undefined;
    this.highlightedElement = undefined;
    this.lastReport = undefined;
    this.updateTitle();
    this.refresh();
  }

  /**
   * Asks for the drawing of the document's current version (and subscribes to the later
   * ones). Called when the panel opens or is retargeted and when the page changes its
   * options. Later versions arrive as the server's pushes (receivePush), made from the
   * analysis whose problems it publishes: never on a timer of its own, so the preview and
   * Problems show the same versions.
   */
  refresh(): void {
    if (!this.ready) return; // the webview sends 'ready' and gets its first update then
    this.sendUpdate();
  }

  /**
   * Highlights the task or canvas element under the editor's cursor. The server, which keeps
   * the drawing's tasks or elements and their ranges, says which one it is (so no ranges cross
   * the extension host on each keystroke); only a version the page shows is synced.
   */
  onCursorMoved(editor: vscode.TextEditor): void {
    const sent = this.sent;
    if (!this.isShowing(editor.document) || !sent || sent.version !== editor.document.version) return;
    const document = editor.document;
    const offset = document.offsetAt(editor.selection.active);
    const request = ++this.syncRequests;
    this.server.previewSync(document.uri, this.watchId, { offset }).then(
      (answer) => {
        // Overtaken by a newer question, another drawing, or closed meanwhile.
        if (!answer || this.isDisposed || request !== this.syncRequests || this.sent !== sent) return;
        if (answer.version !== sent.version || answer.view !== sent.view) return;
        const tag = { uri: document.uri.toString(), version: sent.version };
        if (sent.view === 'mermaid') {
          const best = answer.taskIndex ?? null;
          if (best === this.highlightedTask) return;
          this.highlightedTask = best;
          this.post({ type: 'highlightTask', ...tag, taskIndex: best });
          return;
        }
        const best = answer.elementId ?? null;
        if (best === this.highlightedElement) return;
        this.highlightedElement = best;
        this.post({ type: 'highlightElement', ...tag, elementId: best });
      },
      (error: unknown) => console.warn(`Journey Map preview: ${String(error)}`),
    );
  }

  /** Asks the webview for the diagram as it is drawn (standalone SVG text, or PNG bytes in base64). */
  requestImage(format: ExportImageFormat, scale = 2, svg?: string): Promise<ExportSuccess> {
    const requestId = this.nextRequestId++;
    return new Promise<ExportSuccess>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pendingExports.delete(requestId);
        reject(new Error(vscode.l10n.t('The preview did not answer in time.')));
      }, EXPORT_TIMEOUT_MS);
      this.pendingExports.set(requestId, { resolve, reject, timer });
      this.post({
        type: 'exportImage',
        uri: this.currentDocument.uri.toString(),
        requestId,
        format,
        scale,
        ...(svg !== undefined ? { svg } : {}),
      });
    });
  }

  /** Resolves once the page has loaded and said it is ready (it can then rasterise an image). */
  whenReady(timeoutMs: number): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        listener.dispose();
        reject(new Error(vscode.l10n.t('The preview did not start in time.')));
      }, timeoutMs);
      const listener = this.onDidChangeViewOptions(() => {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      });
    });
  }

  /** Resolves with the first successful render of the document's current version (or later). */
  whenRendered(timeoutMs: number, view?: PreviewView): Promise<RenderReport> {
    const isCurrent = (report: RenderReport | undefined): report is RenderReport =>
      report !== undefined &&
      (view === undefined || report.view === view) &&
      report.uri === this.currentDocument.uri.toString() &&
      report.version >= this.currentDocument.version &&
      report.taskCount > 0 &&
      !report.error;
    if (isCurrent(this.lastReport)) return Promise.resolve(this.lastReport);
    return new Promise<RenderReport>((resolve, reject) => {
      const timer = setTimeout(() => {
        listener.dispose();
        reject(
          new Error(
            this.lastReport?.error
              ? vscode.l10n.t('The preview could not draw the map: {0}', this.lastReport.error)
              : vscode.l10n.t('The preview has not drawn this map (is it valid?).'),
          ),
        );
      }, timeoutMs);
      const listener = this.onDidRender((report) => {
        if (!isCurrent(report)) return;
        clearTimeout(timer);
        listener.dispose();
        resolve(report);
      });
    });
  }

  override dispose(): void {
    if (this.isDisposed) return;
    for (const pending of this.pendingExports.values()) {
      clearTimeout(pending.timer);
      pending.reject(new Error(vscode.l10n.t('The preview was closed.')));
    }
    this.pendingExports.clear();
    this.disposeEmitter.fire();
    super.dispose();
    this.panel.dispose();
  }

  /** Asks the language server for the model of the current version (it owns the analyses) and posts it. */
  private sendUpdate(): void {
    const document = this.currentDocument;
    const request = ++this.updateRequests;
    const drawnHash = this.drawnHash;
    this.server
      .previewModel(document, this.viewOptions, {
        watchId: this.watchId,
        ...(drawnHash !== undefined ? { drawnHash } : {}),
      })
      .then(
        (model) => {
          // Retargeted, closed or overtaken by a newer request meanwhile: that one draws.
          if (!model || this.isDisposed || request !== this.updateRequests || document !== this.currentDocument) return;
          if (model.version < this.postedVersion) return; // a push of a newer version came first
          // The page lost the drawing the answer leaves out (reloaded meanwhile): ask for it in full.
          if (model.unchanged && model.drawingHash !== this.drawnHash) {
            this.drawnHash = undefined;
            if (drawnHash !== undefined) this.sendUpdate();
            return;
          }
          this.postModel(document, model);
        },
        (error: unknown) => console.warn(`Journey Map preview: ${String(error)}`),
      );
  }

  /** The server analysed a new version of the document this panel watches. */
  private receivePush(push: PreviewModelPush): void {
    const document = this.currentDocument;
    if (push.watchId !== this.watchId || !this.ready || push.uri !== this.server.protocolUri(document.uri)) return;
    if (push.version < this.postedVersion) return;
    // Built for options the page has since changed: the answer to the page's own request follows.
    if (push.message.view !== this.viewOptions.view) return;
    // Unchanged against, or a patch of, a drawing this page no longer has (say, it reloaded, or a
    // push was dropped above): ask for it in full.
    const base = push.unchanged ? push.drawingHash : push.message.canvasInput?.base;
    if ((push.unchanged || base !== undefined) && base !== this.drawnHash) {
      this.drawnHash = undefined;
      this.sendUpdate();
      return;
    }
    this.postModel(document, push);
  }

  /** Forwards the server's update to the page as it is: the extension host only forwards. */
  private postModel(document: vscode.TextDocument, model: PreviewModelResult): void {
    const { message } = model;
    this.postedVersion = Math.max(this.postedVersion, model.version);
    // Unchanged: the page keeps its drawing, retagged with this version (sync follows the version).
    if (model.drawingHash !== undefined) {
      this.drawnHash = model.drawingHash;
      this.sent = {
        version: model.version,
        view: model.unchanged && this.sent ? this.sent.view : message.diagram ? 'mermaid' : 'map',
      };
    }
    this.highlightedTask = undefined;
    this.highlightedElement = undefined;
    this.post(message);
    // Indices and ids may have shifted with the edit: re-highlight what is under the cursor.
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
    if (editor && model.drawingHash !== undefined) this.onCursorMoved(editor);
  }

  private receive(data: unknown): void {
    const message: WebviewToExtensionMessage | undefined = parseWebviewMessage(data);
    if (!message) return;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.drawnHash = undefined; // a new page shows nothing yet
        this.postedVersion = -1;
        if (message.options) this.viewOptions = message.options;
        this.optionsEmitter.fire(this.viewOptions);
        this.refresh();
        return;
      case 'viewOptions':
        if (message.uri !== this.currentDocument.uri.toString()) return;
        this.viewOptions = message.options;
        this.optionsEmitter.fire(message.options);
        this.refresh();
        return;
      case 'revealElement':
        void this.revealElement(message.uri, message.version, message.elementId);
        return;
      case 'rendered':
        if (message.uri !== this.currentDocument.uri.toString()) return;
        this.lastReport = message;
        this.renderEmitter.fire(message);
        if (message.mermaidUnavailable) this.reloadAfterLoadFailure();
        return;
      case 'revealTask':
        void this.revealTask(message.uri, message.version, message.taskIndex);
        return;
      case 'needDrawing':
        // The page could not rebuild a patched canvas input: send it whole.
        if (message.uri !== this.currentDocument.uri.toString()) return;
        this.drawnHash = undefined;
        this.refresh();
        return;
      case 'exportResult': {
        const pending = this.pendingExports.get(message.requestId);
        if (!pending) return;
        this.pendingExports.delete(message.requestId);
        clearTimeout(pending.timer);
        if (message.ok) pending.resolve(message);
        else pending.reject(new Error(message.error));
        return;
      }
    }
  }

  /** Click on a task: put the cursor on its touchpoint in the editor. */
  private async revealTask(uri: string, version: number, taskIndex: number): Promise<void> {
    await this.reveal(uri, version, { taskIndex });
  }

  /** Click (or Enter) on a canvas element: put the cursor on its line in the editor. */
  private async revealElement(uri: string, version: number, elementId: string): Promise<void> {
    await this.reveal(uri, version, { elementId });
  }

  private async reveal(
    uri: string,
    version: number,
    target: { readonly taskIndex: number } | { readonly elementId: string },
  ): Promise<void> {
    const sent = this.sent;
    if (uri !== this.currentDocument.uri.toString() || !sent || sent.version !== version) return;
    const answer = await this.server.previewSync(this.currentDocument.uri, this.watchId, target);
    if (!answer || answer.version !== version || this.sent !== sent) return;
    await this.revealRange(answer.range ?? undefined);
  }

  private async revealRange(range: SourceRange | undefined): Promise<void> {
    if (!range) return;
    const uri = this.currentDocument.uri.toString();
    const target = new vscode.Range(
      this.currentDocument.positionAt(range.start.offset),
      this.currentDocument.positionAt(range.end.offset),
    );
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri);
    const editor =
      visible ??
      (await vscode.window.showTextDocument(this.currentDocument, {
        viewColumn: this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One,
      }));
    editor.selection = new vscode.Selection(target.start, target.start);
    editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    if (visible)
      await vscode.window.showTextDocument(visible.document, {
        viewColumn: visible.viewColumn,
        selection: editor.selection,
      });
  }

  /**
   * A browser does not retry a module whose fetch failed, so a page that could not load
   * Mermaid (say, its files were being rebuilt) stays broken: give it a fresh page, at most
   * once per MERMAID_RELOAD_INTERVAL_MS so a permanent failure cannot loop.
   */
  private reloadAfterLoadFailure(): void {
    const now = Date.now();
    if (now - this.lastReloadAt < MERMAID_RELOAD_INTERVAL_MS) return;
    this.lastReloadAt = now;
    this.ready = false;
    this.panel.webview.html = this.html();
  }

  private post(message: ExtensionToWebviewMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private html(): string {
    const webview = this.panel.webview;
    const asUri = (...segments: string[]) =>
      webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...segments)).toString();
    return buildPreviewHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: asUri('dist', 'webview', 'preview.js'),
      styleUri: asUri('media', 'preview.css'),
      settings: {
        uri: this.currentDocument.uri.toString(),
        mermaidUrl: asUri('dist', 'webview', 'mermaid', 'mermaid.esm.min.mjs'),
        defaultView: this.viewOptions.view,
        language: pickLanguage(vscode.env.language),
      },
      title: this.panel.title,
    });
  }

  private updateTitle(): void {
    this.panel.title = vscode.l10n.t('Preview {0}', fileNameOf(this.currentDocument.uri));
  }
}

/** A CSP nonce from the Web Crypto API (the same on desktop and in the web worker host). */
function createNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function fileNameOf(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || path;
}
