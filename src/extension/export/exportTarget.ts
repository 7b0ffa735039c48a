import * as vscode from 'vscode';
import { exportFileName } from '../../shared/exportNaming';

/** svg/png: Mermaid's diagram; map-*: the journey canvas. */
export type ExportKind = 'svg' | 'png' | 'markdown' | 'map-svg' | 'map-png' | 'map-pdf';

/** Built on use, not at load: the strings are in the display language of the running editor. */
function filters(kind: ExportKind): Record<string, string[]> {
  switch (kind) {
    case 'svg':
    case 'map-svg':
      return { [vscode.l10n.t('SVG image')]: ['svg'] };
    case 'png':
    case 'map-png':
      return { [vscode.l10n.t('PNG image')]: ['png'] };
    case 'map-pdf':
      return { [vscode.l10n.t('PDF document')]: ['pdf'] };
    default:
      return { [vscode.l10n.t('Markdown')]: ['md'] };
  }
}

/**
 * `checkout.journey.yaml` → `checkout.svg` (the canvas: `checkout.map.svg`) beside the map,
 * the names `journey-map export` gives them too (src/shared/exportNaming.ts).
 */
export function defaultExportUri(mapUri: vscode.Uri, kind: ExportKind): vscode.Uri {
  return vscode.Uri.joinPath(mapUri, '..', exportFileName(mapUri.path.slice(mapUri.path.lastIndexOf('/') + 1), kind));
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
    filters: filters(kind),
    saveLabel: vscode.l10n.t('Export'),
  });
}
