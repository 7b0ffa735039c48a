/**
 * The default, human format: `file:line:col severity code message`, a code frame, and a
 * summary line. Colour only when format/colors.ts says the reader has a terminal.
 */
import type { Finding, Severity } from '../../core/findings';
import { translator, type Translator } from '../../core/l10n/index';
import { codeFrame } from './codeFrame';
import type { Palette } from './colors';
import { allFindings, countSeverities, type CheckReport } from './report';

export function formatText(report: CheckReport, colors: Palette, tr: Translator = translator('en')): string {
  const out: string[] = [];
  for (const file of report.files) {
    for (const finding of file.findings) {
      const { line, column } = finding.range.start;
      const location = colors.bold(`${file.displayPath}:${line}:${column}`);
      out.push(
        `${location} ${colorSeverity(finding.severity, colors, tr)} ${colors.dim(label(finding))} ${oneLine(tr.finding(finding))}`,
      );
      const frame = codeFrame(file.text, finding.range, colors);
      if (frame !== '') out.push(frame);
      out.push('');
    }
  }
  out.push(summaryLine(report, colors, tr));
  return out.join('\n') + '\n';
}

/** "3 errors, 5 warnings in 4 files" — or "No problems in 4 files." */
export function summaryLine(report: CheckReport, colors: Palette, tr: Translator = translator('en')): string {
  const counts = countSeverities(allFindings(report));
  const files = report.files.length;
  const parts: string[] = [];
  if (counts.error > 0) parts.push(colors.red(tr.t('cli.errors', { count: counts.error })));
  if (counts.warning > 0) parts.push(colors.yellow(tr.t('cli.warnings', { count: counts.warning })));
  if (counts.info > 0) parts.push(colors.blue(tr.t('cli.infos', { count: counts.info })));
  if (counts.hint > 0) parts.push(tr.t('cli.hints', { count: counts.hint }));
  if (parts.length === 0) return tr.t('cli.noProblems', { count: files });
  return tr.t('cli.problemsIn', { problems: parts.join(tr.t('common.listSeparator')), count: files });
}

function label(finding: Finding): string {
  return finding.rule !== undefined ? `${finding.code}/${finding.rule}` : finding.code;
}

function colorSeverity(severity: Severity, colors: Palette, tr: Translator): string {
  const word = tr.t(`severity.${severity}`);
  switch (severity) {
    case 'error':
      return colors.red(word);
    case 'warning':
      return colors.yellow(word);
    default:
      return colors.blue(word);
  }
}

/** A message is printed on its finding's line; a multi-line message would break `file:line:col` parsers. */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}
