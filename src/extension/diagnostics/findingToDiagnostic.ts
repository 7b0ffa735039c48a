import * as vscode from 'vscode';
import type { Finding, Severity } from '../../core/index';
import { DIAGNOSTIC_SOURCE } from '../languageId';
import { toRange } from '../positions';

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
const UNUSED_RULES: ReadonlySet<string> = new Set(['unused-persona', 'persona-without-touchpoint']);

/** The diagnostic that carries a finding; `finding` lets quick fixes find it again. */
export interface JourneyDiagnostic extends vscode.Diagnostic {
  finding?: Finding;
}

/**
 * @param ruleDocs where the rule catalogue lives (docs/rules.md, packaged with the
 *   extension); gap findings link to their rule's section so the code in the
 *   Problems panel is clickable.
 */
export function findingToDiagnostic(finding: Finding, uri: vscode.Uri, ruleDocs: vscode.Uri | undefined): JourneyDiagnostic {
  const diagnostic: JourneyDiagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, SEVERITIES[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = finding.rule && ruleDocs ? { value: finding.code, target: ruleDocs.with({ fragment: ruleAnchor(finding.code, finding.rule) }) } : finding.code;
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map(
      (related) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(related.range)), related.message),
    );
  }
  if (finding.rule && UNUSED_RULES.has(finding.rule)) diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
  diagnostic.finding = finding;
  return diagnostic;
}

/** GitHub's heading anchor for a section titled "JM201 rule-name" in docs/rules.md. */
export function ruleAnchor(code: string, rule: string): string {
  return `${code}-${rule}`.toLowerCase().replace(/[^a-z0-9_-]/g, '');
}
