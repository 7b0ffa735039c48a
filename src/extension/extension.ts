/**
 * The Journey Map extension: wires the engine (src/core) to the editor. Every feature
 * reads the map through one JourneyAnalysisCache, so a keystroke is analysed once.
 */
import * as vscode from 'vscode';
import { JourneyAnalysisCache } from './analysisCache';
import { newJourney, NEW_JOURNEY_COMMAND } from './commands/newJourney';
import { DiagnosticsController } from './diagnostics/diagnosticsController';
import { RuleDocLinks } from './diagnostics/ruleDocLinks';
import { WorkspaceCheck, type WorkspaceCheckSummary } from './diagnostics/workspaceCheck';
import { JourneyCompletionProvider } from './language/completionProvider';
import { JourneyDocumentSymbolProvider } from './language/documentSymbolProvider';
import { JourneyHoverProvider } from './language/hoverProvider';
import { JourneyIdNavigation } from './language/idNavigation';
import { JourneyQuickFixProvider } from './language/quickFixProvider';
import { SchemaNavigator } from './language/schemaNavigator';
import { JOURNEY_SELECTOR } from './languageId';
import { registerPreview } from './preview/index';
import { RuleConfiguration } from './settings/ruleConfiguration';

export const CHECK_WORKSPACE_COMMAND = 'journeyMap.checkWorkspace';

/** What the extension hands to other extensions and to its integration tests. */
export interface JourneyMapApi {
  readonly analyses: JourneyAnalysisCache;
  /** Milliseconds `activate()` took, measured inside it. */
  readonly activationMs: number;
  checkWorkspace(): Promise<WorkspaceCheckSummary>;
}

export async function activate(context: vscode.ExtensionContext): Promise<JourneyMapApi> {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Journey Map', { log: true });
  const ruleDocs = new RuleDocLinks(
    ['rules.md', 'codes.md'].map((name) => vscode.Uri.joinPath(context.extensionUri, 'docs', name)),
  );
  const rules = new RuleConfiguration(log);
  const analyses = new JourneyAnalysisCache(rules);
  const diagnostics = new DiagnosticsController(analyses, ruleDocs);
  const workspaceCheck = new WorkspaceCheck(diagnostics, rules, ruleDocs);
  const schema = new SchemaNavigator();
  const ids = new JourneyIdNavigation(analyses);
  context.subscriptions.push(
    log,
    rules,
    analyses,
    diagnostics,
    workspaceCheck,
    vscode.languages.registerCompletionItemProvider(
      JOURNEY_SELECTOR,
      new JourneyCompletionProvider(analyses, schema),
      ':',
      ' ',
      '[',
      ',',
      '-',
    ),
    vscode.languages.registerHoverProvider(JOURNEY_SELECTOR, new JourneyHoverProvider(analyses, schema)),
    vscode.languages.registerDocumentSymbolProvider(JOURNEY_SELECTOR, new JourneyDocumentSymbolProvider(analyses), {
      label: 'Journey Map',
    }),
    vscode.languages.registerDefinitionProvider(JOURNEY_SELECTOR, ids),
    vscode.languages.registerReferenceProvider(JOURNEY_SELECTOR, ids),
    vscode.languages.registerDocumentHighlightProvider(JOURNEY_SELECTOR, ids),
    vscode.languages.registerRenameProvider(JOURNEY_SELECTOR, ids),
    vscode.languages.registerCodeActionsProvider(
      JOURNEY_SELECTOR,
      new JourneyQuickFixProvider(analyses),
      JourneyQuickFixProvider.metadata,
    ),
    vscode.commands.registerCommand(NEW_JOURNEY_COMMAND, newJourney),
    vscode.commands.registerCommand(CHECK_WORKSPACE_COMMAND, () => workspaceCheck.run(true)),
  );
  registerPreview(context, analyses, diagnostics);

  // The rule file is read before the first check is trusted; open maps are re-checked when it arrives.
  void Promise.all([rules.reloadAll(), ruleDocs.load()]).then(() => {
    diagnostics.checkAllOpen();
    workspaceCheck.startIfEnabled();
  });
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return { analyses, activationMs, checkWorkspace: () => workspaceCheck.run(false) };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
