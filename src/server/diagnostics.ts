/**
 * Keeps the client's problems in step with every open map: analysed at once when opened,
 * then `validationDelay` ms after the last edit (0 = at once), stale versions dropped,
 * cleared on close unless the workspace check keeps closed maps listed.
 */
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Connection,
  type Diagnostic,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../core/index';
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

export class DiagnosticsScheduler {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Closed maps whose diagnostics the workspace check published (kept while closed). */
  private readonly closedChecked = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: AnalysisStore,
    private readonly settings: ServerSettings,
  ) {}

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
  }

  private async publish(uri: string, version: number): Promise<void> {
    if (!wantsDiagnostics(uri)) return;
    const settings = await this.settings.for(uri);
    const document = this.documents.get(uri);
    // Closed, or edited again while the settings were read: the newer version has its own check.
    if (!document || document.version !== version) return;
    const analysis = this.analyses.get(document, settings);
    this.closedChecked.delete(uri);
    void this.connection.sendDiagnostics({
      uri,
      version,
      diagnostics: analysis.findings.map((finding) =>
        findingToDiagnostic(finding, uri, translator(this.settings.language)),
      ),
    });
  }

  private cancel(uri: string): void {
    const timer = this.pending.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.pending.delete(uri);
  }
}
