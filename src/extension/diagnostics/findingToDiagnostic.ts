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
 * Rules whose findings mark something that is there but unused; VS Code fades them
 * (DiagnosticTag.Unnecessary) as it does unused variables.
 */
const UNUSED_RULES: ReadonlySet<string> = new Set(['unused-persona']);

/**
 * @param ruleDocs links into the packaged docs/rules.md and docs/codes.md, so the code
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
  if (finding.rule && UNUSED_RULES.has(finding.rule)) diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
  return diagnostic;
}
