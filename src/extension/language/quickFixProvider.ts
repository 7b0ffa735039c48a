import * as vscode from 'vscode';
import { fixesFor, gapRuleCatalogue, type Finding } from '../../core/index';
import type { JourneyAnalysisCache } from '../analysisCache';
import { DIAGNOSTIC_SOURCE } from '../languageId';
import { toRange } from '../positions';

/**
 * Quick fixes: each Finding's fixes (computed here, on request, by the engine's fixesFor)
 * become code actions whose WorkspaceEdit the user applies (and can undo). The edits are
 * computed for the text of the cached analysis, which is the current document version.
 */
export class JourneyQuickFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  };

  constructor(private readonly analyses: JourneyAnalysisCache) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    const analysis = this.analyses.get(document);
    if (analysis.text !== document.getText()) return []; // edits would land in the wrong place
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const finding = analysis.findings.find((candidate) => matches(candidate, diagnostic));
      for (const fix of finding ? fixesFor(analysis, finding) : []) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred === true;
        action.edit = new vscode.WorkspaceEdit();
        for (const edit of fix.edits) {
          const range = new vscode.Range(
            document.positionAt(edit.range.start.offset),
            document.positionAt(edit.range.end.offset),
          );
          action.edit.replace(document.uri, range, edit.newText);
        }
        actions.push(action);
      }
      if (finding && configurableCodes.has(finding.code)) actions.push(...suppressions(document, diagnostic, finding));
    }
    return actions;
  }
}

/** Codes a suppression comment can silence: the gap rules (not JM200 about the comments themselves). */
const configurableCodes: ReadonlySet<string> = new Set(gapRuleCatalogue.map((rule) => rule.code));

/**
 * "Ignore on this line" and "Ignore in this file", as the engine's suppression comments
 * (`# journey-map-disable-next-line JM201`), so the decision is visible and reviewable in
 * the map itself, and the CLI honours it too.
 */
function suppressions(
  document: vscode.TextDocument,
  diagnostic: vscode.Diagnostic,
  finding: Finding,
): vscode.CodeAction[] {
  const label = finding.rule ? `${finding.code} ${finding.rule}` : finding.code;
  const line = document.lineAt(diagnostic.range.start.line);
  const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
  const nextLine = new vscode.CodeAction(`Ignore ${label} on this line`, vscode.CodeActionKind.QuickFix);
  nextLine.diagnostics = [diagnostic];
  nextLine.edit = new vscode.WorkspaceEdit();
  nextLine.edit.insert(document.uri, line.range.start, `${indent}# journey-map-disable-next-line ${finding.code}\n`);

  // After a leading modeline or comment block, so `# yaml-language-server: $schema=…` stays first.
  let top = 0;
  while (top < document.lineCount && document.lineAt(top).text.startsWith('#')) top++;
  const fileWide = new vscode.CodeAction(`Ignore ${label} in this file`, vscode.CodeActionKind.QuickFix);
  fileWide.diagnostics = [diagnostic];
  fileWide.edit = new vscode.WorkspaceEdit();
  fileWide.edit.insert(document.uri, new vscode.Position(top, 0), `# journey-map-disable ${finding.code}\n`);
  return [nextLine, fileWide];
}

function matches(finding: Finding, diagnostic: vscode.Diagnostic): boolean {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return (
    String(code) === finding.code &&
    toRange(finding.range).isEqual(diagnostic.range) &&
    finding.message === diagnostic.message
  );
}
