import type { Finding } from '../findings';
import type { Journey } from '../generated/journey';
import type { DiffFinding, GapsDiff } from './types';
import { isRecord } from '../values';

export interface GapSide {
  readonly findings: readonly Finding[];
  readonly journey?: Journey;
}

/** Collections whose items are matched by id rather than by position. */
const COLLECTIONS_WITH_IDS = new Set(['stages', 'touchpoints', 'painPoints', 'opportunities', 'personas']);

/**
 * How the gap findings changed. A gap is identified by its code and where it points,
 * with positions replaced by ids (["stages", "purchase", "touchpoints", "checkout",
 * "emotion"]): a gap that only moved, or whose wording changed with the numbers
 * (a valley from 4 → 2 that is now 4 → 1), is neither new nor fixed.
 */
export function diffGaps(before: GapSide, after: GapSide): GapsDiff {
  const old = before.findings
    .filter(isGap)
    .map((finding) => ({ finding, identity: identity(finding, before.journey) }));
  const current = after.findings
    .filter(isGap)
    .map((finding) => ({ finding, identity: identity(finding, after.journey) }));
  const all = [...old, ...current].map((gap) => gap.finding);
  const codes = [...new Set(all.map((finding) => finding.code))].sort();
  const byCode = codes
    .map((code) => {
      const rule = all.find((finding) => finding.code === code)?.rule;
      return {
        code,
        ...(rule ? { rule } : {}),
        before: old.filter((gap) => gap.finding.code === code).length,
        after: current.filter((gap) => gap.finding.code === code).length,
      };
    })
    .filter((count) => count.before !== count.after);
  return {
    before: old.length,
    after: current.length,
    byCode,
    new: unmatched(current, old).map(toDiffFinding),
    fixed: unmatched(old, current).map(toDiffFinding),
  };
}

export function toDiffFinding(finding: Finding): DiffFinding {
  return {
    code: finding.code,
    ...(finding.rule ? { rule: finding.rule } : {}),
    message: finding.message,
    // So the summary can say it in the map's language (src/core/l10n).
    ...(finding.messageId ? { messageId: finding.messageId } : {}),
    ...(finding.data ? { data: finding.data } : {}),
    line: finding.range.start.line,
    column: finding.range.start.column,
  };
}

function isGap(finding: Finding): boolean {
  return finding.category === 'gap';
}

interface IdentifiedGap {
  readonly finding: Finding;
  readonly identity: string;
}

/** The gaps of `side` with no counterpart in `other`, counting duplicates (a multiset difference). */
function unmatched(side: readonly IdentifiedGap[], other: readonly IdentifiedGap[]): Finding[] {
  const available = new Map<string, number>();
  for (const gap of other) available.set(gap.identity, (available.get(gap.identity) ?? 0) + 1);
  return side
    .filter((gap) => {
      const left = available.get(gap.identity) ?? 0;
      if (left === 0) return true;
      available.set(gap.identity, left - 1);
      return false;
    })
    .map((gap) => gap.finding);
}

/** Code plus the id-based path; the message when the finding has no path or the map could not be read. */
function identity(finding: Finding, journey: Journey | undefined): string {
  if (finding.path === undefined || journey === undefined) return `${finding.code}\u0000${finding.message}`;
  return `${finding.code}\u0000${JSON.stringify(stablePath(journey, finding.path))}`;
}

function stablePath(journey: Journey, path: readonly (string | number)[]): (string | number)[] {
  const stable: (string | number)[] = [];
  let node: unknown = journey;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const next =
      isRecord(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[segment] : undefined;
    const collection = path[i - 1];
    if (
      typeof segment === 'number' &&
      typeof collection === 'string' &&
      COLLECTIONS_WITH_IDS.has(collection) &&
      isRecord(next)
    ) {
      const id = next.id ?? next.description;
      stable.push(typeof id === 'string' ? `#${id}` : segment);
    } else {
      stable.push(segment);
    }
    node = next;
  }
  return stable;
}
