import * as vscode from 'vscode';
import { exportFileName } from '../../shared/exportNaming';

export type ExportKind = 'svg' | 'png' | 'markdown';

/** Built on use, not at load: the strings are in the display language of the running editor. */
function filters(kind: ExportKind): Record<string, string[]> {
  switch (kind) {
    case 'svg':
      return { [vscode.l10n.t('SVG image')]: ['svg'] };
    case 'png':
      return { [vscode.l10n.t('PNG image')]: ['png'] };
    default:
      return { [vscode.l10n.t('Markdown')]: ['md'] };
  }
}

/** `checkout.journey.yaml` → `checkout.svg` beside the map, the name `journey-map export` gives it too. */
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
