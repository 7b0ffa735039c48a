import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, foldersUpTo } from '../../shared/configLookup';
import { rulesOfConfigFile, type RawRules } from '../../shared/mergeRuleConfig';
import { Disposable } from '../disposable';

export { CONFIG_FILE_NAME };

/**
 * The `rules` of the `.journeymaprc.json` that applies to a map: the nearest one walking up
 * from the map's folder to its workspace folder, as `journey-map check` finds it. Read
 * through vscode.workspace.fs, so virtual file systems and the web work too, and cached per
 * folder until a config file is created, changed or deleted. The language server gets the
 * rules with the `journeyMap` settings and merges `journeyMap.rules` over them rule by rule.
 *
 * Reading the file is safe in untrusted workspaces: it is data, never executed.
 */
export class RuleConfiguration extends Disposable {
  /** Per folder URI: the file's rules, or null when that folder has no config file. */
  private readonly folders = new Map<string, Promise<RawRules | null>>();
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  /** A config file was created, changed or deleted (or folders were added or removed). */
  readonly onDidChange = this.changeEmitter.event;
  /** Nothing to wait for any more: files are read when a map first needs them. Kept for callers. */
  readonly ready: Promise<void> = Promise.resolve();

  constructor(private readonly log: vscode.LogOutputChannel) {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`));
    const changed = (uri: vscode.Uri) => {
      this.folders.delete(vscode.Uri.joinPath(uri, '..').toString());
      this.changeEmitter.fire();
    };
    this._register(watcher.onDidCreate(changed));
    this._register(watcher.onDidChange(changed));
    this._register(watcher.onDidDelete(changed));
    this._register(
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.folders.clear();
        this.changeEmitter.fire();
      }),
    );
  }

  /** The raw rules of the config file that applies to a map, or undefined when there is none. */
  async fileRulesFor(uri: vscode.Uri): Promise<RawRules | undefined> {
    if (uri.scheme === 'untitled') return undefined;
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri;
    // A map outside every workspace folder (or an untitled one) gets only its own folder's file.
    const folders = root && root.scheme === uri.scheme ? foldersUpTo(uri.path, root.path) : foldersUpTo(uri.path, '');
    for (const folder of folders) {
      const rules = await this.rulesIn(uri.with({ path: folder === '' ? '/' : folder, query: '', fragment: '' }));
      if (rules !== null) return rules;
    }
    return undefined;
  }

  private rulesIn(folder: vscode.Uri): Promise<RawRules | null> {
    const key = folder.toString();
    let rules = this.folders.get(key);
    if (!rules) {
      rules = this.read(vscode.Uri.joinPath(folder, CONFIG_FILE_NAME));
      this.folders.set(key, rules);
    }
    return rules;
  }

  private async read(uri: vscode.Uri): Promise<RawRules | null> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return null;
    }
    const { rules, problem } = rulesOfConfigFile(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    // A broken file still counts as the nearest one (its rules are ignored), as the CLI refuses it.
    if (problem) this.log.warn(`${uri.fsPath || uri.toString()} ${problem}; its rules are ignored.`);
    return rules ?? {};
  }
}
