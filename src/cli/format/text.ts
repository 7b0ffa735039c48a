/**
 * The default, human format: `file:line:col severity code message`, a code frame, and a
 * summary line. Colour only when format/colors.ts says the reader has a terminal.
 */
import type { Finding, Severity } from '../../core/findings';
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

export function formatText(report: CheckReport, colors: Palette): string {
  const out: string[] = [];
  for (const file of report.files) {
    const lines = new SourceLines(file.text);
    // File names and messages are map text: shown escaped, never emitted as terminal controls.
    const shownPath = neutralise(file.displayPath);
    for (const [index, finding] of file.findings.entries()) {
      const { line, column } = finding.range.start;
      const location = colors.bold(`${shownPath}:${line}:${column}`);
      out.push(
        `${location} ${colorSeverity(finding.severity, colors)} ${colors.dim(label(finding))} ${neutralise(oneLine(finding.message))}`,
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
          `(${shownPath}: code frames shown for the first ${MAX_FRAMES_PER_FILE} of ${file.findings.length} findings)`,
        ),
        '',
      );
    }
  }
  out.push(summaryLine(report, colors));
  return withoutCommandLines(out.join('\n')) + '\n';
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
  const hidden = report.hidden ?? { error: 0, warning: 0, info: 0, hint: 0 };
  const hiddenParts = [
    hidden.warning > 0 ? plural(hidden.warning, 'warning') : '',
    hidden.info > 0 ? plural(hidden.info, 'info') : '',
    hidden.hint > 0 ? plural(hidden.hint, 'hint') : '',
  ].filter((part) => part !== '');
  // --quiet hides warnings, not the fact that there are some (they still count for --max-warnings).
  const note = hiddenParts.length > 0 ? ` (${hiddenParts.join(', ')} not shown: --quiet)` : '';
  const unread = report.unreadable ?? 0;
  const failed = unread > 0 ? `; ${plural(unread, 'file')} could not be read` : '';
  if (parts.length === 0) {
    if (unread > 0) return `${plural(unread, 'file')} could not be read; ${files} checked, with no findings${note}.`;
    return hiddenParts.length > 0 ? `No errors in ${files}${note}.` : `No problems in ${files}.`;
  }
  return `${parts.join(', ')} in ${files}${note}${failed}`;
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
