/**
 * The canvas font files the package ships (media/fonts), read from the extension's own files
 * (readExtensionFile: vscode.workspace.fs, or the extension's CDN on vscode.dev) so the PDF
 * export works on the web too (no Node `fs`). Read once per session: 1.4 MB.
 */
import * as vscode from 'vscode';
import { readExtensionFile } from './extensionFiles';

export interface CanvasFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

let cached: Promise<CanvasFonts> | undefined;

export function loadCanvasFonts(extensionUri: vscode.Uri): Promise<CanvasFonts> {
  if (!cached) {
    const read = (name: string) => readExtensionFile(vscode.Uri.joinPath(extensionUri, 'media', 'fonts', name));
    cached = Promise.all([read('DejaVuSans.ttf'), read('DejaVuSans-Bold.ttf')]).then(([regular, bold]) => ({
      regular,
      bold,
    }));
    // A failed read (a broken install) is not remembered: the next export tries again.
    cached.catch(() => (cached = undefined));
  }
  return cached;
}
