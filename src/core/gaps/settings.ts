/** Severity of a rule as configured; 'off' disables it. */
export type RuleLevel = 'off' | 'error' | 'warning' | 'info' | 'hint';

export interface RuleConfig {
  readonly severity?: RuleLevel;
  readonly options?: Readonly<Record<string, unknown>>;
}

/** Keyed by rule name (e.g. "pain-point-without-opportunity") or code (e.g. "JM201"). */
export type RuleSettings = Readonly<Record<string, RuleLevel | RuleConfig>>;

/** Checks a `rules` object from .journeymaprc.json or the journeyMap.rules setting. Placeholder. */
export function parseRuleSettings(value: unknown): { settings: RuleSettings; problems: string[] } {
  if (value === undefined || value === null) return { settings: {}, problems: [] };
  return { settings: value as RuleSettings, problems: [] };
}
