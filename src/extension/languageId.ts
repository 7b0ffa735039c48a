import type * as vscode from 'vscode';

/** The language id every team agreed on for `*.journey.yaml` / `*.journey.yml`. */
export const JOURNEY_LANGUAGE_ID = 'journey-yaml';

/** Diagnostics' `source`, as the CLI prints it too. */
export const DIAGNOSTIC_SOURCE = 'journey-map';

export const JOURNEY_FILE_GLOB = '**/*.{journey.yaml,journey.yml}';

export const JOURNEY_SELECTOR: vscode.DocumentSelector = [{ language: JOURNEY_LANGUAGE_ID }];

export function isJourneyDocument(document: vscode.TextDocument): boolean {
  return document.languageId === JOURNEY_LANGUAGE_ID;
}

/**
 * Old versions shown by source control (the left side of a diff) are journey maps too, but
 * their problems are not the user's to fix: listing them would double every problem.
 */
const READ_ONLY_HISTORY_SCHEMES: ReadonlySet<string> = new Set([
  'git',
  'gitfs',
  'gitlens',
  'vscode-scm',
  'pr',
  'review',
]);

export function wantsDiagnostics(document: vscode.TextDocument): boolean {
  return isJourneyDocument(document) && !READ_ONLY_HISTORY_SCHEMES.has(document.uri.scheme);
}
