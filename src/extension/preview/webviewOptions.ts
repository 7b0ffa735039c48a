import * as vscode from 'vscode';

/** The panel's view type, also the serializer's key (and what the e2e tests look for). */
export const PREVIEW_VIEW_TYPE = 'journeyMap.preview';

/**
 * What the preview webview may do: run its own scripts, load files only from the built
 * webview folder and the media folder, no forms, no command links. Applied when a panel
 * is created AND again when one is restored after a reload (restored panels keep the
 * options they were saved with, which may come from an older version).
 */
export function previewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableForms: false,
    enableCommandUris: false,
    localResourceRoots: [
      vscode.Uri.joinPath(extensionUri, 'dist', 'webview'),
      vscode.Uri.joinPath(extensionUri, 'media'),
    ],
  };
}

/**
 * Panel options. The page stays alive while hidden: Mermaid costs ~0.5 s to load, the
 * user's zoom and scroll survive tab switches, and exports work from a background tab.
 */
export const PREVIEW_PANEL_OPTIONS: vscode.WebviewPanelOptions = {
  retainContextWhenHidden: true,
  enableFindWidget: true,
};
