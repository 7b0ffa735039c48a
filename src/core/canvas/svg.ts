/**
 * renderCanvasSvg: a canvas layout → one self-contained SVG string. Presentation attributes only
 * (no <style>, no classes), so ImageMagick, rsvg, resvg and Inkscape draw it as a browser does;
 * every string is escaped and control characters are made visible; the SVG carries a <title>, a
 * <desc>, and a label on every element group, with data-kind / data-path / data-id for the preview.
 */
import { markerPolygon } from './markers';
import { type CanvasColor, type CanvasTheme, resolveColor } from './palette';
import { visibleText } from './text';
import { type CanvasPage, PAGE_MARGIN_PT } from './pages';
import type { CanvasElement, CanvasLayout, CanvasShape, CanvasText } from './types';
import { textIn } from '../l10n/text';

export interface SvgOptions {
  readonly theme?: CanvasTheme;
  /** Id prefix for the SVG's own ids (title, desc), when several canvases share a page. */
  readonly idPrefix?: string;
}

/** Escapes text and attribute values for XML (after making control characters visible). */
const XML_SPECIAL = /[&<>"']/;

export function xmlEscape(value: unknown): string {
  const text = visibleText(value);
  // Most labels need no escaping: skip the replace (a fifth of a large map's SVG time).
  if (!XML_SPECIAL.test(text)) return text;
  return text.replace(/[&<>"']/g, (char) =>
    char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '"' ? '&quot;' : '&#39;',
  );
}

function attr(name: string, value: string | number | undefined): string {
  return value === undefined ? '' : ` ${name}="${typeof value === 'number' ? num(value) : xmlEscape(value)}"`;
}

function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function renderCanvasSvg(layout: CanvasLayout, options: SvgOptions = {}): string {
  return document(layout, layout.width, layout.height, options, undefined);
}

export interface PageSvgOptions extends SvgOptions {
  /** Pixels per PDF point of the SVG's width and height (2: a 16:9 slide is 1920 × 1080). */
  readonly pixelsPerPoint?: number;
}

/** One page of a paged canvas as an SVG the size of the page (for slide PNGs). */
export function renderCanvasPageSvg(page: CanvasPage, options: PageSvgOptions = {}): string {
  const k = options.pixelsPerPoint ?? 2;
  return document(page.layout, page.width, page.height, options, {
    pixelWidth: page.width * k,
    pixelHeight: page.height * k,
    transform: `translate(${num(PAGE_MARGIN_PT)} ${num(PAGE_MARGIN_PT)}) scale(${Math.round(page.scale * 10000) / 10000})`,
  });
}

function document(
  layout: CanvasLayout,
  width: number,
  height: number,
  options: SvgOptions,
  page: { pixelWidth: number; pixelHeight: number; transform: string } | undefined,
): string {
  const theme = options.theme ?? 'light';
  const prefix = (options.idPrefix ?? 'journey-canvas').replace(/[^A-Za-z0-9_-]/g, '');
  const color = (value: CanvasColor): string => resolveColor(value, theme);
  const font = xmlEscape(layout.fontFamily);
  const role = xmlEscape(textIn(layout.language)('canvas.roleDescription'));
  // English drawings carry no lang attribute (they never did, and their bytes must not change);
  // any other language says which, so a screen reader reads the text in the right voice.
  const lang = layout.language === 'en' ? '' : ` lang="${layout.language}" xml:lang="${layout.language}"`;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(page?.pixelWidth ?? width)}" height="${num(page?.pixelHeight ?? height)}" viewBox="0 0 ${num(width)} ${num(height)}"` +
      `${lang} role="graphics-document" aria-roledescription="${role}" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="${font}">`,
  );
  out.push(`<title id="${prefix}-title">${xmlEscape(layout.title)}</title>`);
  out.push(`<desc id="${prefix}-desc">${xmlEscape(layout.description)}</desc>`);
  out.push(`<rect x="0" y="0" width="${num(width)}" height="${num(height)}" fill="${color('background')}"/>`);
  if (page) out.push(`<g transform="${page.transform}">`);
  for (const element of layout.elements) out.push(renderElement(element, color, font));
  if (page) out.push('</g>');
  out.push('</svg>');
  return out.join('\n');
}

function renderElement(element: CanvasElement, color: (value: CanvasColor) => string, font: string): string {
  const parts: string[] = [];
  parts.push(
    `<g${attr('data-kind', element.kind)}${attr('data-id', element.id)}${attr('data-path', JSON.stringify(element.path))}` +
      ` role="${element.interactive ? 'group' : 'presentation'}"${element.interactive ? attr('aria-label', element.label) : ''}>`,
  );
  if (element.interactive || element.tooltip)
    parts.push(`<title>${xmlEscape(element.tooltip ?? element.label)}</title>`);
  for (const shape of element.shapes) parts.push(renderShape(shape, color));
  for (const text of element.texts) parts.push(renderText(text, color, font, element.interactive));
  parts.push('</g>');
  return parts.join('');
}

function stroke(
  value: CanvasColor | undefined,
  width: number | undefined,
  dash: string | undefined,
  color: (value: CanvasColor) => string,
): string {
  if (!value || value === 'none') return '';
  return `${attr('stroke', color(value))}${attr('stroke-width', width ?? 1)}${dash ? attr('stroke-dasharray', dash) : ''}`;
}

function renderShape(shape: CanvasShape, color: (value: CanvasColor) => string): string {
  switch (shape.type) {
    case 'rect':
      return `<rect${attr('x', shape.x)}${attr('y', shape.y)}${attr('width', Math.max(0, shape.width))}${attr('height', Math.max(0, shape.height))}${shape.rx ? attr('rx', shape.rx) : ''}${attr('fill', color(shape.fill))}${stroke(shape.stroke, shape.strokeWidth, shape.dash, color)}/>`;
    case 'line':
      return `<line${attr('x1', shape.x1)}${attr('y1', shape.y1)}${attr('x2', shape.x2)}${attr('y2', shape.y2)}${stroke(shape.stroke, shape.strokeWidth, shape.dash, color)}/>`;
    case 'polyline':
      if (shape.points.length === 1) {
        const [x, y] = shape.points[0]!;
        return `<circle${attr('cx', x)}${attr('cy', y)} r="1.5"${attr('fill', color(shape.stroke))}/>`;
      }
      return `<polyline points="${shape.points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ')}" fill="none" stroke-linejoin="round" stroke-linecap="round"${stroke(shape.stroke, shape.strokeWidth, shape.dash, color)}/>`;
    case 'marker': {
      const polygon = markerPolygon(shape.shape, shape.x, shape.y, shape.size);
      const paint = `${attr('fill', color(shape.fill))}${stroke(shape.stroke, shape.strokeWidth ?? 1, undefined, color)}`;
      if (!polygon) return `<circle${attr('cx', shape.x)}${attr('cy', shape.y)}${attr('r', shape.size / 2)}${paint}/>`;
      return `<polygon points="${polygon.map(([x, y]) => `${num(x)},${num(y)}`).join(' ')}"${paint}/>`;
    }
  }
}

/**
 * Italic is drawn as a slanted upright face (skewX), not font-style="italic": the canvas font
 * ships no oblique face, so the PDF, resvg's PNG and every browser slant it the same way.
 */
export const ITALIC_SKEW_DEGREES = 12;
const ITALIC_TAN = Math.tan((ITALIC_SKEW_DEGREES * Math.PI) / 180);

function renderText(text: CanvasText, color: (value: CanvasColor) => string, font: string, labelled: boolean): string {
  const paint =
    ` font-family="${font}"${attr('font-size', text.fontSize)}` +
    `${text.bold ? ' font-weight="bold"' : ''}${attr('fill', color(text.color))}` +
    `${text.anchor !== 'start' ? attr('text-anchor', text.anchor) : ''}${labelled ? '' : ''}`;
  const title = text.fullText !== undefined ? `<title>${xmlEscape(text.fullText)}</title>` : '';
  if (text.italic) {
    // Slanted about each line's own baseline: the block is translated to the first baseline and
    // every further line moved right by what the skew takes away at its depth.
    const lines = text.lines
      .map(
        (line, index) =>
          `<tspan${attr('x', index * text.lineHeight * ITALIC_TAN)}${attr('y', index * text.lineHeight)}>${xmlEscape(line)}</tspan>`,
      )
      .join('');
    return `<text transform="translate(${num(text.x)} ${num(text.y)}) skewX(-${ITALIC_SKEW_DEGREES})"${paint}>${title}${lines}</text>`;
  }
  const lines = text.lines
    .map(
      (line, index) =>
        `<tspan${attr('x', text.x)}${attr('y', text.y + index * text.lineHeight)}>${xmlEscape(line)}</tspan>`,
    )
    .join('');
  return `<text${attr('x', text.x)}${attr('y', text.y)}${paint}>${title}${lines}</text>`;
}
