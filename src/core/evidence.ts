import type { Evidence } from './generated/journey';

/**
 * Evidence in words, for the hover, the diff and the rules: "12 interviews", "support tickets",
 * "analytics", "assumption".
 */
const EVIDENCE_WORDS: Readonly<Record<Evidence['kind'], readonly [one: string, many: string]>> = {
  interview: ['interview', 'interviews'],
  survey: ['survey respondent', 'survey respondents'],
  'support-tickets': ['support ticket', 'support tickets'],
  analytics: ['analytics', 'analytics'],
  observation: ['observation', 'observations'],
  assumption: ['assumption', 'assumptions'],
};

export function describeEvidence(item: Evidence): string {
  const [one, many] = EVIDENCE_WORDS[item.kind] ?? [item.kind, item.kind];
  if (item.kind === 'analytics' || item.kind === 'assumption') return one;
  if (item.count === undefined) return many;
  return `${item.count} ${item.count === 1 ? one : many}`;
}

/** "12 interviews and analytics", or "no evidence". */
export function describeEvidenceList(evidence: readonly Evidence[] | undefined): string {
  return (evidence ?? []).map(describeEvidence).join(' and ') || 'no evidence';
}

/** True when something was observed: any evidence other than an assumption. */
export function isObserved(evidence: readonly Evidence[] | undefined): boolean {
  return (evidence ?? []).some((item) => item.kind !== 'assumption');
}
