/**
 * `journey-map check <files|folders|globs…>`: validates maps and reports their gaps, for
 * people (text) and for CI (json, sarif, github).
 */
import { printHelp } from '../help/index';
import { dirname, resolve } from 'node:path';
import { loadConfig } from '../config';
import type { CliContext } from '../context';
import { describeFileError, ExitCode, UsageError } from '../errors';
import { collectJourneyFiles, displayPath, readMapFile, type ReadResult } from '../files';
import { readStandardInput } from '../readFile';
import { loadIgnoreRules } from '../ignoreFile';
import { analyzeText } from '../loadMap';
import { palette, shouldUseColor } from '../format/colors';
import { formatGithub } from '../format/github';
import { formatJson } from '../format/json';
import { countSeverities, type CheckedFile } from '../format/report';
import { formatSarif } from '../format/sarif';
import { formatText } from '../format/text';
import { translator } from '../../core/l10n/index';
import { pinnedToday, nonNegativeInteger, oneOf, parseCommandArgs, stringValue } from '../options';

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type CheckFormat = (typeof CHECK_FORMATS)[number];

export const checkHelp = `Usage: journey-map check <files|folders|globs…> [options]

Validates journey maps and reports their gaps. Folders are searched recursively for
*.journey.yaml and *.journey.yml (node_modules and .git are skipped, and so are paths
matching the gitignore-style patterns of the nearest .journeymapignore; a file or folder
named on the command line is always checked).

\`-\` checks standard input (editors' format-on-save, pre-commit hooks); name it with
--stdin-filename for messages and the configuration lookup.

Options:
  -f, --format <format>   text (default), json, sarif or github
      --stdin-filename <path>
                          the path standard input stands for (\`check -\`): shown in
                          messages, and the configuration is looked up from its folder
      --max-warnings <n>  fail (exit 1) when there are more than n warnings
  -c, --config <file>     rule configuration (default: the nearest .journeymaprc.json
                          in the working folder or one of its parents)
  -q, --quiet             report errors only
      --no-ignore         also check maps that .journeymapignore excludes
  -h, --help              show this help

Exit codes:
  0  no errors, and no more warnings than --max-warnings
  1  errors, or too many warnings
  2  bad usage, a missing or unreadable file, a folder with no maps, an invalid config

Examples:
  journey-map check .
  cat delivery.journey.yaml | journey-map check - --stdin-filename maps/delivery.journey.yaml
  journey-map check "maps/**/*.journey.yaml" --max-warnings 0
  journey-map check . --format sarif > journey-map.sarif
`;

export async function runCheck(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', args, {
    format: { type: 'string', short: 'f' },
    'max-warnings': { type: 'string' },
    config: { type: 'string', short: 'c' },
    'no-ignore': { type: 'boolean' },
    'stdin-filename': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (values.help) return printHelp(context, 'check', checkHelp);
  const format: CheckFormat = oneOf('--format', values.format, CHECK_FORMATS, 'text');
  const maxWarnings = nonNegativeInteger('--max-warnings', values['max-warnings']);
  const today = pinnedToday(values, context.env);
  if (positionals.length === 0) {
    throw UsageError.keyed(
      { key: 'cli.check.nameMaps' },
      { hint: { key: 'cli.hint.commandHelp', data: { command: 'check' } } },
    );
  }

  const stdinName = stringValue(values['stdin-filename']);
  const fromStdin = positionals.includes('-');
  if (fromStdin && positionals.length > 1) {
    throw UsageError.keyed({ key: 'cli.check.stdinAlone' });
  }
  if (stdinName !== undefined && !fromStdin) {
    throw UsageError.keyed({ key: 'cli.stdinFilename', data: { command: 'check' } });
  }
  // Standard input stands for a file: its configuration is the one that file would get.
  const configFrom = fromStdin && stdinName !== undefined ? dirname(resolve(context.cwd, stdinName)) : context.cwd;
  const config = loadConfig(stringValue(values.config), configFrom);
  for (const warning of config.warnings) context.stderr.write(`journey-map: ${warning}\n`);
  const inputs: { path: string; shown: string; read: () => ReadResult }[] = fromStdin
    ? [
        {
          path: resolve(context.cwd, stdinName ?? '<stdin>'),
          shown: stdinName !== undefined ? displayPath(resolve(context.cwd, stdinName), context.cwd) : '<stdin>',
          read: readStdin,
        },
      ]
    : collectJourneyFiles(positionals, context.cwd, values['no-ignore'] ? undefined : loadIgnoreRules(context.cwd)).map(
        (path) => {
          const shown = displayPath(path, context.cwd);
          return { path, shown, read: () => readMapFile(path, shown) };
        },
      );

  const files: CheckedFile[] = [];
  // Counted before --quiet hides warnings: --max-warnings still applies to them.
  const counts = { error: 0, warning: 0 };
  const hidden = { error: 0, warning: 0, info: 0, hint: 0 };
  const unreadable: string[] = [];
  for (const { path, shown, read: readInput } of inputs) {
    const read = readInput();
    if (!read.ok) {
      unreadable.push(read.message);
      continue;
    }
    const analysis = analyzeText(read.text, { rules: config.rules, today });
    const found = countSeverities(analysis.findings);
    counts.error += found.error;
    counts.warning += found.warning;
    if (values.quiet) {
      hidden.warning += found.warning;
      hidden.info += found.info;
      hidden.hint += found.hint;
    }
    const findings = values.quiet
      ? analysis.findings.filter((finding) => finding.severity === 'error')
      : analysis.findings;
    files.push({ path, displayPath: shown, text: read.text, findings });
  }
  // Said first, so the summary below it ("… in 2 files; 1 could not be read") is the last word.
  for (const message of unreadable) context.stderr.write(`journey-map: ${message}\n`);

  const report = { files, cwd: context.cwd, hidden, unreadable: unreadable.length };
  switch (format) {
    case 'json':
      context.stdout.write(formatJson(report, translator(context.language ?? 'en')));
      break;
    case 'sarif':
      context.stdout.write(formatSarif(report, translator(context.language ?? 'en')));
      break;
    case 'github':
      context.stdout.write(formatGithub(report, translator(context.language ?? 'en')));
      break;
    default:
      context.stdout.write(
        formatText(report, palette(shouldUseColor(context.stdout, context.env)), translator(context.language ?? 'en')),
      );
  }

  // Files we could not read make the run fail after the others were checked, so one bad path does not hide the rest.
  if (unreadable.length > 0) return ExitCode.usage;
  if (counts.error > 0) return ExitCode.findings;
  if (maxWarnings !== undefined && counts.warning > maxWarnings) {
    context.stderr.write(`journey-map: ${counts.warning} warnings, more than --max-warnings ${maxWarnings}\n`);
    return ExitCode.findings;
  }
  return ExitCode.ok;
}

function readStdin(): ReadResult {
  try {
    return { ok: true, text: readStandardInput() };
  } catch (error) {
    return { ok: false, message: describeFileError('standard input', error) };
  }
}
