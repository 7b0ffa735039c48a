import * as vscode from 'vscode';
import type { Finding, Severity } from '../../core/index';
import { DIAGNOSTIC_SOURCE } from '../languageId';
import { toRange } from '../positions';
import type { RuleDocLinks } from './ruleDocLinks';

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * @param ruleDocs anchors in the packaged docs/rules.md and docs/codes.md, so the code
 *   in the Problems panel opens its explanation.
 */
export function findingToDiagnostic(
  finding: Finding,
  uri: vscode.Uri,
  ruleDocs: RuleDocLinks | undefined,
): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, SEVERITIES[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  const documentation = ruleDocs?.linkFor(finding.code);
  diagnostic.code = documentation ? { value: finding.code, target: documentation } : finding.code;
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map(
      (related) =>
        new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(related.range)), related.message),
    );
  }
  // The rule's meta tags what is there but unused; VS Code fades it as it does unused variables.
  if (finding.tags?.includes('unnecessary')) diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
  return diagnostic;
}
