/**
 * renderCanvasPdf: canvas pages → a PDF drawn from the layout with pdf-lib and the embedded canvas
 * font (no browser; runs in Node, the extension host and the webview alike). Text stays text:
 * selectable, searchable, and measurable by `pdftotext -bbox`.
 *
 * pdf-lib and fontkit are 1.3 MB of the bundles that take them, so this module is not re-exported
 * by ./index: the CLI imports it directly, the editor loads it as its own chunk at the first PDF
 * export (dist/pdf.js, src/extension/export/pdfWriter.ts), and the servers and webviews never do.
 */
import fontkit from '@pdf-lib/fontkit';
import { degrees, LineCapStyle, LineJoinStyle, PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { markerPolygon } from './markers';
import { ITALIC_SKEW_DEGREES } from './svg';
import { PAGE_MARGIN_PT, type CanvasPage } from './pages';
import { type CanvasColor, type CanvasTheme, resolveColor } from './palette';
import type { CanvasShape, CanvasText } from './types';

export interface PdfOptions {
  readonly theme?: CanvasTheme;
  /** The canvas font files (media/fonts/DejaVuSans.ttf and DejaVuSans-Bold.ttf). */
  readonly fonts: { readonly regular: Uint8Array; readonly bold: Uint8Array };
}

export async function renderCanvasPdf(pages: readonly CanvasPage[], options: PdfOptions): Promise<Uint8Array> {
  const theme = options.theme ?? 'light';
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(options.fonts.regular, { subset: true });
  const bold = await pdf.embedFont(options.fonts.bold, { subset: true });
  const first = pages[0]?.layout;
  pdf.setTitle(first?.title ?? 'Journey map', { showInWindowTitleBar: true });
  if (first) pdf.setSubject(first.description);
  pdf.setCreator('journey-map');
  pdf.setProducer('journey-map (pdf-lib)');
  pdf.setLanguage(first?.language ?? 'en');
  for (const spec of pages) {
    const page = pdf.addPage([spec.width, spec.height]);
    const color = (value: CanvasColor) => hex(resolveColor(value, theme));
    page.drawRectangle({ x: 0, y: 0, width: spec.width, height: spec.height, color: color('background') });
    const draw = new PageDrawer(page, spec, color, regular, bold);
    for (const element of spec.layout.elements) {
      for (const shape of element.shapes) draw.shape(shape);
      for (const text of element.texts) draw.text(text);
    }
  }
  return pdf.save({ useObjectStreams: true });
}

// missingGlyphs and missingGlyphsWarning moved to ./glyphCoverage.ts: they need no pdf-lib.

function hex(value: string) {
  if (value === 'none') return undefined;
  const n = parseInt(value.replace('#', ''), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

class PageDrawer {
  private readonly originX = PAGE_MARGIN_PT;
  private readonly originY: number;

  constructor(
    private readonly page: PDFPage,
    private readonly spec: CanvasPage,
    private readonly color: (value: CanvasColor) => ReturnType<typeof hex>,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.originY = spec.height - PAGE_MARGIN_PT;
  }

  private get s(): number {
    return this.spec.scale;
  }

  /** Draws an SVG path in canvas px (pdf-lib flips y below the origin). */
  private path(
    d: string,
    fill: CanvasColor | undefined,
    stroke: CanvasColor | undefined,
    width: number,
    dash?: string,
  ): void {
    const borderDashArray = dash ? dash.split(/\s+/).map((part) => Number(part) * this.s) : undefined;
    this.page.drawSvgPath(d, {
      x: this.originX,
      y: this.originY,
      scale: this.s,
      ...(fill && fill !== 'none' ? { color: this.color(fill) } : {}),
      ...(stroke && stroke !== 'none' ? { borderColor: this.color(stroke), borderWidth: width * this.s } : {}),
      ...(borderDashArray ? { borderDashArray } : {}),
      borderLineCap: LineCapStyle.Round,
    });
  }

  shape(shape: CanvasShape): void {
    switch (shape.type) {
      case 'rect': {
        if (shape.width <= 0 || shape.height <= 0) return;
        const r = Math.min(shape.rx ?? 0, shape.width / 2, shape.height / 2);
        const { x, y, width: w, height: h } = shape;
        const d =
          r > 0
            ? `M${x + r},${y} H${x + w - r} A${r},${r} 0 0 1 ${x + w},${y + r} V${y + h - r} A${r},${r} 0 0 1 ${x + w - r},${y + h} H${x + r} A${r},${r} 0 0 1 ${x},${y + h - r} V${y + r} A${r},${r} 0 0 1 ${x + r},${y} Z`
            : `M${x},${y} H${x + w} V${y + h} H${x} Z`;
        this.path(d, shape.fill, shape.stroke, shape.strokeWidth ?? 1, shape.dash);
        return;
      }
      case 'line':
        this.path(
          `M${shape.x1},${shape.y1} L${shape.x2},${shape.y2}`,
          undefined,
          shape.stroke,
          shape.strokeWidth,
          shape.dash,
        );
        return;
      case 'polyline': {
        if (shape.points.length < 2) return;
        const d = shape.points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${x},${y}`).join(' ');
        this.page.drawSvgPath(d, {
          x: this.originX,
          y: this.originY,
          scale: this.s,
          borderColor: this.color(shape.stroke),
          borderWidth: shape.strokeWidth * this.s,
          borderLineCap: LineCapStyle.Round,
          ...(shape.dash ? { borderDashArray: shape.dash.split(/\s+/).map((part) => Number(part) * this.s) } : {}),
        });
        void LineJoinStyle;
        return;
      }
      case 'marker': {
        const polygon = markerPolygon(shape.shape, shape.x, shape.y, shape.size);
        const r = shape.size / 2;
        const d = polygon
          ? `${polygon.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${x},${y}`).join(' ')} Z`
          : `M${shape.x - r},${shape.y} A${r},${r} 0 1 0 ${shape.x + r},${shape.y} A${r},${r} 0 1 0 ${shape.x - r},${shape.y} Z`;
        this.path(d, shape.fill, shape.stroke, shape.strokeWidth ?? 1);
        return;
      }
    }
  }

  text(text: CanvasText): void {
    const font = text.bold ? this.bold : this.regular;
    const size = text.fontSize * this.s;
    const color = this.color(text.color);
    for (const [index, line] of text.lines.entries()) {
      const width = font.widthOfTextAtSize(line, size);
      const x =
        this.originX + text.x * this.s - (text.anchor === 'middle' ? width / 2 : text.anchor === 'end' ? width : 0);
      const y = this.originY - (text.y + index * text.lineHeight) * this.s;
      // Italic as the SVG draws it: the upright face slanted (pdf-lib's ySkew moves x by y).
      this.page.drawText(line, {
        x,
        y,
        size,
        font,
        ...(color ? { color } : {}),
        ...(text.italic ? { ySkew: degrees(ITALIC_SKEW_DEGREES) } : {}),
      });
    }
  }
}
