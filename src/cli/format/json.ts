/** `--format json`: one flat array of findings, the shape scripts and other tools consume. */
import { neutraliseJson } from './neutralise';
import { translator, type Translator } from '../../core/l10n/index';
import type { CheckReport } from './report';

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  /** The gap rule's name; null for syntax, schema and reference findings. */
  rule: string | null;
  message: string;
}

export function formatJson(report: CheckReport, tr: Translator = translator('en')): string {
  const rows: JsonFinding[] = report.files.flatMap((file) =>
    file.findings.map((finding) => ({
      file: file.displayPath,
      line: finding.range.start.line,
      column: finding.range.start.column,
      endLine: finding.range.end.line,
      endColumn: finding.range.end.column,
      severity: finding.severity,
      code: finding.code,
      rule: finding.rule ?? null,
      message: tr.finding(finding),
    })),
  );
  return neutraliseJson(JSON.stringify(rows, null, 2)) + '\n';
}
