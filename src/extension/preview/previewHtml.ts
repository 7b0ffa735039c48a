/**
 * The preview page's HTML. Pure string building (no vscode), so the browser tests serve
 * exactly this page. Everything interpolated is either a URI we made or attribute-escaped.
 */
import type { PreviewPageSettings } from '../../shared/previewProtocol';
import { buildContentSecurityPolicy } from './contentSecurityPolicy';

export interface PreviewHtmlInput {
  /** `webview.cspSource` (or the test server's origin). */
  readonly cspSource: string;
  readonly nonce: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly settings: PreviewPageSettings;
  readonly title: string;
}

export function buildPreviewHtml(input: PreviewHtmlInput): string {
  const csp = buildContentSecurityPolicy(input.cspSource, input.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(input.styleUri)}">
<title>${escapeText(input.title)}</title>
</head>
<body data-settings="${escapeAttribute(JSON.stringify(input.settings))}">
<div id="toolbar" role="toolbar" aria-label="Diagram zoom">
<button id="zoom-out" type="button" title="Zoom out" aria-label="Zoom out">&#x2212;</button>
<span id="zoom-level" aria-live="polite">100%</span>
<button id="zoom-in" type="button" title="Zoom in" aria-label="Zoom in">+</button>
<button id="zoom-fit" type="button" title="Fit the diagram to the panel width" aria-label="Fit to width">Fit</button>
</div>
<div id="banner" role="alert" hidden></div>
<div id="diagram" tabindex="0" aria-label="Journey diagram"></div>
<section id="summary" aria-label="Journey summary"></section>
<script type="module" nonce="${escapeAttribute(input.nonce)}" src="${escapeAttribute(input.scriptUri)}"></script>
</body>
</html>`;
}

export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
