import type { GapRule, GapRuleMeta } from './rule';
import { emotionalValley } from './rules/emotionalValley';
import { metricBelowTarget } from './rules/metricBelowTarget';
import { missingAdvocacyStage, missingRetentionStage } from './rules/missingCanonicalStage';
import { negativeMomentOfTruth } from './rules/negativeMomentOfTruth';
import { purelyAutomatedOrHumanJourney, purelyDigitalOrPhysicalJourney } from './rules/oneSidedJourney';
import { opportunityWithoutOwner } from './rules/opportunityWithoutOwner';
import { painPointWithoutOpportunity } from './rules/painPointWithoutOpportunity';
import { silentPersona } from './rules/silentPersona';
import { singleChannelStage } from './rules/singleChannelStage';
import { stageWithoutMetrics } from './rules/stageWithoutMetrics';
import { stageWithoutTouchpoints } from './rules/stageWithoutTouchpoints';
import { staleReview } from './rules/staleReview';
import { touchpointWithoutEmotion } from './rules/touchpointWithoutEmotion';
import { touchpointWithoutOwner } from './rules/touchpointWithoutOwner';
import { unusedPersona } from './rules/unusedPersona';

/** Every gap rule, in code order. Codes and names are stable: settings and suppression comments refer to them. */
export const gapRules: readonly GapRule[] = [
  painPointWithoutOpportunity,
  opportunityWithoutOwner,
  stageWithoutTouchpoints,
  touchpointWithoutEmotion,
  emotionalValley,
  negativeMomentOfTruth,
  missingRetentionStage,
  missingAdvocacyStage,
  singleChannelStage,
  purelyDigitalOrPhysicalJourney,
  purelyAutomatedOrHumanJourney,
  touchpointWithoutOwner,
  metricBelowTarget,
  stageWithoutMetrics,
  unusedPersona,
  staleReview,
  silentPersona,
];

/** The rules' meta without their checks: for docs, settings UIs, SARIF and the config schema. */
export const gapRuleCatalogue: readonly GapRuleMeta[] = gapRules.map((rule) => rule.meta);

/** Finds a rule by its name or its code (codes case-insensitively, "jm201" = "JM201"). */
export function findRule(nameOrCode: string): GapRule | undefined {
  const upper = nameOrCode.toUpperCase();
  return gapRules.find(({ meta }) => meta.name === nameOrCode || meta.code === upper);
}

/** Reported on a suppression comment that names no known rule. Not a rule itself: it cannot be configured or suppressed. */
export const UNKNOWN_SUPPRESSION_CODE = 'JM200';
/** Reported when a rule throws: a bug in the engine must not hide the other findings. */
export const RULE_FAILURE_CODE = 'JM299';

/** Messages of the findings about gap analysis itself (JM200, JM299), keyed by message id like a rule's. */
export const GAP_ENGINE_MESSAGES = {
  unknownRule:
    'Unknown rule “{token}” in this {marker} comment: it silences nothing. Use a gap rule code (JM201…) or name (e.g. pain-point-without-opportunity).',
  ruleFailed: 'The {rule} check failed on this map and was skipped ({error}). Please report this.',
} as const;
