/**
 * Merges the `rules` of a workspace `.journeymaprc.json` with the `journeyMap.rules`
 * setting. Pure: no `vscode`, so it is unit-tested directly.
 *
 * The setting wins rule by rule: a rule the user configured in VS Code overrides the
 * same rule in the file, every other rule of the file still applies. A rule given as
 * a bare level in one source and with options in the other keeps the options.
 */
import { isRecord } from '../core/values';

export type RawRules = Record<string, unknown>;

export function mergeRuleConfig(fromFile: unknown, fromSettings: unknown): RawRules {
  const merged: RawRules = { ...asRules(fromFile) };
  for (const [rule, value] of Object.entries(asRules(fromSettings))) {
    const previous = merged[rule];
    if (typeof value === 'string' && isRecord(previous)) {
      merged[rule] = { ...previous, severity: value };
    } else if (isRecord(value) && isRecord(previous)) {
      merged[rule] = { ...previous, ...value };
    } else {
      merged[rule] = value;
    }
  }
  return merged;
}

/** The `rules` object of a parsed `.journeymaprc.json`, or undefined with the reason. */
export function rulesOfConfigFile(text: string): { rules?: RawRules; problem?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { problem: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isRecord(parsed)) return { problem: 'must contain a JSON object' };
  if (parsed.rules === undefined) return { rules: {} };
  if (!isRecord(parsed.rules)) return { problem: '"rules" must be an object' };
  return { rules: parsed.rules };
}

function asRules(value: unknown): RawRules {
  return isRecord(value) ? value : {};
}
