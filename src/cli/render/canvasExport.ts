/**
 * The canvas view for `render` and `export`: SVG straight from core (no browser), PDF from core's
 * pdf-lib writer with the embedded canvas font, PNG rasterised by resvg with the same font files,
 * so all three wrap and draw text identically. Paged PNG gives one image per page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  canvasPages,
  layoutCanvas,
  missingGlyphsWarning,
  paginateCanvas,
  renderCanvasPageSvg,
  renderCanvasSvg,
  withLocalFindings,
  type CanvasOptions,
  type CanvasTheme,
  type PageSize,
} from '../../core/canvas/index';
import type { Language } from '../../core/l10n/index';
import { renderCanvasPdf } from '../../core/canvas/pdf';
import type { ValidJourneyAnalysis } from '../loadMap';
import { UsageError } from '../errors';

export const VIEWS = ['mermaid', 'canvas'] as const;
export type DrawingView = (typeof VIEWS)[number];
export const CANVAS_FORMATS = ['svg', 'png', 'pdf'] as const;
export type CanvasFormat = (typeof CANVAS_FORMATS)[number];
export const PAGE_OPTION_VALUES = ['a4', 'a3', 'letter', '16:9'] as const satisfies readonly PageSize[];

export interface CanvasProduceOptions {
  readonly persona: string | undefined;
  readonly theme: CanvasTheme;
  readonly page: PageSize | undefined;
  /** The reader's language (--lang, LANG): the canvas's words, unless the map declares its own `language`. */
  readonly language?: Language;
  /** Told what the output cannot show (characters the PDF's font lacks). */
  readonly warn?: (message: string) => void;
}

const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/** media/fonts of the package: beside dist/ when bundled, three levels up from src/cli/render under tsx. */
export function fontDirectory(): string {
  const candidates = [join(__dirname, '..', 'media', 'fonts'), join(__dirname, '..', '..', '..', 'media', 'fonts')];
  const found = candidates.find((candidate) => existsSync(join(candidate, FONT_FILES.regular)));
  if (!found)
    throw new UsageError(`The canvas font is missing (looked in ${candidates.join(', ')}); reinstall journey-map.`);
  return found;
}

let fontCache: { regular: Buffer; bold: Buffer } | undefined;
function fonts(): { regular: Buffer; bold: Buffer } {
  if (!fontCache) {
    const dir = fontDirectory();
    fontCache = {
      regular: readFileSync(join(dir, FONT_FILES.regular)),
      bold: readFileSync(join(dir, FONT_FILES.bold)),
    };
  }
  return fontCache;
}

/** Largest PNG side we write: ImageMagick and many viewers refuse images over 16K pixels. */
const MAX_PNG_SIDE = 16_000;

function rasterise(svg: string, width: number): Buffer {
  // Loaded on demand: a native module, needed for PNG only.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Resvg } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const dir = fontDirectory();
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: [join(dir, FONT_FILES.regular), join(dir, FONT_FILES.bold)],
      // System fonts only as a fallback for scripts DejaVu Sans lacks (CJK, emoji).
      loadSystemFonts: true,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
    fitTo: { mode: 'width', value: Math.round(width) },
    background: 'rgba(0,0,0,0)',
  });
  return resvg.render().asPng();
}

/** One map as canvas SVG (string), PDF (bytes), PNG (bytes), or paged PNG (one per page). */
export async function produceCanvas(
  mapAnalysis: ValidJourneyAnalysis,
  format: CanvasFormat,
  options: CanvasProduceOptions,
): Promise<string | Buffer | Buffer[]> {
  // The gap markers' tooltips in the canvas's language, as its own words.
  const analysis = withLocalFindings(mapAnalysis, options.language);
  const canvasOptions: CanvasOptions = {
    ...(options.persona !== undefined ? { personas: [options.persona] } : {}),
    ...(options.language ? { language: options.language } : {}),
  };
  const theme = options.theme;
  if (format === 'svg') {
    if (options.page !== undefined) throw UsageError.keyed({ key: 'cli.render.pageNotSvg' });
    return renderCanvasSvg(layoutCanvas(analysis, canvasOptions), { theme });
  }
  if (format === 'pdf') {
    const pages = canvasPages(analysis, canvasOptions, options.page);
    const missing = missingGlyphsWarning(pages, options.language);
    if (missing) options.warn?.(missing);
    return Buffer.from(await renderCanvasPdf(pages, { theme, fonts: fonts() }));
  }
  if (options.page !== undefined) {
    const pages = paginateCanvas(analysis, canvasOptions, options.page);
    return pages.map((page) => rasterise(renderCanvasPageSvg(page, { theme, pixelsPerPoint: 2 }), page.width * 2));
  }
  const layout = layoutCanvas(analysis, canvasOptions);
  const scale = Math.min(2, MAX_PNG_SIDE / Math.max(layout.width, layout.height));
  return rasterise(renderCanvasSvg(layout, { theme }), layout.width * scale);
}

/** `out.png` → `out-1.png`, `out-2.png` … for paged PNG. */
export function pagedName(path: string, index: number): string {
  const dot = path.toLowerCase().endsWith('.png') ? path.length - 4 : path.length;
  return `${path.slice(0, dot)}-${index + 1}${path.slice(dot) || '.png'}`;
}
