/**
 * `journey-map render <file> --format mermaid|markdown|svg|png`: one map to one output.
 * A folder is handed to the batch export.
 */
import { statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config';
import { TODAY_ENV, type CliContext } from '../context';
import { describeFileError, ExitCode, UsageError } from '../errors';
import { requireFile } from '../files';
import { analyzeFile, requireJourney } from '../loadMap';
import { produce, RENDER_FORMATS, type RenderFormat } from '../render/produce';
import { RendererSession } from '../render/session';
import { DRAWING_OPTIONS, isoDate, oneOf, parseCommandArgs, stringValue, THEMES } from '../options';
import { exportMaps } from './export';

export const renderHelp = `Usage: journey-map render <file> [options]
       journey-map render <folder> --format <format> [-o <outdir>]   (same as export)

Draws a journey map.

Options:
  -f, --format <format>   mermaid (default), markdown, svg or png
  -o, --output <file>     write to a file instead of standard output (required for png on a terminal)
  -p, --persona <id>      only the touchpoints of this persona, with its own emotion scores
  -t, --theme <theme>     light (default) or dark (svg and png)
      --browser <path>    the Chromium, Chrome or Edge to draw svg and png with
                          (default: $CHROME_PATH, then chromium/google-chrome on PATH)
  -c, --config <file>     rule configuration for the gap tables in markdown
  -h, --help              show this help

svg and png are drawn by Mermaid in a headless Chromium, exactly like the editor's preview.

Exit codes: 0 written; 1 the map has errors or is too big to draw; 2 bad usage, missing file, no browser.

Examples:
  journey-map render maps/delivery.journey.yaml --format svg -o delivery.svg
  journey-map render maps/delivery.journey.yaml --format png --theme dark -o delivery.png
  journey-map render maps/delivery.journey.yaml --format markdown --persona rina
`;

export async function runRender(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('render', args, DRAWING_OPTIONS);
  if (values.help) {
    context.stdout.write(renderHelp);
    return ExitCode.ok;
  }
  const format: RenderFormat = oneOf('--format', values.format, RENDER_FORMATS, 'mermaid');
  const theme = oneOf('--theme', values.theme, THEMES, 'light');
  const persona = stringValue(values.persona);
  const output = stringValue(values.output);
  const today = isoDate('--today', values.today ?? context.env[TODAY_ENV]);
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? 'Name the map to render.'
        : 'render takes one map; to draw several, use `journey-map export <folder>`.',
      {
        hint: 'Run `journey-map render --help` for the options.',
      },
    );
  }
  const target = positionals[0]!;
  if (isFolder(resolve(context.cwd, target))) {
    return exportMaps(
      {
        inputs: [target],
        formats: [format],
        outDir: output,
        theme,
        persona,
        browser: stringValue(values.browser),
        config: stringValue(values.config),
        today,
      },
      context,
    );
  }

  const path = requireFile(target, context.cwd);
  if (format === 'png' && output === undefined && context.stdout.isTTY) {
    throw new UsageError('A PNG is binary: write it to a file with -o <file.png> (or redirect standard output).');
  }
  const config = loadConfig(stringValue(values.config), context.cwd);
  for (const warning of config.warnings) context.stderr.write(`journey-map: ${warning}\n`);
  const { analysis, shown } = analyzeFile(path, context.cwd, { rules: config.rules, today });
  const valid = requireJourney(analysis, shown);

  const session = new RendererSession(stringValue(values.browser), context.env);
  try {
    const result = await produce(valid, shown, format, { persona, theme, path, renderer: session.get });
    const bytes = typeof result === 'string' && !result.endsWith('\n') ? `${result}\n` : result;
    if (output === undefined) {
      context.stdout.write(bytes);
    } else {
      try {
        writeFileSync(resolve(context.cwd, output), bytes);
      } catch (error) {
        throw new UsageError(`Cannot write ${describeFileError(output, error)}`);
      }
      context.stderr.write(`journey-map: wrote ${output}\n`);
    }
  } finally {
    await session.close();
  }
  return ExitCode.ok;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
