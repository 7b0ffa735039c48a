/**
 * The ids of the preview page's elements: previewHtml.ts writes the page with them and the
 * webview (previewPage.ts, preview.ts) looks the elements up by them, so a renamed id cannot
 * leave one side looking for an element the other no longer writes.
 */
export const PREVIEW_IDS = {
  toolbar: 'toolbar',
  viewMap: 'view-map',
  viewMermaid: 'view-mermaid',
  zoomOut: 'zoom-out',
  zoomLevel: 'zoom-level',
  zoomIn: 'zoom-in',
  zoomFit: 'zoom-fit',
  personaFilter: 'persona-filter',
  laneFilter: 'lane-filter',
  banner: 'banner',
  note: 'note',
  canvas: 'canvas',
  diagram: 'diagram',
  summary: 'summary',
} as const;

export type PreviewElementId = (typeof PREVIEW_IDS)[keyof typeof PREVIEW_IDS];
