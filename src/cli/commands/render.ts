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
import { PAGE_OPTION_VALUES, pagedName, VIEWS } from '../render/canvasExport';
import { DRAWING_OPTIONS, isoDate, oneOf, parseCommandArgs, stringValue } from '../options';
import { exportMaps } from './export';

export const THEMES = ['light', 'dark'] as const;

export const renderHelp = `Usage: journey-map render <file> [options]
       journey-map render <folder> --format <format> [-o <outdir>]   (same as export)

Draws a journey map.

Options:
  -f, --format <format>   mermaid (default), markdown, svg or png; with --view canvas: svg, png or pdf
      --view <view>       mermaid (default): Mermaid's journey diagram;
                          canvas: the whole map as stage columns × lanes (no browser needed)
      --page <size>       a4, a3, letter or 16:9 (landscape): pages the canvas png/pdf, split between
                          stages, text at 9 pt or more; a paged png writes <out>-1.png, <out>-2.png …
  -o, --output <file>     write to a file instead of standard output (required for png and pdf on a terminal)
  -p, --persona <id>      only the touchpoints of this persona, with its own emotion scores
  -t, --theme <theme>     light (default) or dark (svg, png, pdf)
      --browser <path>    the Chromium, Chrome or Edge to draw svg and png with
                          (default: $CHROME_PATH, then chromium/google-chrome on PATH)
  -c, --config <file>     rule configuration for the gap tables in markdown
  -h, --help              show this help

With --view mermaid, svg and png are drawn by Mermaid in a headless Chromium, exactly like the
editor's preview. With --view canvas, svg, png and pdf are drawn without a browser.

Exit codes: 0 written; 1 the map has errors or is too big to draw; 2 bad usage, missing file, no browser.

Examples:
  journey-map render maps/delivery.journey.yaml --format svg -o delivery.svg
  journey-map render maps/delivery.journey.yaml --format png --theme dark -o delivery.png
  journey-map render maps/delivery.journey.yaml --format markdown --persona rina
  journey-map render maps/delivery.journey.yaml --view canvas --format pdf --page a3 -o delivery.pdf
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
  const view = oneOf('--view', values.view, VIEWS, 'mermaid');
  const page = values.page === undefined ? undefined : oneOf('--page', values.page, PAGE_OPTION_VALUES, 'a4');
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
        view,
        page,
        browser: stringValue(values.browser),
        config: stringValue(values.config),
        today,
      },
      context,
    );
  }

  const path = requireFile(target, context.cwd);
  if ((format === 'png' || format === 'pdf') && output === undefined && context.stdout.isTTY) {
    throw new UsageError(
      `A ${format.toUpperCase()} is binary: write it to a file with -o <file.${format}> (or redirect standard output).`,
    );
  }
  if (format === 'png' && page !== undefined && output === undefined) {
    throw new UsageError('A paged PNG is one file per page: name them with -o <file.png>.');
  }
  const config = loadConfig(stringValue(values.config), context.cwd);
  for (const warning of config.warnings) context.stderr.write(`journey-map: ${warning}\n`);
  const { analysis, shown } = analyzeFile(path, context.cwd, { rules: config.rules, today });
  const valid = requireJourney(analysis, shown);

  const session = new RendererSession(stringValue(values.browser), context.env);
  try {
    const result = await produce(valid, shown, format, {
      persona,
      theme,
      path,
      renderer: session.get,
      view,
      page,
      ...(context.language ? { language: context.language } : {}),
    });
    if (Array.isArray(result)) {
      // Paged PNG: one file per page (output is required above).
      for (const [index, bytes] of result.entries()) {
        const name = pagedName(output!, index);
        try {
          writeFileSync(resolve(context.cwd, name), bytes);
        } catch (error) {
          throw new UsageError(`Cannot write ${describeFileError(name, error)}`);
        }
        context.stderr.write(`journey-map: wrote ${name}\n`);
      }
      return ExitCode.ok;
    }
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
