/**
 * The Journey Map extension, for both hosts: wires VS Code's own parts (the language client,
 * the preview webview, commands, exports, the workspace check) to the journey-map language
 * server, which owns every analysis. extension.ts (Node) and extensionWeb.ts (web worker)
 * differ only in how the server is started.
 */
import * as vscode from 'vscode';
import { JourneyLanguageService, type ClientFactory } from './client/journeyLanguageService';
import { newJourney, NEW_JOURNEY_COMMAND } from './commands/newJourney';
import { RuleDocLinks } from './diagnostics/ruleDocLinks';
import { WorkspaceCheck, type WorkspaceCheckSummary } from './diagnostics/workspaceCheck';
import { registerPreview } from './preview/index';
import { RuleConfiguration } from './settings/ruleConfiguration';

export const CHECK_WORKSPACE_COMMAND = 'journeyMap.checkWorkspace';

/** What the extension hands to other extensions and to its integration tests. */
export interface JourneyMapApi {
  readonly languageService: JourneyLanguageService;
  /** Milliseconds `activate()` took, measured inside it (the server starts after it returns). */
  readonly activationMs: number;
  /** Resolves when the language server is up and its features are registered. */
  whenReady(): Promise<void>;
  checkWorkspace(): Promise<WorkspaceCheckSummary>;
}

export function activateJourneyMap(context: vscode.ExtensionContext, createClient: ClientFactory): JourneyMapApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Journey Map', { log: true });
  const ruleDocs = new RuleDocLinks(context.extensionUri);
  const rules = new RuleConfiguration(log);
  const languageService = new JourneyLanguageService(createClient, rules, ruleDocs, log);
  const workspaceCheck = new WorkspaceCheck(languageService);
  context.subscriptions.push(
    log,
    rules,
    languageService,
    workspaceCheck,
    vscode.commands.registerCommand(NEW_JOURNEY_COMMAND, newJourney),
    vscode.commands.registerCommand(CHECK_WORKSPACE_COMMAND, () => workspaceCheck.run(true)),
  );
  registerPreview(context, languageService);

  const ready = Promise.all([languageService.ready, rules.ready]).then(() => undefined);
  void ready.then(
    () => {
      log.info(`Language server ready ${(performance.now() - started).toFixed(0)} ms after activation began`);
      workspaceCheck.startIfEnabled();
    },
    (error: unknown) => log.error(`The language server did not start: ${String(error)}`),
  );
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return { languageService, activationMs, whenReady: () => ready, checkWorkspace: () => workspaceCheck.run(false) };
}
