/**
 * `journey-map render <file> --format mermaid|markdown|svg|png`: one map to one output.
 * A folder is handed to the batch export.
 */
import { printHelp } from '../help/index';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadConfig } from '../config';
import type { CliContext } from '../context';
import { cliText, ExitCode, UsageError } from '../errors';
import { displayPath, requireFile } from '../files';
import { isJourneyFileName } from '../../shared/journeyFiles';
import { analyzeFile, analyzeText, requireJourney } from '../loadMap';
import { assertPlannedOutputs, writeAtomically } from '../output/safeWrite';
import { readStandardInput } from '../readFile';
import { produce, RENDER_FORMATS, type RenderFormat } from '../render/produce';
import { RendererSession } from '../render/session';
import { PAGE_OPTION_VALUES, pagedName, VIEWS } from '../render/canvasExport';
import { DRAWING_OPTIONS, oneOf, pinnedToday, parseCommandArgs, stringValue, THEMES } from '../options';
import { exportMaps } from './export';

export const renderHelp = `Usage: journey-map render <file|-> [options]
       journey-map render <folder> --format <format> [-o <outdir>]   (same as export)

Draws a journey map.

Options:
  -f, --format <format>   mermaid (default), markdown, svg or png; with --view canvas: svg, png or pdf
      --view <view>       mermaid (default): Mermaid's journey diagram;
                          canvas: the whole map as stage columns × lanes (no browser needed)
      --page <size>       a4, a3, letter or 16:9 (landscape): pages the canvas png/pdf, split between
                          stages, text at 9 pt or more; a paged png writes <out>-1.png, <out>-2.png …
  -o, --output <file>     write to a file instead of standard output (\`-\`: standard output;
                          required for png and pdf on a terminal). Never an input map; an existing
                          file only with --force. Written atomically (temporary file, rename).
      --force             replace an output file that exists already
      --stdin-filename <path>
                          the path standard input (\`render -\`) stands for: shown in
                          messages, and the configuration is looked up from its folder
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
  const { values, positionals } = parseCommandArgs('render', args, {
    ...DRAWING_OPTIONS,
    'stdin-filename': { type: 'string' },
  });
  if (values.help) return printHelp(context, 'render', renderHelp);
  const format: RenderFormat = oneOf('--format', values.format, RENDER_FORMATS, 'mermaid');
  const theme = oneOf('--theme', values.theme, THEMES, 'light');
  const persona = stringValue(values.persona);
  // `-o -` is standard output, like no -o at all.
  const outputArg = stringValue(values.output);
  const output = outputArg === '-' ? undefined : outputArg;
  const force = values.force === true;
  const stdinName = stringValue(values['stdin-filename']);
  const view = oneOf('--view', values.view, VIEWS, 'mermaid');
  const page = values.page === undefined ? undefined : oneOf('--page', values.page, PAGE_OPTION_VALUES, 'a4');
  const today = pinnedToday(values, context.env);
  if (positionals.length !== 1) {
    throw UsageError.keyed(positionals.length === 0 ? { key: 'cli.render.nameMap' } : { key: 'cli.render.oneMap' }, {
      hint: { key: 'cli.hint.commandHelp', data: { command: 'render' } },
    });
  }
  const target = positionals[0]!;
  const fromStdin = target === '-';
  if (stdinName !== undefined && !fromStdin) {
    throw UsageError.keyed({ key: 'cli.stdinFilename', data: { command: 'render' } });
  }
  if (!fromStdin && isFolder(resolve(context.cwd, target)) && !isJourneyFileName(target)) {
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
        force,
      },
      context,
    );
  }

  const stdinPath = resolve(context.cwd, stdinName ?? 'stdin.journey.yaml');
  const path = fromStdin ? stdinPath : requireFile(target, context.cwd);
  if ((format === 'png' || format === 'pdf') && output === undefined && context.stdout.isTTY) {
    throw UsageError.keyed({ key: 'cli.render.binary', data: { kind: format.toUpperCase(), format } });
  }
  if (format === 'png' && page !== undefined && output === undefined) {
    throw UsageError.keyed({ key: 'cli.render.pagedPng' });
  }
  const outputPath = output !== undefined ? resolve(context.cwd, output) : undefined;
  const shownOutput = output !== undefined ? displayPath(resolve(context.cwd, output), context.cwd) : '';
  // Checked before drawing: the output must not be the map itself (through links too) nor, without --force, any existing file.
  // A paged PNG never writes `-o` itself, only its pages: the first page is known before drawing, the rest after.
  const pagedPng = format === 'png' && page !== undefined;
  if (outputPath !== undefined) {
    const first = pagedPng ? pagedName(outputPath, 0) : outputPath;
    assertPlannedOutputs([{ target: first, source: path }], fromStdin ? [] : [path], {
      force,
      show: (absolute) => displayPath(absolute, context.cwd),
    });
  }
  const configFrom = fromStdin && stdinName !== undefined ? dirname(stdinPath) : context.cwd;
  const config = loadConfig(stringValue(values.config), configFrom);
  for (const warning of config.warnings) context.stderr.write(`journey-map: ${warning}\n`);
  const settings = { rules: config.rules, today };
  let analysis;
  let shown: string;
  if (fromStdin) {
    shown = stdinName !== undefined ? displayPath(stdinPath, context.cwd) : '<stdin>';
    analysis = analyzeText(readStandardInput(), settings);
  } else {
    ({ analysis, shown } = analyzeFile(path, context.cwd, settings));
  }
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
      warn: (message) =>
        context.stderr.write(`${cliText(context.language, { key: 'cli.warning', data: { path: shown, message } })}\n`),
    });
    if (Array.isArray(result)) {
      // Paged PNG: one file per page (output is required above), each checked like the planned
      // output: never an input map, never an existing file without --force.
      const pageTargets = result.map((_, index) => pagedName(outputPath!, index));
      assertPlannedOutputs(
        pageTargets.map((pageTarget) => ({ target: pageTarget, source: path })),
        fromStdin ? [] : [path],
        { force, show: (absolute) => displayPath(absolute, context.cwd) },
      );
      for (const [index, bytes] of result.entries()) {
        const shownPage = displayPath(pageTargets[index]!, context.cwd);
        writeAtomically(pageTargets[index]!, bytes, force, shownPage);
        context.stderr.write(`${cliText(context.language, { key: 'cli.wrote', data: { path: shownPage } })}\n`);
      }
      return ExitCode.ok;
    }
    const bytes = typeof result === 'string' && !result.endsWith('\n') ? `${result}\n` : result;
    if (outputPath === undefined) {
      context.stdout.write(bytes);
    } else {
      writeAtomically(outputPath, bytes, force, shownOutput);
      context.stderr.write(`${cliText(context.language, { key: 'cli.wrote', data: { path: shownOutput } })}\n`);
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
