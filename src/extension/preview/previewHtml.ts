/**
 * The preview page's HTML. Pure string building (no vscode), so the browser tests serve
 * exactly this page. Everything interpolated is either a URI we made or attribute-escaped.
 */
import type { PreviewPageSettings } from '../../shared/previewProtocol';
import type { MessageKey } from '../../core/l10n/catalogues/en';
import { textIn } from '../../core/l10n/text';
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
  const language = input.settings.language;
  const text = textIn(language);
  const t = (key: MessageKey) => escapeAttribute(text(key));
  const all = (noun: MessageKey) => escapeAttribute(text('preview.filter.all', { noun: text(noun) }));
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(input.styleUri)}">
<title>${escapeText(input.title)}</title>
</head>
<body data-settings="${escapeAttribute(JSON.stringify(input.settings))}">
<div id="${PREVIEW_IDS.toolbar}" role="toolbar" aria-label="${t('preview.toolbar')}">
<div class="toolbar-group" role="group" aria-label="${t('preview.views')}">
<button id="${PREVIEW_IDS.viewMap}" type="button" aria-pressed="false" title="${t('preview.view.map.title')}">${t('preview.view.map')}</button>
<button id="${PREVIEW_IDS.viewMermaid}" type="button" aria-pressed="false" title="${t('preview.view.mermaid.title')}">${t('preview.view.mermaid')}</button>
</div>
<div class="toolbar-group" role="group" aria-label="${t('preview.zoom')}">
<button id="${PREVIEW_IDS.zoomOut}" type="button" title="${t('preview.zoom.out')}" aria-label="${t('preview.zoom.out')}">&#x2212;</button>
<button id="${PREVIEW_IDS.zoomLevel}" type="button" title="${t('preview.zoom.reset')}" aria-live="polite">100%</button>
<button id="${PREVIEW_IDS.zoomIn}" type="button" title="${t('preview.zoom.in')}" aria-label="${t('preview.zoom.in')}">+</button>
<button id="${PREVIEW_IDS.zoomFit}" type="button" title="${t('preview.zoom.fit.title')}" aria-label="${t('preview.zoom.fit.label')}">${t('preview.zoom.fit')}</button>
</div>
<details id="${PREVIEW_IDS.personaFilter}" class="choice-menu" hidden><summary>${all('preview.filter.personas')}</summary><div class="choice-list" role="group" aria-label="${t('preview.filter.personas.label')}"></div></details>
<details id="${PREVIEW_IDS.laneFilter}" class="choice-menu" hidden><summary>${all('preview.filter.lanes')}</summary><div class="choice-list" role="group" aria-label="${t('preview.filter.lanes.label')}"></div></details>
</div>
<div id="${PREVIEW_IDS.banner}" role="alert" hidden></div>
<div id="${PREVIEW_IDS.note}" role="status" hidden></div>
<div id="${PREVIEW_IDS.canvas}" class="view" aria-label="${t('preview.canvas.label')}" hidden></div>
<div id="${PREVIEW_IDS.diagram}" class="view" tabindex="0" aria-label="${t('preview.diagram.label')}" hidden></div>
<section id="${PREVIEW_IDS.summary}" aria-label="${t('preview.summary.label')}"></section>
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
