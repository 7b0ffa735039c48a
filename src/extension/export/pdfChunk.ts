/**
 * The entry of dist/pdf.js: core's PDF writer with pdf-lib and fontkit (1.3 MB), built as its own
 * CommonJS chunk that both extension hosts load at the first PDF export (pdfWriter.ts), so neither
 * extension bundle carries it. Nothing else may be exported from here.
 */
export { renderCanvasPdf } from '../../core/canvas/pdf';
