import * as vscode from 'vscode';
import { JOURNEY_LANGUAGE_ID } from '../languageId';
import { newJourneyTemplate } from './newJourneyTemplate';

export const NEW_JOURNEY_COMMAND = 'journeyMap.newJourney';

/** Opens an untitled journey map from the canonical template; nothing is written to disk until the user saves. */
export async function newJourney(): Promise<vscode.TextEditor> {
  const today = new Date().toISOString().slice(0, 10);
  const document = await vscode.workspace.openTextDocument({
    language: JOURNEY_LANGUAGE_ID,
    content: newJourneyTemplate(today),
  });
  const editor = await vscode.window.showTextDocument(document);
  // Put the cursor on the title placeholder, the first thing to replace.
  const line = document
    .getText()
    .split('\n')
    .findIndex((text) => text.startsWith('journey: '));
  if (line >= 0) {
    const start = new vscode.Position(line, 'journey: '.length);
    editor.selection = new vscode.Selection(start, document.lineAt(line).range.end);
  }
  return editor;
}
