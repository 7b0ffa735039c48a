/**
 * `journey-map export <folders|files…> --format svg,png,markdown [-o outdir]`: draws every map
 * with one browser, keeping the folder structure under the output folder.
 */
import { printHelp } from '../help/index';
import { mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { loadConfig } from '../config';
import type { CliContext } from '../context';
import { cliText, describeFileError, ExitCode, UsageError } from '../errors';
import { translator } from '../../core/l10n/index';
import { collectJourneyFiles, displayPath, readMapFile } from '../files';
import { loadIgnoreRules } from '../ignoreFile';
import { analyzeText, InvalidMapError, requireJourney } from '../loadMap';
import { DRAWING_OPTIONS, oneOf, pinnedToday, parseCommandArgs, stringValue, THEMES } from '../options';
import { assertPlannedOutputs, checkPlannedOutputs, OutputWriteError, writeAtomically } from '../output/safeWrite';
import { MalformedSvgError } from '../render/checkSvg';
import { Progress } from '../progress';
import type { ExportTheme } from '../render/diagramRenderer';
import { produce, RENDER_FORMATS, UnrenderableMapError, type RenderFormat } from '../render/produce';
import { RendererSession } from '../render/session';
import type { PageSize } from '../../core/canvas/index';
import { PAGE_OPTION_VALUES, pagedName, VIEWS, type DrawingView } from '../render/canvasExport';
import { exportFileName, type ExportNamingKind } from '../../shared/exportNaming';

export const exportHelp = `Usage: journey-map export <folders|files|globs…> [options]

Draws every journey map found (folders are searched recursively) in one or more formats,
with a single browser for the whole batch.

Options:
  -f, --format <list>     comma-separated: svg, png, markdown, mermaid (default: svg);
                          with --view canvas: svg, png, pdf
      --view <view>       mermaid (default) or canvas (the whole map as stage columns × lanes)
      --page <size>       a4, a3, letter or 16:9: pages the canvas png/pdf (png: <map>-1.png, <map>-2.png …)
  -o, --output <folder>   where to write; the maps' folder structure is kept below it
                          (default: beside each map). Files are named <map>.svg, <map>.png,
                          <map>.md, <map>.mmd, e.g. delivery.journey.yaml → delivery.svg;
                          the canvas: <map>.map.svg, .map.png, .map.pdf (as the editor names them)
  -p, --persona <id>      only the touchpoints of this persona (maps without it are skipped)
  -t, --theme <theme>     light (default) or dark
      --browser <path>    the Chromium, Chrome or Edge to draw with
  -c, --config <file>     rule configuration for the gap tables in markdown
      --no-ignore         also draw maps that .journeymapignore excludes
      --force             replace output files that exist already (never an input map)
  -h, --help              show this help

Before drawing, every output is checked: none may be an input map (also through links),
two maps may not write the same file, and an existing file is replaced only with --force;
each such collision is named and nothing is written (exit 2). Files are written atomically
(a temporary file in the same folder, then renamed). Progress is shown on standard error.
Exit codes: 0 all written; 1 some maps have errors or are too big to draw (the others are
still written); 2 bad usage, missing or unreadable files, a folder with no maps, no browser,
an output collision, a file that could not be written, an SVG that is not well-formed.

Example:
  journey-map export maps --format svg,png,markdown -o site/journeys
`;

export interface ExportRequest {
  readonly inputs: readonly string[];
  readonly formats: readonly RenderFormat[];
  readonly outDir: string | undefined;
  readonly theme: ExportTheme;
  readonly persona: string | undefined;
  readonly view?: DrawingView;
  readonly page?: PageSize;
  readonly browser: string | undefined;
  readonly config: string | undefined;
  readonly today: string | undefined;
  /** Also draw maps that .journeymapignore excludes. */
  readonly noIgnore?: boolean;
  /** Replace output files that exist already (never an input map). */
  readonly force?: boolean;
}

export async function runExport(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', args, {
    ...DRAWING_OPTIONS,
    'no-ignore': { type: 'boolean' },
  });
  if (values.help) return printHelp(context, 'export', exportHelp);
  if (positionals.length === 0)
    throw UsageError.keyed(
      { key: 'cli.export.nameMaps' },
      { hint: { key: 'cli.hint.commandHelp', data: { command: 'export' } } },
    );
  const formats = [
    ...new Set(
      (stringValue(values.format) ?? 'svg')
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    ),
  ].map((item) => oneOf('--format', item, RENDER_FORMATS, 'svg'));
  if (formats.length === 0) throw UsageError.keyed({ key: 'cli.export.noFormat' });
  return exportMaps(
    {
      inputs: positionals,
      formats,
      outDir: stringValue(values.output),
      theme: oneOf('--theme', values.theme, THEMES, 'light'),
      persona: stringValue(values.persona),
      view: oneOf('--view', values.view, VIEWS, 'mermaid'),
      page: values.page === undefined ? undefined : oneOf('--page', values.page, PAGE_OPTION_VALUES, 'a4'),
      browser: stringValue(values.browser),
      config: stringValue(values.config),
      today: pinnedToday(values, context.env),
      noIgnore: values['no-ignore'] === true,
      force: values.force === true,
    },
    context,
  );
}

export async function exportMaps(request: ExportRequest, context: CliContext): Promise<number> {
  const config = loadConfig(request.config, context.cwd);
  for (const warning of config.warnings) context.stderr.write(`journey-map: ${warning}\n`);
  const files = collectJourneyFiles(
    request.inputs,
    context.cwd,
    request.noIgnore ? undefined : loadIgnoreRules(context.cwd),
  );
  if (request.outDir === '-') {
    throw UsageError.keyed({ key: 'cli.export.notStdout' }, { hint: { key: 'cli.export.hint.renderOne' } });
  }
  const outDir = request.outDir !== undefined ? resolve(context.cwd, request.outDir) : undefined;
  const roots = request.inputs.map((input) => resolve(context.cwd, input));
  const force = request.force === true;

  // Every output is planned and checked before anything is drawn: an output that is an input
  // map, two maps writing one file, or (without --force) an existing file stops the run, naming each.
  // A paged PNG writes <name>-1.png, <name>-2.png … and never <name>.png: its first page is planned here, the others
  // are known once drawn and checked then, all of a map's pages before any is written.
  const pagedPng = (format: RenderFormat) => format === 'png' && request.page !== undefined;
  const planned = files.flatMap((path) =>
    request.formats.map((format) => {
      const target = outputPath(path, format, outDir, roots, request.view);
      return { target: pagedPng(format) ? pagedName(target, 0) : target, source: path };
    }),
  );
  assertPlannedOutputs(planned, files, { force, show: (path) => displayPath(path, context.cwd) });

  const session = new RendererSession(request.browser, context.env);
  const progress = new Progress(context.stderr, files.length);
  const show = (path: string) => displayPath(path, context.cwd);
  /** Files not planned up front (pages after the first) are checked here the same way, together, before any is written. */
  const checkUnplanned = (targets: readonly string[], source: string) => {
    const unplanned = targets.filter((target) => !planned.some((output) => output.target === target));
    const problems = checkPlannedOutputs(
      unplanned.map((target) => ({ target, source })),
      files,
      { force, show },
    );
    if (problems.length > 0) throw new OutputWriteError(`nothing written for ${show(source)}: ${problems.join('; ')}`);
  };
  /** Writes one output atomically. */
  const writePlanned = (target: string, bytes: string | Buffer) => {
    try {
      mkdirSync(dirname(target), { recursive: true });
    } catch (error) {
      throw new OutputWriteError(`Cannot write ${describeFileError(show(target), error)}`);
    }
    writeAtomically(target, bytes, force, show(target));
  };
  let failed = 0;
  let unreadable = 0;
  let unwritable = 0;
  let written = 0;
  try {
    for (const [index, path] of files.entries()) {
      const shown = displayPath(path, context.cwd);
      progress.update(index + 1, shown);
      const read = readMapFile(path, shown);
      if (!read.ok) {
        // An unreadable map does not stop the batch; it makes the run exit 2 at the end.
        progress.note(`journey-map: ${read.message}`);
        unreadable += 1;
        continue;
      }
      const analysis = analyzeText(read.text, { rules: config.rules, today: request.today });
      try {
        const valid = requireJourney(analysis, shown);
        if (
          request.persona !== undefined &&
          !(valid.journey.personas ?? []).some((persona) => persona.id === request.persona)
        ) {
          progress.note(`journey-map: ${shown}: skipped, no persona ${request.persona}`);
          continue;
        }
        for (const format of request.formats) {
          const result = await produce(valid, shown, format, {
            persona: request.persona,
            theme: request.theme,
            path,
            renderer: session.get,
            ...(request.view ? { view: request.view } : {}),
            ...(request.page ? { page: request.page } : {}),
            ...(context.language ? { language: context.language } : {}),
            warn: (message) =>
              progress.note(cliText(context.language, { key: 'cli.warning', data: { path: shown, message } })),
          });
          const target = outputPath(path, format, outDir, roots, request.view);
          if (Array.isArray(result)) {
            // Paged PNG: the page files are known only now; each is checked like a planned output.
            const pages = result.map((_, page) => pagedName(target, page));
            checkUnplanned(pages, path);
            for (const [page, bytes] of result.entries()) writePlanned(pages[page]!, bytes);
            written += result.length;
            continue;
          }
          writePlanned(target, typeof result === 'string' && !result.endsWith('\n') ? `${result}\n` : result);
          written += 1;
        }
      } catch (error) {
        if (error instanceof InvalidMapError) progress.note(`journey-map: ${error.describe()}`);
        else if (error instanceof UnrenderableMapError) progress.note(`journey-map: ${error.message}`);
        else if (error instanceof OutputWriteError || error instanceof MalformedSvgError) {
          // A write that failed (full disk, permissions) or an SVG that is not well-formed: named, the batch goes on, exit 2.
          progress.note(`journey-map: ${error.message}`);
          unwritable += 1;
          continue;
        } else throw error;
        failed += 1;
      }
    }
  } finally {
    progress.finish();
    await session.close();
  }
  const t = translator(context.language ?? 'en');
  const problems = [
    failed > 0 ? t.t('cli.export.notDrawn', { count: failed }) : '',
    unreadable > 0 ? t.t('cli.export.notRead', { count: unreadable }) : '',
    unwritable > 0 ? t.t('cli.export.notWritten', { count: unwritable }) : '',
  ].filter((text) => text !== '');
  const summary = t.t('cli.export.summary', {
    files: t.t('cli.export.files', { count: written }),
    maps: t.t('cli.export.maps', { count: files.length }),
    problems: problems.length > 0 ? `; ${problems.join(', ')}` : '',
  });
  context.stderr.write(`${summary}\n`);
  if (unreadable > 0 || unwritable > 0) return ExitCode.usage;
  return failed > 0 ? ExitCode.findings : ExitCode.ok;
}

/**
 * `<outDir>/<path below the input folder>/<name><ext>`, or beside the map without -o.
 * A map given directly (not through a folder) lands at the top of the output folder.
 */
export function outputPath(
  mapPath: string,
  format: RenderFormat,
  outDir: string | undefined,
  roots: readonly string[],
  view?: string,
): string {
  // One naming rule for the CLI and the editor's export commands (src/shared/exportNaming.ts):
  // delivery.svg for Mermaid's diagram, delivery.map.svg for the canvas, in both.
  const name = exportFileName(basename(mapPath), namingKind(format, view));
  if (outDir === undefined) return join(dirname(mapPath), name);
  const root = roots.find((candidate) => isFolderContaining(candidate, mapPath));
  const below = root !== undefined ? relative(root, dirname(mapPath)) : '';
  return join(outDir, below, name);
}

function namingKind(format: RenderFormat, view: string | undefined): ExportNamingKind {
  if (view === 'canvas' && (format === 'svg' || format === 'png' || format === 'pdf')) return `map-${format}`;
  // pdf exists only for the canvas; produce() refuses it otherwise before anything is named.
  return format === 'pdf' ? 'map-pdf' : format;
}

function isFolderContaining(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  if (rel === '' || rel.startsWith('..')) return false;
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
