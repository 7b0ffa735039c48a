/**
 * The default, human format: `file:line:col severity code message`, a code frame, and a
 * summary line. Colour only when format/colors.ts says the reader has a terminal.
 */
import type { Finding, Severity } from '../../core/findings';
import { translator, type Translator } from '../../core/l10n/index';
import { codeFrame, SourceLines } from './codeFrame';
import type { Palette } from './colors';
import { neutralise, withoutCommandLines } from './neutralise';
import { allFindings, countSeverities, type CheckReport } from './report';

/**
 * Code frames are printed for the first findings of each file only: past that, a frame per
 * finding buries the summary (thousands of warnings made megabytes of output), and the
 * `file:line:col` line already says where to look.
 */
export const MAX_FRAMES_PER_FILE = 20;

export function formatText(report: CheckReport, colors: Palette, tr: Translator = translator('en')): string {
  const out: string[] = [];
  for (const file of report.files) {
    const lines = new SourceLines(file.text);
    // File names and messages are map text: shown escaped, never emitted as terminal controls.
    const shownPath = neutralise(file.displayPath);
    for (const [index, finding] of file.findings.entries()) {
      const { line, column } = finding.range.start;
      const location = colors.bold(`${shownPath}:${line}:${column}`);
      out.push(
        `${location} ${colorSeverity(finding.severity, colors, tr)} ${colors.dim(label(finding))} ${neutralise(oneLine(tr.finding(finding)))}`,
      );
      if (index < MAX_FRAMES_PER_FILE) {
        const frame = codeFrame(lines, finding.range, colors);
        if (frame !== '') out.push(frame);
        out.push('');
      }
    }
    if (file.findings.length > MAX_FRAMES_PER_FILE) {
      out.push(
        colors.dim(
          tr.t('cli.framesLimited', { file: shownPath, shown: MAX_FRAMES_PER_FILE, count: file.findings.length }),
        ),
        '',
      );
    }
  }
  out.push(summaryLine(report, colors, tr));
  return withoutCommandLines(out.join('\n')) + '\n';
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
  const separator = tr.t('common.listSeparator');
  const hidden = report.hidden ?? { error: 0, warning: 0, info: 0, hint: 0 };
  const hiddenParts = [
    hidden.warning > 0 ? tr.t('cli.warnings', { count: hidden.warning }) : '',
    hidden.info > 0 ? tr.t('cli.infos', { count: hidden.info }) : '',
    hidden.hint > 0 ? tr.t('cli.hints', { count: hidden.hint }) : '',
  ].filter((part) => part !== '');
  // --quiet hides warnings, not the fact that there are some (they still count for --max-warnings).
  const note = hiddenParts.length > 0 ? ` ${tr.t('cli.hiddenByQuiet', { hidden: hiddenParts.join(separator) })}` : '';
  const unread = report.unreadable ?? 0;
  const unreadText = unread > 0 ? tr.t('cli.unreadable', { count: unread }) : '';
  if (parts.length === 0) {
    if (unread > 0) return `${unreadText}; ${tr.t('cli.checkedNoFindings', { count: files })}${note}.`;
    return hiddenParts.length > 0
      ? `${tr.t('cli.noErrors', { count: files })}${note}.`
      : tr.t('cli.noProblems', { count: files });
  }
  return `${tr.t('cli.problemsIn', { problems: parts.join(separator), count: files })}${note}${unread > 0 ? `; ${unreadText}` : ''}`;
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
