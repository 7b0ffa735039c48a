import type { Finding, Fix } from './findings';

/**
 * Fixes computed on request. Gap rules' quick fixes need text edits worked out against the
 * map's layout; an editor needs them only when the user opens the light bulb, so analyzeGaps
 * registers a thunk per finding here instead of computing them on every keystroke.
 */
const pending = new WeakMap<Finding, () => readonly Fix[]>();

export function deferFixes(finding: Finding, compute: () => readonly Fix[]): void {
  let computed: readonly Fix[] | undefined;
  pending.set(finding, () => (computed ??= compute()));
}

/**
 * The fixes of a finding of this analysis: those computed with it, or the deferred ones.
 * `finding` may be a copy (e.g. one that crossed a process boundary): it is matched to the
 * analysis' own finding by code, range, message id and path (not by its text, which an adapter may have translated).
 */
export function fixesFor(analysis: { readonly findings: readonly Finding[] }, finding: Finding): readonly Fix[] {
  if (finding.fixes) return finding.fixes;
  const compute =
    pending.get(finding) ??
    pending.get(analysis.findings.find((candidate) => sameFinding(candidate, finding)) ?? finding);
  return compute ? compute() : [];
}

function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a.code === b.code &&
    a.range.start.offset === b.range.start.offset &&
    a.range.end.offset === b.range.end.offset &&
    a.messageId === b.messageId &&
    (a.path ?? []).join('\u0000') === (b.path ?? []).join('\u0000')
  );
}
