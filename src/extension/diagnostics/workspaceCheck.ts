import * as vscode from 'vscode';
import type { JourneyLanguageService } from '../client/journeyLanguageService';
import { Disposable } from '../disposable';
import { IGNORE_FILE_NAME } from '../../shared/configLookup';
import { ignoreMatcher, type IgnoreMatcher } from '../../shared/ignoreMatcher';
import { isJourneyDocument, JOURNEY_FILE_GLOB } from '../languageId';

/** Folders never worth scanning for maps. */
const EXCLUDE_GLOB = '**/{node_modules,.git,dist,out,.vscode-test,.vscode-test-server}/**';
/** Upper bound on maps checked in one run, so a huge monorepo cannot flood the server. */
const MAX_MAPS = 2_000;

export interface WorkspaceCheckSummary {
  readonly maps: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/**
 * `journeyMap.checkWorkspace`: has the language server check every map in the workspace,
 * open or not, and puts the results in the Problems panel. With
 * `journeyMap.validateClosedMaps` it also runs at start-up and re-checks closed maps when
 * they change on disk. The files are read here, through vscode.workspace.fs (virtual file
 * systems and the web included); the analysis runs in the server.
 */
export class WorkspaceCheck extends Disposable {
  private running: Promise<WorkspaceCheckSummary> | undefined;
  /** Per workspace folder: the matcher of the `.journeymapignore` at its root (null: none). */
  private readonly ignoreFiles = new Map<string, Promise<IgnoreMatcher | null>>();

  constructor(private readonly server: JourneyLanguageService) {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(JOURNEY_FILE_GLOB));
    const recheck = async (uri: vscode.Uri) => {
      if (this.enabled(uri) && !this.isOpen(uri) && !(await this.isIgnored(uri))) void this.checkFile(uri);
    };
    this._register(watcher.onDidCreate((uri) => void recheck(uri)));
    this._register(watcher.onDidChange((uri) => void recheck(uri)));
    this._register(watcher.onDidDelete((uri) => this.server.forget(uri)));
    this._register(vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => this.server.forget(uri))));
    this._register(
      vscode.workspace.onDidRenameFiles((event) => event.files.forEach(({ oldUri }) => this.server.forget(oldUri))),
    );
    // A map closed with unsaved edits: what stays listed must be the saved file's problems.
    this._register(
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (isJourneyDocument(document) && document.uri.scheme !== 'untitled' && this.enabled(document.uri))
          void this.checkFile(document.uri);
      }),
    );
    this._register(server.onDidChangeSettings(() => this.enabled() && void this.run(false)));
    // Editing .journeymapignore changes which maps the check covers, as for `journey-map check`.
    const ignoreWatcher = this._register(vscode.workspace.createFileSystemWatcher(`**/${IGNORE_FILE_NAME}`));
    const ignoreChanged = (uri: vscode.Uri) => {
      this.ignoreFiles.delete(vscode.Uri.joinPath(uri, '..').toString());
      if (this.enabled()) void this.run(false);
    };
    this._register(ignoreWatcher.onDidCreate(ignoreChanged));
    this._register(ignoreWatcher.onDidChange(ignoreChanged));
    this._register(ignoreWatcher.onDidDelete(ignoreChanged));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.ignoreFiles.clear()));
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
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Checking journey maps') },
      async () => {
        const uris = await vscode.workspace.findFiles(JOURNEY_FILE_GLOB, EXCLUDE_GLOB, MAX_MAPS);
        const totals = { maps: 0, errors: 0, warnings: 0, infos: 0 };
        for (const uri of uris) {
          if (this.isDisposed) break;
          if (await this.isIgnored(uri)) {
            // Problems listed before the map was ignored go, as the CLI would not report them.
            if (!this.isOpen(uri)) this.server.forget(uri);
            continue;
          }
          const counts = await this.checkFile(uri);
          totals.maps++;
          totals.errors += counts.errors;
          totals.warnings += counts.warnings;
          totals.infos += counts.infos;
        }
        if (announce) {
          void vscode.window.showInformationMessage(
            totals.maps === 1
              ? vscode.l10n.t(
                  'Journey Map: checked 1 map: {0} error(s), {1} warning(s), {2} info(s).',
                  totals.errors,
                  totals.warnings,
                  totals.infos,
                )
              : vscode.l10n.t(
                  'Journey Map: checked {0} maps: {1} error(s), {2} warning(s), {3} info(s).',
                  totals.maps,
                  totals.errors,
                  totals.warnings,
                  totals.infos,
                ),
          );
        }
        return totals;
      },
    );
  }

  private async checkFile(uri: vscode.Uri): Promise<{ errors: number; warnings: number; infos: number }> {
    let text = '';
    if (!this.isOpen(uri)) {
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        this.server.forget(uri);
        return { errors: 0, warnings: 0, infos: 0 };
      }
    }
    // An open map answers with its own (current) findings; the text is only read for closed ones.
    return this.server.checkClosed(uri, text);
  }

  /**
   * True when the `.journeymapignore` at the root of the map's workspace folder excludes it
   * (gitignore patterns relative to that folder, as `journey-map check` run there reads them).
   * An open map is still checked by the language server: ignoring is about the folder scan.
   */
  async isIgnored(uri: vscode.Uri): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const key = folder.uri.toString();
    let matcher = this.ignoreFiles.get(key);
    if (!matcher) {
      matcher = readIgnoreFile(vscode.Uri.joinPath(folder.uri, IGNORE_FILE_NAME));
      this.ignoreFiles.set(key, matcher);
    }
    const matches = await matcher;
    if (matches === null) return false;
    const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    return uri.path.startsWith(base) && matches(uri.path.slice(base.length));
  }

  private isOpen(uri: vscode.Uri): boolean {
    return vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString());
  }

  private enabled(scope?: vscode.Uri): boolean {
    return vscode.workspace.getConfiguration('journeyMap', scope).get<boolean>('validateClosedMaps') === true;
  }
}

async function readIgnoreFile(uri: vscode.Uri): Promise<IgnoreMatcher | null> {
  try {
    return ignoreMatcher(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
  } catch {
    return null;
  }
}
