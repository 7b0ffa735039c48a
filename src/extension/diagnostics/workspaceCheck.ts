import * as vscode from 'vscode';
import { analyzeJourney } from '../../core/index';
import { Disposable } from '../disposable';
import { isJourneyDocument, JOURNEY_FILE_GLOB } from '../languageId';
import type { RuleConfiguration } from '../settings/ruleConfiguration';
import type { DiagnosticsController } from './diagnosticsController';
import { findingToDiagnostic } from './findingToDiagnostic';
import type { RuleDocLinks } from './ruleDocLinks';

/** Folders never worth scanning for maps. */
const EXCLUDE_GLOB = '**/{node_modules,.git,dist,out,.vscode-test,.vscode-test-server}/**';
/** Upper bound on maps checked in one run, so a huge monorepo cannot stall the host. */
const MAX_MAPS = 2_000;

export interface WorkspaceCheckSummary {
  readonly maps: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/**
 * `journeyMap.checkWorkspace`: analyses every map in the workspace, open or not, and
 * puts the results in the Problems panel. With `journeyMap.validateClosedMaps` it also
 * runs at start-up and re-checks closed maps when they change on disk.
 */
export class WorkspaceCheck extends Disposable {
  private running: Promise<WorkspaceCheckSummary> | undefined;

  constructor(
    private readonly diagnostics: DiagnosticsController,
    private readonly rules: RuleConfiguration,
    private readonly ruleDocs: RuleDocLinks | undefined,
  ) {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(JOURNEY_FILE_GLOB));
    const recheck = (uri: vscode.Uri) => {
      if (this.enabled(uri) && !this.isOpen(uri)) void this.checkFile(uri);
    };
    this._register(watcher.onDidCreate(recheck));
    this._register(watcher.onDidChange(recheck));
    this._register(watcher.onDidDelete((uri) => this.diagnostics.forget(uri)));
    // A map closed with unsaved edits: what stays listed must be the saved file's problems.
    this._register(
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (isJourneyDocument(document) && document.uri.scheme !== 'untitled' && this.enabled(document.uri))
          void this.checkFile(document.uri);
      }),
    );
    this._register(rules.onDidChange(() => this.enabled() && void this.run(false)));
    this._register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('journeyMap.validateClosedMaps') && this.enabled()) void this.run(false);
      }),
    );
  }

  /** Called at activation: checks closed maps only if the user opted in. */
  startIfEnabled(): void {
    if (this.enabled()) void this.run(false);
  }

  /** Runs the check (one at a time); `announce` shows a summary message when done. */
  run(announce: boolean): Promise<WorkspaceCheckSummary> {
    this.running ??= this.checkAll(announce).finally(() => (this.running = undefined));
    return this.running;
  }

  private async checkAll(announce: boolean): Promise<WorkspaceCheckSummary> {
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Checking journey maps' },
      async () => {
        const uris = await vscode.workspace.findFiles(JOURNEY_FILE_GLOB, EXCLUDE_GLOB, MAX_MAPS);
        const totals = { maps: 0, errors: 0, warnings: 0, infos: 0 };
        for (const uri of uris) {
          if (this.isDisposed) break;
          const diagnostics = this.isOpen(uri)
            ? [...(this.diagnostics.collection.get(uri) ?? [])]
            : await this.checkFile(uri);
          totals.maps++;
          for (const diagnostic of diagnostics) {
            if (diagnostic.severity === vscode.DiagnosticSeverity.Error) totals.errors++;
            else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) totals.warnings++;
            else totals.infos++;
          }
        }
        if (announce) {
          void vscode.window.showInformationMessage(
            `Journey Map: checked ${totals.maps} map${totals.maps === 1 ? '' : 's'}: ${totals.errors} error(s), ${totals.warnings} warning(s), ${totals.infos} info(s).`,
          );
        }
        return totals;
      },
    );
  }

  private async checkFile(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.diagnostics.forget(uri);
      return [];
    }
    const analysis = analyzeJourney(text, { rules: this.rules.rulesFor(uri) });
    const diagnostics = analysis.findings.map((finding) => findingToDiagnostic(finding, uri, this.ruleDocs));
    this.diagnostics.publishClosed(uri, diagnostics);
    return diagnostics;
  }

  private isOpen(uri: vscode.Uri): boolean {
    return vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString());
  }

  private enabled(scope?: vscode.Uri): boolean {
    return vscode.workspace.getConfiguration('journeyMap', scope).get<boolean>('validateClosedMaps') === true;
  }
}
