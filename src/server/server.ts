/**
 * The journey-map language server: every language feature of a map, on any connection
 * (Node IPC for VS Code desktop, stdio for other editors, a web worker for vscode.dev).
 * It owns the analyses; the client only shows what it answers.
 */
import {
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { JourneyAnalysis } from '../core/index';
import {
  CANVAS_PAGES_REQUEST,
  CANVAS_SVG_REQUEST,
  type CanvasSvgParams,
  type CanvasSvgResult,
  CHECK_CLOSED_REQUEST,
  FORGET_NOTIFICATION,
  MARKDOWN_REQUEST,
  PREVIEW_CLOSED_NOTIFICATION,
  PREVIEW_MODEL_NOTIFICATION,
  PREVIEW_MODEL_REQUEST,
  type CanvasPagesParams,
  type CanvasPagesResult,
  type CheckClosedParams,
  type CheckClosedResult,
  type ForgetParams,
  type MarkdownParams,
  type MarkdownResult,
  type PreviewClosedParams,
  type PreviewModelParams,
  type PreviewModelResult,
  PREVIEW_SYNC_REQUEST,
  type PreviewSyncParams,
  type PreviewSyncResult,
} from '../shared/languageProtocol';
import { AnalysisStore, analyzerFor, type Analyzer } from './analyses';
import { translator } from '../core/l10n/index';
import { DiagnosticsScheduler, findingToDiagnostic } from './diagnostics';
import { provideCodeActions } from './features/codeActions';
import { COMPLETION_TRIGGER_CHARACTERS, provideCompletion } from './features/completion';
import { provideFoldingRanges } from './features/folding';
import { provideHover } from './features/hover';
import { prepareRename, provideDefinition, provideHighlights, provideReferences, provideRename } from './features/ids';
import { parseViewOptions } from '../shared/previewProtocol';
import { isRecord } from '../core/values';
import { buildCanvasPagesResult, buildCanvasSvgResult, buildMarkdown } from './features/previewModel';
import { PreviewWatches } from './features/previewWatches';
import { provideSemanticTokens, SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens';
import { provideDocumentSymbols } from './features/symbols';
import { localiseSchema } from '../core/l10n/schemaDescriptions';
import journeySchema from '../../schemas/journey.schema.json';
import { SchemaNavigator, type JsonSchema } from './language/schemaNavigator';
import { incrementalAnalyzer } from './incremental/incrementalAnalyzer';
import { ServerSettings, type SettingsHost } from './settings';

export interface ServerOptions extends SettingsHost {
  /** How a new version is analysed (the incremental analyzer by default). */
  readonly analyzer?: Analyzer;
  /** YYYY-MM-DD for the stale-review rule (the CLI's JOURNEY_MAP_TODAY; tests pin it). */
  readonly today?: string;
}

/** How long a request for a version the server has not received yet waits for it. */
const VERSION_WAIT_MS = 5_000;

export function startJourneyServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const settings = new ServerSettings(connection, options);
  const analyses = new AnalysisStore(options.analyzer ?? incrementalAnalyzer(options.today));
  const diagnostics = new DiagnosticsScheduler(connection, documents, analyses, settings);
  // Completion and hover describe the schema in the client's display language (settings.language).
  const navigators = new Map<string, SchemaNavigator>();
  const schemaNavigator = (): SchemaNavigator => {
    let navigator = navigators.get(settings.language);
    if (!navigator) {
      navigator = new SchemaNavigator(localiseSchema(journeySchema as JsonSchema, settings.language));
      navigators.set(settings.language, navigator);
    }
    return navigator;
  };
  // The preview's model comes from the schedule's analysis, the one whose problems were just published.
  const previews = new PreviewWatches((model) => void connection.sendNotification(PREVIEW_MODEL_NOTIFICATION, model));
  diagnostics.onAnalysed((document, analysis) => {
    if (previews.watching(document.uri) === 0) return;
    // After the problems went out, and after any edit already waiting: a model (the canvas of a
    // large map takes a while) is built only for a version that is still the latest, so a burst
    // of typing never queues drawings of versions the editor has left behind.
    setTimeout(() => {
      if (documents.get(document.uri)?.version === document.version)
        previews.analysed(document.uri, document.version, analysis);
    });
  });
  const versionWaiters = new Map<string, (() => void)[]>();

  connection.onInitialize((params): InitializeResult => {
    settings.initialize(
      params.capabilities.workspace?.configuration === true,
      params.initializationOptions,
      params.locale,
    );
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Journey Map' },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        foldingRangeProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
      },
      serverInfo: { name: 'journey-map' },
    };
  });

  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    diagnostics.checkAllOpen();
  });

  /** The version each document was opened with: its first content-change event is the open itself. */
  const openedVersions = new Map<string, number>();
  documents.onDidOpen((event) => {
    openedVersions.set(event.document.uri, event.document.version);
    void diagnostics.checkNow(event.document);
  });
  documents.onDidChangeContent((event) => {
    wakeWaiters(event.document.uri);
    if (openedVersions.get(event.document.uri) === event.document.version) return; // the open check runs
    void diagnostics.schedule(event.document);
  });
  documents.onDidClose((event) => {
    openedVersions.delete(event.document.uri);
    void diagnostics.closed(event.document.uri);
  });
  connection.onNotification(FORGET_NOTIFICATION, (params: ForgetParams) => {
    analyses.forget(params.uri);
    diagnostics.forget(params.uri);
  });

  /** The current analysis of an open document, under its settings. */
  async function analysisOf(uri: string): Promise<{ document: TextDocument; analysis: JourneyAnalysis } | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const documentSettings = await settings.for(uri);
    const current = documents.get(uri) ?? document;
    return { document: current, analysis: analyses.get(current, documentSettings) };
  }

  connection.onCompletion(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const documentSettings = await settings.for(document.uri);
    // The last analysis locates the cursor's touchpoint: only that is re-parsed for the context.
    return provideCompletion(
      document,
      document.offsetAt(params.position),
      schemaNavigator(),
      () => analyses.get(document, documentSettings),
      analyses.last(document.uri),
      translator(settings.language),
    );
  });
  connection.onHover(async (params) => {
    const found = await analysisOf(params.textDocument.uri);
    if (!found) return null;
    return provideHover(
      found.document,
      found.document.offsetAt(params.position),
      found.analysis,
      schemaNavigator(),
      translator(settings.language),
    );
  });
  connection.onDocumentSymbol(async (params) => {
    const found = await analysisOf(params.textDocument.uri);
    return found ? provideDocumentSymbols(found.analysis) : [];
  });
  connection.onFoldingRanges(async (params) => {
    const found = await analysisOf(params.textDocument.uri);
    return found ? provideFoldingRanges(found.analysis) : [];
  });
  connection.onDefinition(async (params) => {
    const found = await analysisOf(params.textDocument.uri);
    return found ? provideDefinition(found.document.uri, found.analysis, found.document.offsetAt(params.position)) : [];
  });
  connection.onReferences(async (params) => {
    const found = await analysisOf(params.textDocument.uri);
    return found
      ? provideReferences(
          found.document.uri,
          found.analysis,
          found.document.offsetAt(params.position),
          params.context.includeDeclaration,
        )
      : [];
  });
  connection.onDocumentHighlight(async (params) => {
    const found = await analysisOf(params.textDocument.uri);
    return found ? provideHighlights(found.analysis, found.document.offsetAt(params.position)) : [];
  });
  connection.onPrepareRename(async (params) => {
    const found = await analysisOf(params.textDocument.uri);
    return found ? prepareRename(found.document, found.analysis, found.document.offsetAt(params.position)) : null;
  });
  connection.onRenameRequest(async (params) => {
    const found = await analysisOf(params.textDocument.uri);
    return found
      ? provideRename(found.document, found.analysis, found.document.offsetAt(params.position), params.newName)
      : null;
  });
  connection.onCodeAction(async (params) => {
    const found = await analysisOf(params.textDocument.uri);
    return found
      ? provideCodeActions(
          found.document,
          found.analysis,
          params.context.diagnostics,
          undefined,
          translator(settings.language),
        )
      : [];
  });

  // Tokens come from the schedule's analysis of the version (the one Problems shows), not from
  // an analysis of every keystroke: the editor keeps the last tokens, shifted, until then.
  connection.languages.semanticTokens.on(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const analysis = await diagnostics.whenAnalysed(document.uri, document.version);
    // Closed or edited meanwhile: no tokens for text the editor no longer has (it asks again).
    return analysis ? provideSemanticTokens(analysis) : null;
  });

  connection.onRequest(
    PREVIEW_MODEL_REQUEST,
    async (params: PreviewModelParams, token: CancellationToken): Promise<PreviewModelResult | null> => {
      await versionAtLeast(params.uri, params.version, token);
      const found = await analysisOf(params.uri);
      if (!found) return null;
      // Another editor may send anything: only well-formed options and ids are used.
      const options = parseViewOptions(params.options);
      return previews.answer({
        uri: params.uri,
        version: found.document.version,
        fileName: params.fileName,
        analysis: found.analysis,
        language: settings.language,
        ...(options ? { options } : {}),
        ...(typeof params.watchId === 'string' ? { watchId: params.watchId } : {}),
        ...(typeof params.drawnHash === 'string' ? { drawnHash: params.drawnHash } : {}),
      });
    },
  );
  connection.onRequest(PREVIEW_SYNC_REQUEST, (params: PreviewSyncParams): PreviewSyncResult | null =>
    // Another editor may send anything: only a well-formed question is answered.
    isRecord(params) && typeof params.uri === 'string' && typeof params.watchId === 'string'
      ? previews.sync(params)
      : null,
  );
  connection.onNotification(PREVIEW_CLOSED_NOTIFICATION, (params: PreviewClosedParams) => {
    if (typeof params?.uri === 'string' && typeof params.watchId === 'string')
      previews.unwatch(params.uri, params.watchId);
  });
  connection.onRequest(
    CANVAS_PAGES_REQUEST,
    async (params: CanvasPagesParams, token: CancellationToken): Promise<CanvasPagesResult | null> => {
      await versionAtLeast(params.uri, params.version, token);
      const found = await analysisOf(params.uri);
      if (!found) return null;
      return buildCanvasPagesResult(
        found.analysis,
        found.document.version,
        parseViewOptions(params.options),
        params.page,
        settings.language,
      );
    },
  );
  connection.onRequest(
    CANVAS_SVG_REQUEST,
    async (params: CanvasSvgParams, token: CancellationToken): Promise<CanvasSvgResult | null> => {
      await versionAtLeast(params.uri, params.version, token);
      const found = await analysisOf(params.uri);
      if (!found) return null;
      return buildCanvasSvgResult(
        found.analysis,
        found.document.version,
        parseViewOptions(params.options),
        settings.language,
      );
    },
  );
  connection.onRequest(
    MARKDOWN_REQUEST,
    async (params: MarkdownParams, token: CancellationToken): Promise<MarkdownResult | null> => {
      await versionAtLeast(params.uri, params.version, token);
      const found = await analysisOf(params.uri);
      return found ? buildMarkdown(found.analysis, params.fileName, settings.language) : null;
    },
  );
  connection.onRequest(CHECK_CLOSED_REQUEST, async (params: CheckClosedParams): Promise<CheckClosedResult> => {
    const open = await analysisOf(params.uri);
    const documentSettings = await settings.for(params.uri);
    const findings = open
      ? open.analysis.findings
      : analyzerFor(options.today)(params.text, documentSettings, undefined).findings;
    if (!open) {
      diagnostics.publishClosed(
        params.uri,
        findings.map((finding) => findingToDiagnostic(finding, params.uri, translator(settings.language))),
      );
      settings.forget(params.uri);
    }
    const counts = { errors: 0, warnings: 0, infos: 0 };
    for (const finding of findings) {
      if (finding.severity === 'error') counts.errors++;
      else if (finding.severity === 'warning') counts.warnings++;
      else counts.infos++;
    }
    return counts;
  });

  connection.onShutdown(() => diagnostics.dispose());

  /** Resolves when the server holds `version` (or newer) of the document, or after VERSION_WAIT_MS. */
  function versionAtLeast(uri: string, version: number, token: CancellationToken): Promise<void> {
    if ((documents.get(uri)?.version ?? -1) >= version) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        const waiting = versionWaiters.get(uri)?.filter((waiter) => waiter !== check);
        if (waiting?.length) versionWaiters.set(uri, waiting);
        else versionWaiters.delete(uri);
        resolve();
      };
      const check = () => {
        if ((documents.get(uri)?.version ?? -1) >= version || token.isCancellationRequested) done();
      };
      const timer = setTimeout(done, VERSION_WAIT_MS);
      versionWaiters.set(uri, [...(versionWaiters.get(uri) ?? []), check]);
    });
  }

  function wakeWaiters(uri: string): void {
    for (const waiter of versionWaiters.get(uri) ?? []) waiter();
  }

  documents.listen(connection);
  connection.listen();
}
