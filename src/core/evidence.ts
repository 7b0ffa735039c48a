import type { Evidence } from './generated/journey';
import { translator, type Translator } from './l10n/index';

/**
 * Evidence in words, for the hover, the diff and the export: "12 interviews", "support tickets",
 * "analytics", "assumption" (or the same in the reader's language).
 */
export function describeEvidence(item: Evidence, tr: Translator = translator('en')): string {
  if (item.count !== undefined && item.kind !== 'analytics' && item.kind !== 'assumption')
    return tr.t(`evidence.${item.kind}`, { count: item.count });
  return tr.t(`evidence.${item.kind}.uncounted`);
}

/** "12 interviews and analytics", or "no evidence". */
export function describeEvidenceList(
  evidence: readonly Evidence[] | undefined,
  tr: Translator = translator('en'),
): string {
  const items = (evidence ?? []).map((item) => describeEvidence(item, tr));
  return items.length === 0 ? tr.t('evidence.none') : items.join(tr.t('common.and'));
}

/** True when something was observed: any evidence other than an assumption. */
export function isObserved(evidence: readonly Evidence[] | undefined): boolean {
  return (evidence ?? []).some((item) => item.kind !== 'assumption');
}
