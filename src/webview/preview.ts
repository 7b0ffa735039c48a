/**
 * Entry of the preview page (dist/webview/preview.js), loaded by
 * `<script type="module" nonce>` under a nonce-only CSP. Settings come from the
 * body's data-settings attribute and are validated before use: no inline data scripts.
 */
import { parsePreviewPageSettings } from '../shared/previewProtocol';
import { PreviewPage } from './previewPage';
import { getVsCodeApi } from './vscodeApi';
import { PREVIEW_IDS } from '../shared/previewDom';

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
    banner.textContent =
      'The preview could not start: its settings are missing or damaged. Close it and open the preview again.';
    banner.hidden = false;
  }
}
