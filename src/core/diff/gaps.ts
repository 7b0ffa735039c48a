import type { Finding } from '../findings';
import type { DiffFinding, GapsDiff } from './types';

/**
 * How the gap findings changed. A gap is identified by its code and message (the
 * message names the stage or touchpoint), so a gap that only moved lines is neither
 * new nor fixed.
 */
export function diffGaps(before: readonly Finding[], after: readonly Finding[]): GapsDiff {
  const old = before.filter(isGap);
  const current = after.filter(isGap);
  const codes = [...new Set([...old, ...current].map((finding) => finding.code))].sort();
  const byCode = codes
    .map((code) => {
      const rule = [...old, ...current].find((finding) => finding.code === code)?.rule;
      return { code, ...(rule ? { rule } : {}), before: old.filter((f) => f.code === code).length, after: current.filter((f) => f.code === code).length };
    })
    .filter((count) => count.before !== count.after);
  return { before: old.length, after: current.length, byCode, new: unmatched(current, old).map(toDiffFinding), fixed: unmatched(old, current).map(toDiffFinding) };
}

export function toDiffFinding(finding: Finding): DiffFinding {
  return { code: finding.code, ...(finding.rule ? { rule: finding.rule } : {}), message: finding.message, line: finding.range.start.line, column: finding.range.start.column };
}

function isGap(finding: Finding): boolean {
  return finding.category === 'gap';
}

/** The findings of `side` with no counterpart in `other`, counting duplicates (a multiset difference). */
function unmatched(side: readonly Finding[], other: readonly Finding[]): Finding[] {
  const available = new Map<string, number>();
  for (const finding of other) available.set(identity(finding), (available.get(identity(finding)) ?? 0) + 1);
  return side.filter((finding) => {
    const left = available.get(identity(finding)) ?? 0;
    if (left === 0) return true;
    available.set(identity(finding), left - 1);
    return false;
  });
}

function identity(finding: Finding): string {
  return `${finding.code}\u0000${finding.message}`;
}
