import * as vscode from 'vscode';
import { Disposable } from '../disposable';
import { rulesOfConfigFile, type RawRules } from '../../shared/mergeRuleConfig';

export const CONFIG_FILE_NAME = '.journeymaprc.json';

/**
 * The `rules` of the `.journeymaprc.json` at the root of each workspace folder (the file
 * the CLI reads), read through vscode.workspace.fs so it also works on virtual file systems
 * and on the web. The language server gets them with the `journeyMap` settings, merges
 * `journeyMap.rules` over them rule by rule and parses the result.
 *
 * Reading the file is safe in untrusted workspaces: it is data, never executed.
 */
export class RuleConfiguration extends Disposable {
  private readonly fileRules = new Map<string, RawRules>();
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  /** The config file of a folder changed (or folders were added or removed). */
  readonly onDidChange = this.changeEmitter.event;
  /** Resolves once every folder's file was read the first time. */
  readonly ready: Promise<void>;

  constructor(private readonly log: vscode.LogOutputChannel) {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`));
    const reload = (uri: vscode.Uri) => void this.reloadFolderOf(uri);
    this._register(watcher.onDidCreate(reload));
    this._register(watcher.onDidChange(reload));
    this._register(watcher.onDidDelete(reload));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reloadAll()));
    this.ready = this.reloadAll();
  }

  /** The file's raw rules for a document (undefined when its folder has none). */
  fileRulesFor(uri: vscode.Uri): RawRules | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.fileRules.get(folder.uri.toString()) : undefined;
  }

  private async reloadAll(): Promise<void> {
    this.fileRules.clear();
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.readFolder(folder)));
    this.changeEmitter.fire();
  }

  private async reloadFolderOf(uri: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    // Only the file at the folder root counts, as for the CLI run from that folder.
    if (!folder || vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME).toString() !== uri.toString()) return;
    await this.readFolder(folder);
    this.changeEmitter.fire();
  }

  private async readFolder(folder: vscode.WorkspaceFolder): Promise<void> {
    const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      this.fileRules.delete(folder.uri.toString());
      return;
    }
    const { rules, problem } = rulesOfConfigFile(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    if (problem) this.log.warn(`${uri.fsPath || uri.toString()} ${problem}; its rules are ignored.`);
    this.fileRules.set(folder.uri.toString(), rules ?? {});
  }
}
