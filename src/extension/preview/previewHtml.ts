/**
 * The preview page's HTML. Pure string building (no vscode), so the browser tests serve
 * exactly this page. Everything interpolated is either a URI we made or attribute-escaped.
 */
import type { PreviewPageSettings } from '../../shared/previewProtocol';
import { PREVIEW_IDS } from '../../shared/previewDom';
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
<div id="${PREVIEW_IDS.toolbar}" role="toolbar" aria-label="Preview">
<div class="toolbar-group" role="group" aria-label="View">
<button id="${PREVIEW_IDS.viewMap}" type="button" aria-pressed="false" title="The journey canvas: every lane of the map">Map</button>
<button id="${PREVIEW_IDS.viewMermaid}" type="button" aria-pressed="false" title="Mermaid's journey diagram">Mermaid</button>
</div>
<div class="toolbar-group" role="group" aria-label="Zoom">
<button id="${PREVIEW_IDS.zoomOut}" type="button" title="Zoom out" aria-label="Zoom out">&#x2212;</button>
<button id="${PREVIEW_IDS.zoomLevel}" type="button" title="Back to 100 %" aria-live="polite">100%</button>
<button id="${PREVIEW_IDS.zoomIn}" type="button" title="Zoom in" aria-label="Zoom in">+</button>
<button id="${PREVIEW_IDS.zoomFit}" type="button" title="Fit the drawing to the panel width" aria-label="Fit to width">Fit</button>
</div>
<details id="${PREVIEW_IDS.personaFilter}" class="choice-menu" hidden><summary>Personas: all</summary><div class="choice-list" role="group" aria-label="Personas to show"></div></details>
<details id="${PREVIEW_IDS.laneFilter}" class="choice-menu" hidden><summary>Lanes: all</summary><div class="choice-list" role="group" aria-label="Lanes to show"></div></details>
</div>
<div id="${PREVIEW_IDS.banner}" role="alert" hidden></div>
<div id="${PREVIEW_IDS.note}" role="status" hidden></div>
<div id="${PREVIEW_IDS.canvas}" class="view" aria-label="Journey map" hidden></div>
<div id="${PREVIEW_IDS.diagram}" class="view" tabindex="0" aria-label="Journey diagram" hidden></div>
<section id="${PREVIEW_IDS.summary}" aria-label="Journey summary"></section>
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
