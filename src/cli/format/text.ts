/**
 * The default, human format: `file:line:col severity code message`, a code frame, and a
 * summary line. Colour only when format/colors.ts says the reader has a terminal.
 */
import type { Finding, Severity } from '../../core/findings';
import { codeFrame } from './codeFrame';
import type { Palette } from './colors';
import { allFindings, countSeverities, type CheckReport } from './report';

export function formatText(report: CheckReport, colors: Palette): string {
  const out: string[] = [];
  for (const file of report.files) {
    for (const finding of file.findings) {
      const { line, column } = finding.range.start;
      const location = colors.bold(`${file.displayPath}:${line}:${column}`);
      out.push(
        `${location} ${colorSeverity(finding.severity, colors)} ${colors.dim(label(finding))} ${oneLine(finding.message)}`,
      );
      const frame = codeFrame(file.text, finding.range, colors);
      if (frame !== '') out.push(frame);
      out.push('');
    }
  }
  out.push(summaryLine(report, colors));
  return out.join('\n') + '\n';
}

/** "3 errors, 5 warnings in 4 files" — or "No problems in 4 files." */
export function summaryLine(report: CheckReport, colors: Palette): string {
  const counts = countSeverities(allFindings(report));
  const files = plural(report.files.length, 'file');
  const parts: string[] = [];
  if (counts.error > 0) parts.push(colors.red(plural(counts.error, 'error')));
  if (counts.warning > 0) parts.push(colors.yellow(plural(counts.warning, 'warning')));
  if (counts.info > 0) parts.push(colors.blue(plural(counts.info, 'info')));
  if (counts.hint > 0) parts.push(plural(counts.hint, 'hint'));
  if (parts.length === 0) return `No problems in ${files}.`;
  return `${parts.join(', ')} in ${files}`;
}

function label(finding: Finding): string {
  return finding.rule !== undefined ? `${finding.code}/${finding.rule}` : finding.code;
}

function colorSeverity(severity: Severity, colors: Palette): string {
  switch (severity) {
    case 'error':
      return colors.red(severity);
    case 'warning':
      return colors.yellow(severity);
    default:
      return colors.blue(severity);
  }
}

/** A message is printed on its finding's line; a multi-line message would break `file:line:col` parsers. */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}

function plural(count: number, noun: string): string {
  if (noun === 'info') return `${count} info`;
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
