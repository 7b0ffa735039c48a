import * as vscode from 'vscode';

/** svg/png: Mermaid's diagram; map-*: the journey canvas. */
export type ExportKind = 'svg' | 'png' | 'markdown' | 'map-svg' | 'map-png' | 'map-pdf';

const EXTENSION: Record<ExportKind, string> = {
  svg: 'svg',
  png: 'png',
  markdown: 'md',
  'map-svg': 'map.svg',
  'map-png': 'map.png',
  'map-pdf': 'map.pdf',
};
const FILTERS: Record<ExportKind, Record<string, string[]>> = {
  svg: { 'SVG image': ['svg'] },
  png: { 'PNG image': ['png'] },
  markdown: { Markdown: ['md'] },
  'map-svg': { 'SVG image': ['svg'] },
  'map-png': { 'PNG image': ['png'] },
  'map-pdf': { 'PDF document': ['pdf'] },
};

/** `checkout.journey.yaml` → `checkout.journey.svg` (the canvas: `checkout.journey.map.svg`), beside the map. */
export function defaultExportUri(mapUri: vscode.Uri, kind: ExportKind): vscode.Uri {
  const name = mapUri.path.slice(mapUri.path.lastIndexOf('/') + 1).replace(/\.ya?ml$/i, '');
  return vscode.Uri.joinPath(mapUri, '..', `${name}.${EXTENSION[kind]}`);
}

/**
 * Where to write: the target the command was given (tests, other extensions), else the
 * user's choice in a save dialog that starts beside the map. Undefined means cancelled.
 */
export async function chooseExportTarget(
  mapUri: vscode.Uri,
  kind: ExportKind,
  given: unknown,
): Promise<vscode.Uri | undefined> {
  if (given instanceof vscode.Uri) return given;
  if (typeof given === 'string' && given.length > 0)
    return given.includes('://') ? vscode.Uri.parse(given, true) : vscode.Uri.file(given);
  return vscode.window.showSaveDialog({
    defaultUri: defaultExportUri(mapUri, kind),
    filters: FILTERS[kind],
    saveLabel: 'Export',
  });
}
