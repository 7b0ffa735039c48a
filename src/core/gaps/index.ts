/** Gap analysis: the rule catalogue, rule configuration and in-file suppression. */
export { analyzeGaps, type GapAnalysisInput } from './analyzeGaps';
export { gapRuleCatalogue, findRule, UNKNOWN_SUPPRESSION_CODE, RULE_FAILURE_CODE } from './catalogue';
export type { GapRuleMeta, RuleOption, RuleTag } from './rule';
export { EXAMPLE_TODAY } from './examples';
export { suppressionComment, type SuppressionScope } from './suppression';
export {
  parseRuleSettings,
  resolveRule,
  RULE_LEVELS,
  type RuleConfig,
  type RuleLevel,
  type RuleSettings,
  type ResolvedRule,
} from './settings';
export { ruleConfigSchema } from './configSchema';
export type { ParsedJourneyView } from './types';
