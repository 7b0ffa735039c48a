import * as vscode from 'vscode';
import type { Finding } from '../../core/index';
import type { JourneyAnalysisCache } from '../analysisCache';
import { DIAGNOSTIC_SOURCE } from '../languageId';
import { toRange } from '../positions';

/**
 * Quick fixes: each Finding's `fixes` become code actions whose WorkspaceEdit the user
 * applies (and can undo). The fix edits were computed for the text of the cached
 * analysis, which is the current document version.
 */
export class JourneyQuickFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly analyses: JourneyAnalysisCache) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    const analysis = this.analyses.get(document);
    if (analysis.text !== document.getText()) return []; // edits would land in the wrong place
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const finding = analysis.findings.find((candidate) => matches(candidate, diagnostic));
      for (const fix of finding?.fixes ?? []) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred === true;
        action.edit = new vscode.WorkspaceEdit();
        for (const edit of fix.edits) {
          const range = new vscode.Range(document.positionAt(edit.range.start.offset), document.positionAt(edit.range.end.offset));
          action.edit.replace(document.uri, range, edit.newText);
        }
        actions.push(action);
      }
    }
    return actions;
  }
}

function matches(finding: Finding, diagnostic: vscode.Diagnostic): boolean {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return String(code) === finding.code && toRange(finding.range).isEqual(diagnostic.range) && finding.message === diagnostic.message;
}
