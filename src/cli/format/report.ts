/** What the check command hands to its output formats: every map it read, with its findings. */
import type { Finding } from '../../core/findings';

export interface CheckedFile {
  /** Absolute path on disk. */
  readonly path: string;
  /** The path as shown to the user and written into reports: relative to the working folder, `/`-separated. */
  readonly displayPath: string;
  /** The text the findings' ranges point into (for code frames). */
  readonly text: string;
  /** The findings to report, already filtered by --quiet, sorted by position. */
  readonly findings: readonly Finding[];
}

export interface CheckReport {
  readonly files: readonly CheckedFile[];
  /** The working folder, the base of every relative path (SARIF's SRCROOT). */
  readonly cwd: string;
  /** Findings left out by --quiet, counted so the summary never says "No problems" about them. */
  readonly hidden?: SeverityCounts;
  /** Files that could not be read (reported on stderr): the summary must not call the run clean. */
  readonly unreadable?: number;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export function countSeverities(findings: Iterable<Finding>): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

export function allFindings(report: CheckReport): Finding[] {
  return report.files.flatMap((file) => file.findings);
}
