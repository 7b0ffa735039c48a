import type * as vscode from 'vscode';

/** The language id every team agreed on for `*.journey.yaml` / `*.journey.yml`. */
export const JOURNEY_LANGUAGE_ID = 'journey-yaml';

/** Diagnostics' `source`, as the CLI prints it too. */
export const DIAGNOSTIC_SOURCE = 'journey-map';

export { JOURNEY_FILE_GLOB } from '../shared/journeyFiles';

export const JOURNEY_SELECTOR: vscode.DocumentSelector = [{ language: JOURNEY_LANGUAGE_ID }];

export function isJourneyDocument(document: vscode.TextDocument): boolean {
  return document.languageId === JOURNEY_LANGUAGE_ID;
}
