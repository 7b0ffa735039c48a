import * as vscode from 'vscode';
import type { JourneyAnalysisCache } from '../analysisCache';
import { Disposable } from '../disposable';
import { isJourneyDocument, wantsDiagnostics } from '../languageId';
import { findingToDiagnostic } from './findingToDiagnostic';
import type { RuleDocLinks } from './ruleDocLinks';

/** Wait this long after the last keystroke before analysing (setting `journeyMap.validationDelay`). */
export const DEFAULT_VALIDATION_DELAY_MS = 300;

/**
 * Keeps the Problems panel in step with every open journey map: checks a map at once
 * when it opens, then debounced per document while the user types, drops work for
 * versions that are already outdated, and clears a map's problems when it is closed
 * or deleted (unless the workspace check still covers it).
 */
export class DiagnosticsController extends Disposable {
  readonly collection = this._register(vscode.languages.createDiagnosticCollection('journey-map'));
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Closed maps a workspace check reported on, re-checked when settings change. */
  private readonly closedChecked = new Set<string>();
  private readonly checkedEmitter = this._register(new vscode.EventEmitter<vscode.TextDocument>());
  /**
   * Fires after an open document's problems were published, with the version they are for.
   * The preview redraws on this, so it shows exactly the versions Problems shows (one
   * scheduling path per document, no second timer analysing intermediate versions).
   */
  readonly onDidCheck: vscode.Event<vscode.TextDocument> = this.checkedEmitter.event;

  constructor(
    private readonly analyses: JourneyAnalysisCache,
    private readonly ruleDocs: RuleDocLinks | undefined,
  ) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((document) => this.checkNow(document)));
    this._register(vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)));
    this._register(vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => this.forget(uri))));
    this._register(
      vscode.workspace.onDidRenameFiles((event) => event.files.forEach(({ oldUri }) => this.forget(oldUri))),
    );
    this._register(analyses.onDidChangeSettings(() => this.checkAllOpen()));
    this._register({ dispose: () => this.pending.forEach((timer) => clearTimeout(timer)) });
    this.checkAllOpen();
  }

  checkAllOpen(): void {
    for (const document of vscode.workspace.textDocuments) this.checkNow(document);
  }

  /** Publishes findings computed elsewhere (the workspace check of a closed map). */
  publishClosed(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): void {
    if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) return;
    this.closedChecked.add(uri.toString());
    this.collection.set(uri, diagnostics);
  }

  forget(uri: vscode.Uri): void {
    this.cancel(uri);
    this.closedChecked.delete(uri.toString());
    this.collection.delete(uri);
  }

  private schedule(document: vscode.TextDocument): void {
    if (!wantsDiagnostics(document)) return;
    this.cancel(document.uri);
    const version = document.version;
    const timer = setTimeout(() => {
      this.pending.delete(document.uri.toString());
      // A newer edit has rescheduled the check; this version is stale.
      if (document.isClosed || document.version !== version) return;
      this.publish(document);
    }, validationDelay(document));
    this.pending.set(document.uri.toString(), timer);
  }

  private checkNow(document: vscode.TextDocument): void {
    if (!wantsDiagnostics(document)) {
      // A file switched away from journey-yaml keeps no stale problems of ours.
      if (this.collection.has(document.uri) && !this.closedChecked.has(document.uri.toString()))
        this.forget(document.uri);
      return;
    }
    this.cancel(document.uri);
    this.publish(document);
  }

  private publish(document: vscode.TextDocument): void {
    const analysis = this.analyses.get(document);
    this.closedChecked.delete(document.uri.toString());
    this.collection.set(
      document.uri,
      analysis.findings.map((finding) => findingToDiagnostic(finding, document.uri, this.ruleDocs)),
    );
    this.checkedEmitter.fire(document);
  }

  private closed(document: vscode.TextDocument): void {
    this.cancel(document.uri);
    if (!isJourneyDocument(document)) return;
    // A map under the workspace check keeps its problems while closed; others are cleared.
    if (
      vscode.workspace.getConfiguration('journeyMap', document.uri).get<boolean>('validateClosedMaps') &&
      document.uri.scheme !== 'untitled'
    ) {
      this.closedChecked.add(document.uri.toString());
      return;
    }
    this.forget(document.uri);
  }

  private cancel(uri: vscode.Uri): void {
    const timer = this.pending.get(uri.toString());
    if (timer !== undefined) clearTimeout(timer);
    this.pending.delete(uri.toString());
  }
}

function validationDelay(document: vscode.TextDocument): number {
  const value = vscode.workspace.getConfiguration('journeyMap', document.uri).get<number>('validationDelay');
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? Math.min(value, 10_000)
    : DEFAULT_VALIDATION_DELAY_MS;
}
