/**
 * The one schedule on which each open map is analysed: at once when opened, then
 * `validationDelay` ms after the last edit (0 = at once), stale versions dropped. Each
 * analysis it makes publishes the problems and is handed to every other consumer of the
 * schedule (the preview's pushed model, semantic tokens), so all of them show the same
 * versions. Problems are cleared on close unless the workspace check keeps closed maps listed.
 */
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Connection,
  type Diagnostic,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, JourneyAnalysis, Severity } from '../core/index';
import { translator, type Translator } from '../core/l10n/index';
import type { AnalysisStore } from './analyses';
import { toRange } from './positions';
import type { ServerSettings } from './settings';

/** Diagnostics' `source`, as the CLI prints it too. */
export const DIAGNOSTIC_SOURCE = 'journey-map';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Old versions shown by source control (the left side of a diff) are maps too, but their
 * problems are not the user's to fix: listing them would double every problem.
 */
const READ_ONLY_HISTORY_SCHEMES: ReadonlySet<string> = new Set([
  'git',
  'gitfs',
  'gitlens',
  'vscode-scm',
  'pr',
  'review',
]);

export function wantsDiagnostics(uri: string): boolean {
  const scheme = /^([a-zA-Z][\w+.-]*):/.exec(uri)?.[1] ?? '';
  return !READ_ONLY_HISTORY_SCHEMES.has(scheme);
}

/** `tr` writes the message in the client's display language (keyed findings; others stay as the engine wrote them). */
export function findingToDiagnostic(finding: Finding, uri: string, tr: Translator = translator('en')): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(finding.range),
    severity: SEVERITIES[finding.severity],
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: tr.finding(finding),
  };
  if (finding.related?.length)
    diagnostic.relatedInformation = finding.related.map((related) => ({
      location: { uri, range: toRange(related.range) },
      message: tr.keyed(finding.code, related.messageId, related.data, related.message),
    }));
  // The rule's meta tags what is there but unused: editors fade it, as unused variables.
  if (finding.tags?.includes('unnecessary')) diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

/** Called with each analysis the schedule makes, after its problems were published. */
export type AnalysedListener = (document: TextDocument, analysis: JourneyAnalysis) => void;

/** How long a consumer waits for the scheduled analysis before analysing the version itself. */
const SCHEDULE_WAIT_MS = 5_000;

interface Waiter {
  readonly version: number;
  readonly resolve: (analysis: JourneyAnalysis | undefined) => void;
}

export class DiagnosticsScheduler {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Closed maps whose diagnostics the workspace check published (kept while closed). */
  private readonly closedChecked = new Set<string>();
  private readonly listeners: AnalysedListener[] = [];
  private readonly waiters = new Map<string, Waiter[]>();
  /** The version (and settings generation) each document was last analysed at on the schedule. */
  private readonly analysed = new Map<string, { version: number; generation: number }>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: AnalysisStore,
    private readonly settings: ServerSettings,
  ) {}

  onAnalysed(listener: AnalysedListener): void {
    this.listeners.push(listener);
  }

  /**
   * The scheduled analysis of the document's version `version`: at once when the schedule has
   * made it, else when it does (or a newer one: the request is then stale anyway). After
   * SCHEDULE_WAIT_MS without it, the version is analysed on the spot.
   */
  async whenAnalysed(uri: string, version: number): Promise<JourneyAnalysis | undefined> {
    const settings = await this.settings.for(uri);
    const document = this.documents.get(uri);
    // Closed, or edited since the request: its answer would be for text the client no longer has.
    if (!document || document.version !== version) return undefined;
    const done = this.analysed.get(uri);
    if (done && done.version === version && done.generation === settings.generation)
      return this.analyses.get(document, settings);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.dropWaiter(uri, waiter);
        const current = this.documents.get(uri);
        resolve(current ? this.analyses.get(current, settings) : undefined);
      }, SCHEDULE_WAIT_MS);
      const waiter: Waiter = {
        version,
        resolve: (analysis) => {
          clearTimeout(timer);
          resolve(analysis);
        },
      };
      this.waiters.set(uri, [...(this.waiters.get(uri) ?? []), waiter]);
    });
  }

  /** On open, on a settings change: analyse at once. */
  async checkNow(document: TextDocument): Promise<void> {
    this.cancel(document.uri);
    await this.publish(document.uri, document.version);
  }

  checkAllOpen(): void {
    for (const document of this.documents.all()) void this.checkNow(document);
  }

  /** After an edit: wait the document's validation delay, then analyse the then-current version. */
  async schedule(document: TextDocument): Promise<void> {
    this.cancel(document.uri);
    const { validationDelayMs } = await this.settings.for(document.uri);
    const version = document.version;
    if (this.documents.get(document.uri)?.version !== version) return; // a newer edit is scheduling
    if (validationDelayMs === 0) {
      await this.publish(document.uri, version);
      return;
    }
    this.cancel(document.uri);
    this.pending.set(
      document.uri,
      setTimeout(() => {
        this.pending.delete(document.uri);
        void this.publish(document.uri, version);
      }, validationDelayMs),
    );
  }

  async closed(uri: string): Promise<void> {
    this.cancel(uri);
    this.analyses.forget(uri);
    this.analysed.delete(uri);
    this.settle(uri, Number.POSITIVE_INFINITY, undefined);
    const { validateClosedMaps } = await this.settings.for(uri);
    this.settings.forget(uri);
    // Under the workspace check a closed map keeps its problems (the client re-checks the saved file).
    if (validateClosedMaps && !uri.startsWith('untitled:')) {
      this.closedChecked.add(uri);
      return;
    }
    this.forget(uri);
  }

  forget(uri: string): void {
    this.cancel(uri);
    this.closedChecked.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** A map that is not open, checked from its saved text. */
  publishClosed(uri: string, diagnostics: Diagnostic[]): void {
    if (this.documents.get(uri)) return;
    this.closedChecked.add(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    for (const uri of [...this.waiters.keys()]) this.settle(uri, Number.POSITIVE_INFINITY, undefined);
  }

  private async publish(uri: string, version: number): Promise<void> {
    const settings = await this.settings.for(uri);
    const document = this.documents.get(uri);
    // Closed, or edited again while the settings were read: the newer version has its own check.
    if (!document || document.version !== version) return;
    const analysis = this.analyses.get(document, settings);
    this.analysed.set(uri, { version, generation: settings.generation });
    if (wantsDiagnostics(uri)) {
      this.closedChecked.delete(uri);
      void this.connection.sendDiagnostics({
        uri,
        version,
        diagnostics: analysis.findings.map((finding) =>
          findingToDiagnostic(finding, uri, translator(this.settings.language)),
        ),
      });
    }
    this.settle(uri, version, analysis);
    for (const listener of this.listeners) {
      try {
        listener(document, analysis);
      } catch (error) {
        this.connection.console.error(`Journey Map: ${String(error)}`);
      }
    }
  }

  /** Resolves the waiters for `version` or older with `analysis`. */
  private settle(uri: string, version: number, analysis: JourneyAnalysis | undefined): void {
    const waiting = this.waiters.get(uri);
    if (!waiting) return;
    const left = waiting.filter((waiter) => waiter.version > version);
    if (left.length > 0) this.waiters.set(uri, left);
    else this.waiters.delete(uri);
    for (const waiter of waiting) if (waiter.version <= version) waiter.resolve(analysis);
  }

  private dropWaiter(uri: string, waiter: Waiter): void {
    const left = (this.waiters.get(uri) ?? []).filter((candidate) => candidate !== waiter);
    if (left.length > 0) this.waiters.set(uri, left);
    else this.waiters.delete(uri);
  }

  private cancel(uri: string): void {
    const timer = this.pending.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.pending.delete(uri);
  }
}
