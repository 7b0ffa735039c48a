/**
 * `journey-map diff <old> <new>` and `journey-map diff --git <rev> <file>`: what changed
 * between two versions of a map, as Markdown for a pull-request comment, or JSON.
 */
import { printHelp } from '../help/index';
import { diffJourneys, formatDiffMarkdown } from '../../core/diff/index';
import { loadConfig } from '../config';
import type { CliContext } from '../context';
import { ExitCode, UsageError } from '../errors';
import { requireFile } from '../files';
import { readFileAtRevision } from '../git';
import { analyzeFile, analyzeText, type JourneyAnalysis } from '../loadMap';
import { pinnedToday, oneOf, parseCommandArgs, stringValue } from '../options';

export const diffHelp = `Usage: journey-map diff <old-file> <new-file> [options]
       journey-map diff --git <revision> <file> [options]

Summarises what changed between two versions of a journey map: stages and touchpoints
added, removed, renamed or moved, emotion changes, pain points opened and resolved,
opportunities, owners, metric movements, and how the number of gaps changed.

Options:
  -g, --git <revision>    compare <file> with its version at a git revision
                          (e.g. HEAD, main, origin/main, a commit id)
  -f, --format <format>   markdown (default) or json
  -c, --config <file>     rule configuration (the gap counts depend on it)
  -h, --help              show this help

Exit codes: 0 compared (whether or not anything changed); 1 a version has errors;
2 bad usage, missing file, not a git repository, no such revision, file not in it.

Examples:
  journey-map diff old/delivery.journey.yaml maps/delivery.journey.yaml
  journey-map diff --git origin/main maps/delivery.journey.yaml > diff.md
`;

export async function runDiff(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('diff', args, {
    git: { type: 'string', short: 'g' },
    format: { type: 'string', short: 'f' },
    config: { type: 'string', short: 'c' },
  });
  if (values.help) return printHelp(context, 'diff', diffHelp);
  const format = oneOf('--format', values.format, ['markdown', 'json'] as const, 'markdown');
  const revision = stringValue(values.git);
  const today = pinnedToday(values, context.env);
  const expected = revision === undefined ? 2 : 1;
  if (positionals.length !== expected) {
    throw UsageError.keyed(revision === undefined ? { key: 'cli.diff.needsTwo' } : { key: 'cli.diff.needsOne' }, {
      hint: { key: 'cli.hint.commandHelp', data: { command: 'diff' } },
    });
  }
  const config = loadConfig(stringValue(values.config), context.cwd);
  for (const warning of config.warnings) context.stderr.write(`journey-map: ${warning}\n`);
  const settings = { rules: config.rules, today };

  let before: { analysis: JourneyAnalysis; shown: string };
  let after: { analysis: JourneyAnalysis; shown: string };
  if (revision === undefined) {
    before = analyzeFile(requireFile(positionals[0]!, context.cwd), context.cwd, settings);
    after = analyzeFile(requireFile(positionals[1]!, context.cwd), context.cwd, settings);
  } else {
    const path = requireFile(positionals[0]!, context.cwd);
    after = analyzeFile(path, context.cwd, settings);
    const old = readFileAtRevision(path, revision);
    if (old.renamedFrom !== undefined) {
      context.stderr.write(
        `journey-map: ${after.shown} was ${old.renamedFrom} at ${revision}: comparing across the rename\n`,
      );
    }
    before = { analysis: analyzeText(old.text, settings), shown: `${revision}:${old.repoPath}` };
  }

  // The engine never throws on an invalid version: it reports `comparable: false` with each side's errors.
  const diff = diffJourneys(before.analysis, after.analysis);
  context.stdout.write(
    format === 'json'
      ? `${JSON.stringify(diff, null, 2)}\n`
      : ensureNewline(
          formatDiffMarkdown(diff, {
            beforeLabel: before.shown,
            afterLabel: after.shown,
            ...(context.language ? { language: context.language } : {}),
          }),
        ),
  );
  return diff.comparable ? ExitCode.ok : ExitCode.findings;
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
