import type { TextFunction } from '../core/l10n/text';
import type { PreviewBanner } from '../shared/previewProtocol';

/**
 * The invalid-file banner above the diagram. Text only (textContent): the message quotes
 * the user's file, which may hold anything.
 */
export class BannerView {
  constructor(
    private readonly element: HTMLElement,
    private readonly t: TextFunction,
  ) {}

  showFinding(fileName: string, banner: PreviewBanner, keepsLastDiagram: boolean): void {
    const more = banner.errorCount > 1 ? this.t('preview.banner.moreErrors', { count: banner.errorCount - 1 }) : '';
    const location = `${fileName}:${banner.line}:${banner.column}`;
    const tail = keepsLastDiagram ? this.t('preview.banner.keepsLast') : '';
    this.show(`${location} ${banner.code}: ${banner.message}${more}.${tail}`.replace(/\.\.(\s|$)/g, '.$1'));
  }

  showRenderError(message: string): void {
    this.show(this.t('preview.banner.mermaidFailed', { message }));
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
