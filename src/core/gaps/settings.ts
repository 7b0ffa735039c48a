import type { Severity } from '../findings';
import { findRule, gapRuleCatalogue } from './catalogue';
import type { GapRuleMeta, RuleOption } from './rule';
import { isRecord } from '../values';

/** Severity of a rule as configured; 'off' disables it. */
export type RuleLevel = 'off' | Severity;

export interface RuleConfig {
  readonly severity?: RuleLevel;
  readonly options?: Readonly<Record<string, unknown>>;
}

/**
 * Keyed by rule name (e.g. "pain-point-without-opportunity") or code (e.g. "JM201"),
 * the shape of `rules` in .journeymaprc.json and of the journeyMap.rules setting.
 */
export type RuleSettings = Readonly<Record<string, RuleLevel | RuleConfig>>;

export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'info', 'hint'];

/** A rule's effective configuration. `severity` is set only when the settings chose one. */
export interface ResolvedRule {
  readonly enabled: boolean;
  readonly severity?: Severity;
  readonly options: Readonly<Record<string, number>>;
}

function isLevel(value: unknown): value is RuleLevel {
  return typeof value === 'string' && (RULE_LEVELS as readonly string[]).includes(value);
}

function optionProblem(option: RuleOption, value: unknown): string | undefined {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (option.type === 'number' || Number.isInteger(value)) &&
    value >= option.minimum &&
    value <= option.maximum;
  if (ok) return undefined;
  const kind = option.type === 'integer' ? 'a whole number' : 'a number';
  return `must be ${kind} from ${option.minimum} to ${option.maximum} (got ${JSON.stringify(value) ?? String(value)})`;
}

/**
 * The settings for one rule: the entry under its code, then the one under its name
 * (the name wins where both set the same thing). Invalid values are ignored here;
 * parseRuleSettings is where they are reported.
 */
export function resolveRule(rule: GapRuleMeta, settings: RuleSettings | undefined): ResolvedRule {
  let severity: RuleLevel | undefined;
  const options: Record<string, number> = Object.fromEntries(
    rule.options.map((option) => [option.name, option.default]),
  );
  for (const key of [rule.code, rule.name]) {
    const entry: unknown = settings && Object.prototype.hasOwnProperty.call(settings, key) ? settings[key] : undefined;
    if (isLevel(entry)) severity = entry;
    else if (isRecord(entry)) {
      if (isLevel(entry.severity)) severity = entry.severity;
      if (isRecord(entry.options)) {
        for (const option of rule.options) {
          const value = entry.options[option.name];
          if (value !== undefined && optionProblem(option, value) === undefined) options[option.name] = value as number;
        }
      }
    }
  }
  if (severity === 'off') return { enabled: false, options };
  return severity === undefined ? { enabled: true, options } : { enabled: true, severity, options };
}

const RULE_NAMES_HINT = `a rule name such as ${gapRuleCatalogue[0]!.name} or a code from ${gapRuleCatalogue[0]!.code} to ${gapRuleCatalogue[gapRuleCatalogue.length - 1]!.code}`;

/**
 * Checks a `rules` object from .journeymaprc.json or the journeyMap.rules setting.
 * Returns the valid entries and one readable problem per invalid one (unknown rule,
 * bad severity, unknown or out-of-range option); same verdicts as
 * schemas/journey-map.config.schema.json, which a unit test checks.
 */
export function parseRuleSettings(value: unknown): { settings: RuleSettings; problems: string[] } {
  if (value === undefined || value === null) return { settings: {}, problems: [] };
  if (!isRecord(value))
    return { settings: {}, problems: ['`rules` must be an object mapping rule names or codes to a severity.'] };
  const settings: Record<string, RuleLevel | RuleConfig> = {};
  const problems: string[] = [];
  const levels = RULE_LEVELS.map((level) => `"${level}"`).join(', ');
  for (const [key, entry] of Object.entries(value)) {
    const rule = gapRuleCatalogue.find((candidate) => candidate.name === key || candidate.code === key);
    if (!rule) {
      const near = findRule(key)?.meta;
      problems.push(
        near
          ? `rules.${key}: write the code in capitals: "${near.code}".`
          : `rules.${key}: unknown rule; use ${RULE_NAMES_HINT}.`,
      );
      continue;
    }
    if (isLevel(entry)) {
      settings[key] = entry;
      continue;
    }
    if (!isRecord(entry)) {
      problems.push(`rules.${key}: must be one of ${levels}, or { "severity": …, "options": { … } }.`);
      continue;
    }
    const entryProblems: string[] = [];
    for (const field of Object.keys(entry)) {
      if (field !== 'severity' && field !== 'options')
        entryProblems.push(`rules.${key}.${field}: unknown field; use "severity" or "options".`);
    }
    if (entry.severity !== undefined && !isLevel(entry.severity)) {
      entryProblems.push(`rules.${key}.severity: must be one of ${levels}.`);
    }
    if (entry.options !== undefined) {
      if (!isRecord(entry.options)) entryProblems.push(`rules.${key}.options: must be an object.`);
      else {
        for (const [name, optionValue] of Object.entries(entry.options)) {
          const option = rule.options.find((candidate) => candidate.name === name);
          if (!option) {
            const known = rule.options.map((candidate) => candidate.name).join(', ');
            entryProblems.push(
              `rules.${key}.options.${name}: unknown option; ${known ? `${rule.name} has: ${known}` : `${rule.name} has no options`}.`,
            );
            continue;
          }
          const problem = optionProblem(option, optionValue);
          if (problem) entryProblems.push(`rules.${key}.options.${name}: ${problem}.`);
        }
      }
    }
    if (entryProblems.length > 0) problems.push(...entryProblems);
    else settings[key] = entry as RuleConfig;
  }
  return { settings, problems };
}
