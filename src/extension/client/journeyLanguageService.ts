/**
 * The extension's side of the journey-map language server: starts the language client
 * (the caller says how: a Node process over IPC on desktop, a web worker on the web),
 * hands the server the `.journeymaprc.json` rules with the settings, links each finding's
 * code to its row in the packaged docs, and wraps the custom requests the preview, the
 * exports and the workspace check use. No analysis runs on the extension host.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import {
  CANVAS_PAGES_REQUEST,
  CANVAS_SVG_REQUEST,
  CHECK_CLOSED_REQUEST,
  CONFIG_FILE_RULES_KEY,
  CONFIGURATION_SECTION,
  FORGET_NOTIFICATION,
  MARKDOWN_REQUEST,
  PREVIEW_CLOSED_NOTIFICATION,
  PREVIEW_MODEL_NOTIFICATION,
  PREVIEW_MODEL_REQUEST,
  PREVIEW_SYNC_REQUEST,
  type CanvasPagesParams,
  type CanvasPagesResult,
  type CanvasSvgParams,
  type CanvasSvgResult,
  type CheckClosedParams,
  type CheckClosedResult,
  type MarkdownParams,
  type MarkdownResult,
  type PreviewClosedParams,
  type PreviewModelParams,
  type PreviewModelPush,
  type PreviewModelResult,
  type PreviewSyncParams,
  type PreviewSyncResult,
} from '../../shared/languageProtocol';
import type { PageSize } from '../../core/canvas/index';
import { parseViewOptions, type PreviewViewOptions } from '../../shared/previewProtocol';
import type { RuleDocLinks } from '../diagnostics/ruleDocLinks';
import { Disposable } from '../disposable';
import { JOURNEY_LANGUAGE_ID } from '../languageId';
import type { RuleConfiguration } from '../settings/ruleConfiguration';

/** Makes the language client (a Node process on desktop; a web worker, maybe after reading its script, on the web). */
export type ClientFactory = (
  id: string,
  name: string,
  options: LanguageClientOptions,
) => BaseLanguageClient | Promise<BaseLanguageClient>;

export class JourneyLanguageService extends Disposable {
  private started: BaseLanguageClient | undefined;
  /** Resolves when the server has answered `initialize` and the features are registered. */
  readonly ready: Promise<void>;
  private readonly settingsEmitter = this._register(new vscode.EventEmitter<void>());
  /** The rule settings changed: previews redraw (the server re-checks the open maps itself). */
  readonly onDidChangeSettings = this.settingsEmitter.event;
  private readonly diagnosticsEmitter = this._register(new vscode.EventEmitter<vscode.Uri>());
  /**
   * The server published a document's problems (after `journeyMap.validationDelay`). The
   * preview redraws on this: it then shows the versions Problems shows, on one schedule,
   * and never asks the server to analyse a version Problems skipped.
   */
  readonly onDidPublishDiagnostics = this.diagnosticsEmitter.event;
  private readonly previewPushEmitter = this._register(new vscode.EventEmitter<PreviewModelPush>());
  /**
   * The server analysed a new version of a document a preview watches (on the schedule whose
   * problems it publishes) and pushed its model: previews redraw from this alone.
   */
  readonly onDidPushPreviewModel = this.previewPushEmitter.event;
  private readonly restartEmitter = this._register(new vscode.EventEmitter<void>());
  /** The server was restarted (after a crash): it no longer knows the previews, they ask again. */
  readonly onDidRestart = this.restartEmitter.event;

  constructor(
    createClient: ClientFactory,
    rules: RuleConfiguration,
    ruleDocs: RuleDocLinks,
    log: vscode.LogOutputChannel,
  ) {
    super();
    const options: LanguageClientOptions = {
      documentSelector: [{ language: JOURNEY_LANGUAGE_ID }],
      diagnosticCollectionName: 'journey-map',
      outputChannel: log,
      synchronize: { configurationSection: CONFIGURATION_SECTION },
      middleware: {
        workspace: {
          // The server asks for the `journeyMap` section per document; add the config file's rules to it.
          configuration: async (params, token, next) => {
            await rules.ready;
            const result = await next(params, token);
            if (!Array.isArray(result)) return result;
            return Promise.all(
              result.map(async (value, index) => {
                const item = params.items[index];
                if (item?.section !== CONFIGURATION_SECTION || !item.scopeUri) return value;
                // The nearest .journeymaprc.json walking up from the map (l10n: issue 13 item 5).
                const fileRules = await rules.fileRulesFor(vscode.Uri.parse(item.scopeUri, true));
                return {
                  ...(typeof value === 'object' && value !== null ? value : {}),
                  [CONFIG_FILE_RULES_KEY]: fileRules ?? {},
                };
              }),
            );
          },
        },
        // The code in the Problems panel opens its anchor in docs/rules.md or docs/codes.md.
        handleDiagnostics: (uri, diagnostics, next) => {
          for (const diagnostic of diagnostics) {
            const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
            const target = code === undefined ? undefined : ruleDocs.linkFor(String(code));
            if (target && code !== undefined) diagnostic.code = { value: code, target };
          }
          next(uri, diagnostics);
          this.diagnosticsEmitter.fire(uri);
        },
      },
    };
    const client = Promise.resolve(createClient('journeyMap', vscode.l10n.t('Journey Map language server'), options));
    this._register(
      rules.onDidChange(() => {
        // The settings section is unchanged but the file's rules are part of it: tell the server to read again.
        if (this.started?.isRunning())
          void this.started.sendNotification('workspace/didChangeConfiguration', { settings: null });
        this.settingsEmitter.fire();
      }),
    );
    this._register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('journeyMap.rules')) this.settingsEmitter.fire();
      }),
    );
    this.ready = client.then(async (created) => {
      this.started = created;
      if (this.isDisposed) return;
      created.onNotification(PREVIEW_MODEL_NOTIFICATION, (push: PreviewModelPush) =>
        this.previewPushEmitter.fire(push),
      );
      let running = false;
      this._register(
        created.onDidChangeState((event) => {
          // State.Running is 2 (the enum is not imported: this file only takes types from the client library).
          if (event.newState !== 2) return;
          if (running) this.restartEmitter.fire();
          running = true;
        }),
      );
      await created.start();
    });
    this._register({ dispose: () => void this.started?.stop() });
  }

  /** The diagnostics the server published for `uri` (open or closed map). */
  diagnosticsOf(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.started?.diagnostics?.get(uri) ?? [];
  }

  /** The started client (after `ready`). */
  get client(): BaseLanguageClient {
    if (!this.started) throw new Error('The Journey Map language server has not started yet.');
    return this.started;
  }

  /**
   * The model of the document's current version. With `watch`, that preview is subscribed to
   * the models of later versions (onDidPushPreviewModel), and a drawing equal to `drawnHash`
   * comes back without its Mermaid text or canvas (`unchanged`).
   */
  async previewModel(
    document: vscode.TextDocument,
    options?: PreviewViewOptions,
    watch?: { readonly watchId: string; readonly drawnHash?: string },
  ): Promise<PreviewModelResult | undefined> {
    await this.ready;
    const checked = options ? parseViewOptions(options) : undefined;
    const params: PreviewModelParams = {
      uri: this.protocolUri(document.uri),
      version: document.version,
      fileName: fileNameOf(document.uri),
      ...(checked ? { options: checked } : {}),
      ...(watch ? { watchId: watch.watchId } : {}),
      ...(watch?.drawnHash !== undefined ? { drawnHash: watch.drawnHash } : {}),
    };
    return (await this.client.sendRequest<PreviewModelResult | null>(PREVIEW_MODEL_REQUEST, params)) ?? undefined;
  }

  /**
   * Editor sync with what the server last sent the preview `watchId`: the task or canvas element
   * under `offset`, or where a clicked one is. Undefined when the server has no drawing for it.
   */
  async previewSync(
    uri: vscode.Uri,
    watchId: string,
    question: { readonly offset: number } | { readonly taskIndex: number } | { readonly elementId: string },
  ): Promise<PreviewSyncResult | undefined> {
    await this.ready;
    const params: PreviewSyncParams = { uri: this.protocolUri(uri), watchId, ...question };
    return (await this.client.sendRequest<PreviewSyncResult | null>(PREVIEW_SYNC_REQUEST, params)) ?? undefined;
  }

  /** The preview `watchId` no longer shows `uri`: the server stops pushing its models. */
  previewClosed(uri: vscode.Uri, watchId: string): void {
    const client = this.started;
    if (!client?.isRunning()) return;
    const params: PreviewClosedParams = { uri: this.protocolUri(uri), watchId };
    void client.sendNotification(PREVIEW_CLOSED_NOTIFICATION, params);
  }

  /** A document's URI as the server names it (in pushes). */
  protocolUri(uri: vscode.Uri): string {
    return this.client.code2ProtocolConverter.asUri(uri);
  }

  /** The canvas as PDF pages (the editor's PDF export); undefined when the server has no such document. */
  async canvasPages(
    document: vscode.TextDocument,
    options: PreviewViewOptions | undefined,
    page: PageSize | undefined,
  ): Promise<CanvasPagesResult | undefined> {
    await this.ready;
    const checked = options ? parseViewOptions(options) : undefined;
    const params: CanvasPagesParams = {
      uri: this.client.code2ProtocolConverter.asUri(document.uri),
      version: document.version,
      ...(checked ? { options: checked } : {}),
      ...(page ? { page } : {}),
    };
    return (await this.client.sendRequest<CanvasPagesResult | null>(CANVAS_PAGES_REQUEST, params)) ?? undefined;
  }

  /** The canvas's SVG as the preview draws it (the editor's map SVG/PNG export); undefined when the server has no such document. */
  async canvasSvg(
    document: vscode.TextDocument,
    options: PreviewViewOptions | undefined,
  ): Promise<CanvasSvgResult | undefined> {
    await this.ready;
    const checked = options ? parseViewOptions(options) : undefined;
    const params: CanvasSvgParams = {
      uri: this.client.code2ProtocolConverter.asUri(document.uri),
      version: document.version,
      ...(checked ? { options: checked } : {}),
    };
    return (await this.client.sendRequest<CanvasSvgResult | null>(CANVAS_SVG_REQUEST, params)) ?? undefined;
  }

  async markdown(document: vscode.TextDocument): Promise<MarkdownResult | undefined> {
    await this.ready;
    const params: MarkdownParams = {
      uri: this.client.code2ProtocolConverter.asUri(document.uri),
      version: document.version,
      fileName: fileNameOf(document.uri),
    };
    return (await this.client.sendRequest<MarkdownResult | null>(MARKDOWN_REQUEST, params)) ?? undefined;
  }

  async checkClosed(uri: vscode.Uri, text: string): Promise<CheckClosedResult> {
    await this.ready;
    const params: CheckClosedParams = { uri: this.client.code2ProtocolConverter.asUri(uri), text };
    return this.client.sendRequest<CheckClosedResult>(CHECK_CLOSED_REQUEST, params);
  }

  /** A map was deleted or renamed away: its problems go. */
  forget(uri: vscode.Uri): void {
    const client = this.started;
    client?.diagnostics?.delete(uri);
    if (client?.isRunning())
      void client.sendNotification(FORGET_NOTIFICATION, { uri: client.code2ProtocolConverter.asUri(uri) });
  }
}

export function fileNameOf(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || path;
}
