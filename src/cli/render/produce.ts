/**
 * Turns one valid map into one output format. Shared by `render` (one map) and `export`
 * (a batch), so both write exactly the same bytes for the same map.
 */
import { basename } from 'node:path';
import { toMarkdown } from '../../core/export/markdown';
import type { Language } from '../../core/l10n/index';
import { toMermaid } from '../../core/mermaid/index';
import { mermaidConfigFor } from '../../shared/mermaidConfig';
import { UsageError } from '../errors';
import { neutralise } from '../format/neutralise';
import type { ValidJourneyAnalysis } from '../loadMap';
import { assertWellFormedSvg } from './checkSvg';
import type { PageSize } from '../../core/canvas/index';
import { CANVAS_FORMATS, produceCanvas, type CanvasFormat, type DrawingView } from './canvasExport';
import type { DiagramRenderer, ExportTheme } from './diagramRenderer';

export const RENDER_FORMATS = ['mermaid', 'markdown', 'svg', 'png', 'pdf'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** File extension written per format. */
export const FORMAT_EXTENSION: Record<RenderFormat, string> = {
  mermaid: '.mmd',
  markdown: '.md',
  svg: '.svg',
  png: '.png',
  pdf: '.pdf',
};

/** Mermaid refuses longer diagram text (it draws a "Maximum text size exceeded" placeholder instead). */
export const MERMAID_MAX_TEXT_SIZE: number = mermaidConfigFor({ theme: 'light' }).maxTextSize ?? 50_000;

export interface ProduceOptions {
  readonly persona: string | undefined;
  readonly theme: ExportTheme;
  /** The file name the Markdown mentions. */
  readonly path: string;
  /** Started lazily by the caller; needed for svg and png only. */
  readonly renderer: () => Promise<DiagramRenderer>;
  /** mermaid (default): Mermaid's journey diagram; canvas: the full map (svg, png, pdf; no browser). */
  readonly view?: DrawingView;
  /** Paged png/pdf of the canvas. */
  readonly page?: PageSize;
  /** The reader's language for the Markdown and the canvas (a map's own `language` wins). */
  readonly language?: Language;
  /** Told what an output cannot show (the PDF's missing glyphs), to print as a warning. */
  readonly warn?: (message: string) => void;
}

/** Thrown for a valid map that Mermaid cannot draw (too big); exit 1, like an invalid map. */
export class UnrenderableMapError extends Error {}

export async function produce(
  analysis: ValidJourneyAnalysis,
  shown: string,
  format: RenderFormat,
  options: ProduceOptions,
): Promise<string | Buffer | Buffer[]> {
  checkPersona(analysis, options.persona);
  if (options.view === 'canvas') {
    if (!(CANVAS_FORMATS as readonly string[]).includes(format))
      throw UsageError.keyed({ key: 'cli.render.canvasFormats', data: { format } });
    const drawn = await produceCanvas(analysis, format as CanvasFormat, {
      persona: options.persona,
      theme: options.theme,
      page: options.page,
      ...(options.language ? { language: options.language } : {}),
      ...(options.warn ? { warn: options.warn } : {}),
    });
    // Every SVG written is well-formed XML, the canvas's too.
    if (format === 'svg' && typeof drawn === 'string') assertWellFormedSvg(drawn, shown);
    return drawn;
  }
  if (format === 'pdf') throw UsageError.keyed({ key: 'cli.render.pdfNeedsCanvas' });
  if (options.page !== undefined) throw UsageError.keyed({ key: 'cli.render.pageNeedsCanvas' });
  const persona = options.persona !== undefined ? { persona: options.persona } : {};
  if (format === 'markdown')
    return toMarkdown(analysis, {
      ...persona,
      fileName: basename(options.path),
      ...(options.language ? { language: options.language } : {}),
    });

  const diagram = toMermaid(analysis.journey, persona);
  if (format === 'mermaid') return diagram.text;
  if (diagram.text.length > MERMAID_MAX_TEXT_SIZE) {
    throw new UnrenderableMapError(
      `${shown} is too big to draw: its diagram has ${diagram.text.length.toLocaleString('en')} characters, ` +
        `more than Mermaid's limit of ${MERMAID_MAX_TEXT_SIZE.toLocaleString('en')} (the preview's limit too). ` +
        `Split the journey into several maps, or draw one persona with --persona.`,
    );
  }
  const renderer = await options.renderer();
  let svg: string;
  try {
    svg = await renderer.renderSvg(diagram.text, options.theme, diagram.actorSlots);
  } catch (error) {
    const reason =
      error instanceof Error ? error.message.replace(/^page\.evaluate: (Error: )?/, '').split('\n')[0] : String(error);
    throw new UnrenderableMapError(`${shown}: Mermaid could not draw the diagram: ${reason}`);
  }
  // Checked before anything is written, for png too: the picture is drawn from this SVG.
  assertWellFormedSvg(svg, shown);
  return format === 'svg' ? svg : renderer.renderPng(svg, options.theme);
}

/** A persona filter naming no persona of the map is a typo: say which ids exist. */
function checkPersona(analysis: ValidJourneyAnalysis, persona: string | undefined): void {
  if (persona === undefined) return;
  const ids = (analysis.journey.personas ?? []).map((candidate) => candidate.id);
  if (ids.includes(persona)) return;
  throw UsageError.keyed(
    ids.length === 0
      ? { key: 'cli.persona.none', data: { persona: neutralise(persona) } }
      : {
          key: 'cli.persona.unknown',
          data: { persona: neutralise(persona), personas: ids.map((id) => neutralise(id)).join(', ') },
        },
  );
}
