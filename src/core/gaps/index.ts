/** Gap analysis: the rule catalogue, rule configuration and in-file suppression. */
import type { Finding } from '../findings';
import type { Journey } from '../generated/journey';
import type { MetricResult } from '../metrics/types';
import type { RuleSettings } from './settings';
import type { ParsedJourneyView } from './types';

export type { RuleConfig, RuleLevel, RuleSettings } from './settings';
export { parseRuleSettings } from './settings';
export type { ParsedJourneyView } from './types';

export interface GapAnalysisInput {
  readonly journey: Journey;
  readonly parsed: ParsedJourneyView;
  readonly rules?: RuleSettings;
  /** YYYY-MM-DD; defaults to the current UTC date. */
  readonly today?: string;
  readonly metrics: readonly MetricResult[];
}

/** Placeholder metadata list; the real catalogue follows. */
export const gapRuleCatalogue: readonly { code: string; name: string }[] = [];

export function analyzeGaps(_input: GapAnalysisInput): Finding[] {
  return [];
}
