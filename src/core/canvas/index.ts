/** The journey canvas: pure layout (no DOM) and its SVG rendering, shared by the preview, the editor's exports and the CLI. */
export { canvasLanguage, laneLabels, layoutCanvas, type CanvasOptions, type StageSlice } from './layout';
export type { CanvasSource, DrawnFinding } from './model';
export { withLocalFindings } from './localFindings';
export { canvasWords, type CanvasWords } from './words';
export { renderCanvasSvg, type SvgOptions } from './svg';
export {
  CANVAS_THEMES,
  contrastRatio,
  personaColours,
  personaStyle,
  resolveColor,
  THEME_COLOURS,
  type CanvasColor,
  type CanvasTheme,
  type ColorToken,
  type MarkerShape,
  type PersonaStyle,
} from './palette';
export { CANVAS_FONT_FAMILY, measureText } from './font/measure';
export { wrapText, visibleText } from './text';
export { MIN_FONT_SIZE } from './stack';
export * from './types';
export {
  paginateCanvas,
  canvasPages,
  singlePage,
  pageScale,
  PAGE_POINTS,
  PAGE_SIZES,
  MIN_PRINT_PT,
  type CanvasPage,
  type PageSize,
} from './pages';
export { renderCanvasPageSvg, type PageSvgOptions } from './svg';
export { missingGlyphs, missingGlyphsWarning } from './glyphCoverage';
// renderCanvasPdf is not here: import it from './pdf' (pdf-lib and fontkit, 1.3 MB), see that file.
