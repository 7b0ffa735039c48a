/**
 * Entry of the preview page (dist/webview/preview.js), loaded by
 * `<script type="module" nonce>` under a nonce-only CSP. Settings come from the
 * body's data-settings attribute and are validated before use: no inline data scripts.
 */
import { parsePreviewPageSettings } from '../shared/previewProtocol';
import { PreviewPage } from './previewPage';
import { getVsCodeApi } from './vscodeApi';
import { PREVIEW_IDS } from '../shared/previewDom';
import { toLanguage } from '../core/l10n/language';
import { textIn } from '../core/l10n/text';

function readSettings(): ReturnType<typeof parsePreviewPageSettings> {
  try {
    return parsePreviewPageSettings(JSON.parse(document.body.dataset.settings ?? 'null'));
  } catch {
    return undefined;
  }
}

const settings = readSettings();
if (settings) {
  new PreviewPage(getVsCodeApi(), settings).start();
} else {
  const banner = document.getElementById(PREVIEW_IDS.banner);
  if (banner) {
    // No settings, so no settings.language: the page's own lang attribute (written by the
    // extension in the display language), else the webview's, else English.
    const language = toLanguage(document.documentElement.lang) ?? toLanguage(navigator.language) ?? 'en';
    banner.textContent = textIn(language)('preview.banner.noSettings');
    banner.hidden = false;
  }
}
