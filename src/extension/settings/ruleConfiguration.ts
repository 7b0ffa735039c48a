import * as vscode from 'vscode';
import { parseRuleSettings, type RuleSettings } from '../../core/index';
import { Disposable } from '../disposable';
import { mergeRuleConfig, rulesOfConfigFile, type RawRules } from './mergeRuleConfig';

export const CONFIG_FILE_NAME = '.journeymaprc.json';

/**
 * The gap rule settings that apply to a document: the `rules` of the
 * `.journeymaprc.json` at the root of its workspace folder (the file the CLI reads),
 * overridden rule by rule by the `journeyMap.rules` setting.
 *
 * Reading the file is safe in untrusted workspaces: it is data, never executed.
 */
export class RuleConfiguration extends Disposable {
  private readonly fileRules = new Map<string, RawRules>();
  private readonly cache = new Map<string, RuleSettings>();
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    super();
    this._register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('journeyMap.rules')) this.changed();
      }),
    );
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`));
    const reload = (uri: vscode.Uri) => void this.reloadFolderOf(uri);
    this._register(watcher.onDidCreate(reload));
    this._register(watcher.onDidChange(reload));
    this._register(watcher.onDidDelete(reload));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reloadAll()));
  }

  /** Reads every workspace folder's config file; call once after construction. */
  async reloadAll(): Promise<void> {
    this.fileRules.clear();
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.readFolder(folder)));
    this.changed();
  }

  rulesFor(uri: vscode.Uri): RuleSettings {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder?.uri.toString() ?? '';
    const cached = this.cache.get(key);
    if (cached) return cached;
    const setting = vscode.workspace.getConfiguration('journeyMap', uri).get<unknown>('rules');
    const { settings, problems } = parseRuleSettings(mergeRuleConfig(this.fileRules.get(key), setting));
    for (const problem of problems) this.log.warn(`Rule settings${folder ? ` (${folder.name})` : ''}: ${problem}`);
    this.cache.set(key, settings);
    return settings;
  }

  private async reloadFolderOf(uri: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    // Only the file at the folder root counts, as for the CLI run from that folder.
    if (!folder || vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME).toString() !== uri.toString()) return;
    await this.readFolder(folder);
    this.changed();
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
    const { rules, problem } = rulesOfConfigFile(new TextDecoder().decode(bytes));
    if (problem) this.log.warn(`${uri.fsPath || uri.toString()} ${problem}; its rules are ignored.`);
    this.fileRules.set(folder.uri.toString(), rules ?? {});
  }

  private changed(): void {
    this.cache.clear();
    this.changeEmitter.fire();
  }
}
