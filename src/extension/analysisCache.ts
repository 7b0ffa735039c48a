import * as vscode from 'vscode';
import { analyzeJourney, type JourneyAnalysis } from '../core/index';
import { Disposable } from './disposable';
import type { RuleConfiguration } from './settings/ruleConfiguration';

/** How many analyses to keep: the open maps plus a few closed ones from a workspace check. */
const MAX_CACHED_ANALYSES = 50;

interface Entry {
  readonly version: number;
  readonly generation: number;
  readonly analysis: JourneyAnalysis;
}

/**
 * One engine run per document version, shared by diagnostics, language features and
 * the preview (so typing one character analyses the map once, not once per feature).
 * A change of the rule settings invalidates every entry and fires `onDidChangeSettings`.
 */
export class JourneyAnalysisCache extends Disposable {
  private readonly entries = new Map<string, Entry>();
  /** Bumped when the rule settings change, so older entries no longer match. */
  private generation = 0;
  private readonly settingsEmitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeSettings: vscode.Event<void> = this.settingsEmitter.event;

  constructor(private readonly rules: RuleConfiguration) {
    super();
    this._register(
      rules.onDidChange(() => {
        this.generation++;
        this.entries.clear();
        this.settingsEmitter.fire();
      }),
    );
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.entries.delete(document.uri.toString())));
  }

  get(document: vscode.TextDocument): JourneyAnalysis {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version && cached.generation === this.generation) return cached.analysis;
    const analysis = analyzeJourney(document.getText(), { rules: this.rules.rulesFor(document.uri) });
    this.entries.delete(key); // re-insert so the Map's order is least recently used first
    this.entries.set(key, { version: document.version, generation: this.generation, analysis });
    if (this.entries.size > MAX_CACHED_ANALYSES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return analysis;
  }
}
