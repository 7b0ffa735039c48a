import type { PreviewBanner } from '../shared/previewProtocol';

/**
 * The invalid-file banner above the diagram. Text only (textContent): the message quotes
 * the user's file, which may hold anything.
 */
export class BannerView {
  constructor(private readonly element: HTMLElement) {}

  showFinding(fileName: string, banner: PreviewBanner, keepsLastDiagram: boolean): void {
    const more =
      banner.errorCount > 1
        ? ` (and ${banner.errorCount - 1} more ${banner.errorCount === 2 ? 'error' : 'errors'})`
        : '';
    const location = `${fileName}:${banner.line}:${banner.column}`;
    const tail = keepsLastDiagram ? ' Showing the last valid diagram.' : '';
    this.show(`${location} ${banner.code}: ${banner.message}${more}.${tail}`.replace(/\.\.(\s|$)/g, '.$1'));
  }

  showRenderError(message: string): void {
    this.show(`Mermaid could not draw this map: ${message} Showing the last valid diagram.`);
  }

  show(text: string): void {
    this.element.textContent = text;
    this.element.hidden = false;
  }

  hide(): void {
    this.element.textContent = '';
    this.element.hidden = true;
  }
}
