/**
 * `--format github`: GitHub Actions workflow commands, which the runner turns into
 * annotations on the pull request's changed lines.
 *   ::error file=maps/a.journey.yaml,line=3,col=5,endLine=3,endColumn=9,title=JM101::message
 */
import type { Severity } from '../../core/findings';
import { summaryLine } from './text';
import { palette } from './colors';
import { neutralise } from './neutralise';
import { translator, type Translator } from '../../core/l10n/index';
import type { CheckReport } from './report';

export function formatGithub(report: CheckReport, tr: Translator = translator('en')): string {
  const out: string[] = [];
  for (const file of report.files) {
    for (const finding of file.findings) {
      const { start, end } = finding.range;
      const title = finding.rule !== undefined ? `${finding.code} (${finding.rule})` : finding.code;
      const properties = [
        `file=${escapeProperty(file.displayPath)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(title)}`,
      ].join(',');
      out.push(`::${command(finding.severity)} ${properties}::${escapeData(tr.finding(finding))}`);
    }
  }
  // The summary is plain log text: the runner shows it, and it is not a command.
  out.push(summaryLine(report, palette(false), tr));
  return out.join('\n') + '\n';
}

function command(severity: Severity): 'error' | 'warning' | 'notice' {
  if (severity === 'error') return 'error';
  if (severity === 'warning') return 'warning';
  return 'notice';
}

/**
 * The runner's escaping for a command's message (toolkit's `escapeData`): %, CR and LF, so a
 * message can never end the command and start another. Other control characters and bidi
 * overrides, which the log viewer would interpret (ANSI colours) or reorder, are shown as
 * `\u001b` escapes first.
 */
export function escapeData(value: string): string {
  return neutralise(value, '\r\n').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The runner's escaping for a property value, which also may not contain `:` or `,` (toolkit's `escapeProperty`). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
