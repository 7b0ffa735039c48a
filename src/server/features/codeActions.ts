/**
 * Quick fixes: a finding's fixes become code actions whose WorkspaceEdit the user applies
 * (and can undo), plus "ignore on this line / in this file" as the engine's suppression
 * comments (`# journey-map-disable-next-line JM201`), which the CLI honours too.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  fixesFor,
  gapRuleCatalogue,
  suppressionComment,
  type Finding,
  type Fix,
  type JourneyAnalysis,
} from '../../core/index';
import { translator, type Translator } from '../../core/l10n/index';
import { DIAGNOSTIC_SOURCE } from '../diagnostics';
import { sameRange, toRange } from '../positions';

/** Codes a suppression comment can silence: the gap rules (not JM200 about the comments themselves). */
const configurableCodes: ReadonlySet<string> = new Set(gapRuleCatalogue.map((rule) => rule.code));

export function provideCodeActions(
  document: TextDocument,
  analysis: JourneyAnalysis,
  diagnostics: readonly Diagnostic[],
  fixesOf: (finding: Finding) => readonly Fix[] = (finding) => fixesFor(analysis, finding),
  tr: Translator = translator('en'),
): CodeAction[] {
  const ours = diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
  if (ours.length === 0 || analysis.text !== document.getText()) return []; // edits would land in the wrong place
  const actions: CodeAction[] = [];
  for (const diagnostic of ours) {
    const finding = analysis.findings.find((candidate) => matches(candidate, diagnostic, tr));
    if (!finding) continue;
    for (const fix of fixesOf(finding) ?? []) {
      const edits: TextEdit[] = fix.edits.map((edit) => ({
        range: { start: document.positionAt(edit.range.start.offset), end: document.positionAt(edit.range.end.offset) },
        newText: edit.newText,
      }));
      actions.push({
        title: tr.keyed(finding.code, fix.messageId, fix.data, fix.title),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.preferred === true,
        edit: { changes: { [document.uri]: edits } },
      });
    }
    if (configurableCodes.has(finding.code)) actions.push(...suppressions(document, diagnostic, finding, tr));
  }
  return actions;
}

function suppressions(document: TextDocument, diagnostic: Diagnostic, finding: Finding, tr: Translator): CodeAction[] {
  const label = finding.rule ? `${finding.code} ${finding.rule}` : finding.code;
  const lineNumber = diagnostic.range.start.line;
  const line = lineText(document, lineNumber);
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  const lineStart = { line: lineNumber, character: 0 };
  // After a leading modeline or comment block, so `# yaml-language-server: $schema=…` stays first.
  let top = 0;
  while (top < document.lineCount && lineText(document, top).startsWith('#')) top++;
  return [
    {
      title: tr.t('server.ignoreOnLine', { label }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: {
        changes: {
          [document.uri]: [
            {
              range: { start: lineStart, end: lineStart },
              newText: `${indent}${suppressionComment('next-line', [finding.code])}${eol(document)}`,
            },
          ],
        },
      },
    },
    {
      title: tr.t('server.ignoreInFile', { label }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: {
        changes: {
          [document.uri]: [
            {
              range: { start: { line: top, character: 0 }, end: { line: top, character: 0 } },
              newText: `${suppressionComment('file', [finding.code])}${eol(document)}`,
            },
          ],
        },
      },
    },
  ];
}

function lineText(document: TextDocument, line: number): string {
  return document
    .getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } })
    .replace(/\r?\n$/, '');
}

function eol(document: TextDocument): string {
  return document.getText().includes('\r\n') ? '\r\n' : '\n';
}

/** The diagnostic carries the message in the client's language (see findingToDiagnostic). */
function matches(finding: Finding, diagnostic: Diagnostic, tr: Translator): boolean {
  const code = typeof diagnostic.code === 'object' ? undefined : diagnostic.code;
  return (
    String(code) === finding.code &&
    sameRange(toRange(finding.range), diagnostic.range) &&
    (finding.message === diagnostic.message || tr.finding(finding) === diagnostic.message)
  );
}
