/**
 * Shared argument handling: Node's util.parseArgs with usage errors a person can act on.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { TODAY_ENV } from './context';
import { cliText, UsageError, type CliWords } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Themes of the drawn exports (svg, png). */
export const THEMES = ['light', 'dark'] as const;

/** The options every command that draws maps (render, export) takes, declared once. */
export const DRAWING_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  persona: { type: 'string', short: 'p' },
  theme: { type: 'string', short: 't' },
  view: { type: 'string' },
  page: { type: 'string' },
  browser: { type: 'string' },
  config: { type: 'string', short: 'c' },
  // Replace output files that exist already (never an input map).
  force: { type: 'boolean' },
} as const satisfies Options;

/** The options every command takes besides its own, added by parseCommandArgs. */
const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  // Hidden: pins the date the stale-review rule compares with (tests, reproducible runs).
  today: { type: 'string' },
} as const satisfies Options;

/**
 * Parses a command's arguments, with --help and --today added; unknown options and missing
 * values become UsageErrors naming the command's help.
 */
export function parseCommandArgs(command: string, args: readonly string[], options: Options): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...options, ...COMMON_OPTIONS },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^TypeError \[[A-Z_]+\]: /, '') : String(error);
    const words = tidyParseArgsMessage(message);
    const hint = { key: 'cli.hint.commandHelp', data: { command } } as const;
    throw typeof words === 'string'
      ? new UsageError(words, { hint: cliText('en', hint), hintWords: hint })
      : UsageError.keyed(words, { hint });
  }
}

/** parseArgs' messages mention "positionals" and "--" workarounds; keep the first sentence. */
function tidyParseArgsMessage(message: string): string | CliWords {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return { key: 'cli.unknownOption', data: { option: unknown[1]! } };
  const missing = /Option '([^']+)' argument missing/.exec(message);
  if (missing) return { key: 'cli.option.needsValue', data: { option: missing[1]!.replace(/^-\w, /, '') } };
  return message.split('. ')[0] ?? message;
}

/** One value out of a fixed list, e.g. --format. */
export function oneOf<T extends string>(option: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw UsageError.keyed({
    key: 'cli.option.invalid',
    data: { option, value: String(value), expected: allowed.join(', ') },
  });
}

/** A whole number ≥ 0, e.g. --max-warnings. */
export function nonNegativeInteger(option: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  throw UsageError.keyed({
    key: 'cli.option.invalid',
    data: { option, value: String(value), expected: { ref: 'cli.option.expected.wholeNumber' } },
  });
}

/**
 * The date the stale-review rule compares with when it is pinned: --today, else the
 * JOURNEY_MAP_TODAY environment variable; undefined for the real date.
 */
export function pinnedToday(values: ParsedArgs['values'], env: NodeJS.ProcessEnv): string | undefined {
  return isoDate('--today', values.today ?? env[TODAY_ENV]);
}

/** A calendar date YYYY-MM-DD. */
function isoDate(option: string, value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    return value;
  throw UsageError.keyed({
    key: 'cli.option.invalid',
    data: { option, value: String(value), expected: { ref: 'cli.option.expected.date' } },
  });
}

export function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
