/**
 * The repository's rule configuration: `.journeymaprc.json`, the same shape as the
 * extension's `journeyMap.rules` setting, so the command line and the editor agree.
 */
import { resolve } from 'node:path';
import { parseRuleSettings, type RuleSettings } from '../core/gaps/index';
import { cliRef, fileErrorWords, UsageError } from './errors';
import { findUp } from './findUp';
import { neutralise } from './format/neutralise';
import { readRegularFile } from './readFile';

export const CONFIG_FILE_NAME = '.journeymaprc.json';

/** Top-level keys a config file may have; `$schema` lets editors validate it. */
const KNOWN_KEYS = new Set(['$schema', 'rules']);

export interface LoadedConfig {
  /** Absolute path of the file read, or undefined when none was found. */
  readonly path: string | undefined;
  readonly rules: RuleSettings;
  /** Non-fatal remarks (unknown keys), printed on stderr. */
  readonly warnings: readonly string[];
}

/** The nearest `.journeymaprc.json` in `start` or one of its parent folders. */
export function findConfigFile(start: string): string | undefined {
  return findUp(start, CONFIG_FILE_NAME);
}

/**
 * Loads the config named by `--config`, or the nearest one from `cwd`.
 * A config that cannot be read or has invalid rules is a usage error: a CI run must not
 * silently fall back to default severities because of a typo.
 */
export function loadConfig(explicitPath: string | undefined, cwd: string): LoadedConfig {
  const path = explicitPath !== undefined ? resolve(cwd, explicitPath) : findConfigFile(cwd);
  if (path === undefined) return { path: undefined, rules: {}, warnings: [] };
  const shown = neutralise(explicitPath ?? path);

  let text: string;
  try {
    text = readRegularFile(path);
  } catch (error) {
    throw UsageError.keyed({ key: 'cli.config.cannotRead', data: { problem: cliRef(fileErrorWords(shown, error)) } });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw UsageError.keyed({
      key: 'cli.config.notJson',
      data: { path: shown, reason: error instanceof Error ? error.message : String(error) },
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw UsageError.keyed({ key: 'cli.config.notObject', data: { path: shown } });
  }
  const warnings = Object.keys(value)
    .filter((key) => !KNOWN_KEYS.has(key))
    .map((key) => `${shown}: unknown key "${neutralise(key)}" ignored (expected "rules")`);
  const { settings, problems } = parseRuleSettings((value as { rules?: unknown }).rules);
  if (problems.length > 0) {
    throw UsageError.keyed({
      key: 'cli.config.invalidRules',
      data: { path: shown, problems: problems.map((problem) => `  - ${problem}`).join('\n') },
    });
  }
  return { path, rules: settings, warnings };
}
