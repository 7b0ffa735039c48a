/**
 * Loads the PDF writer (dist/pdf.js, built from pdfChunk.ts) at the first PDF export, once per
 * session. The chunk is read like any file the extension ships and run as VS Code runs a web
 * extension's code: as the body of a function of `module` and `exports`. One way for both hosts:
 * the web-worker host forbids `importScripts`, has no module loader for extension files and
 * refuses workers from `vscode-remote:`, and the same path serves the Node host, so the desktop
 * integration suite and the web one test the same loading.
 */
import * as vscode from 'vscode';
import { readExtensionFile } from './extensionFiles';

export type PdfWriter = typeof import('./pdfChunk');

let cached: Promise<PdfWriter> | undefined;

export function loadPdfWriter(extensionUri: vscode.Uri): Promise<PdfWriter> {
  if (!cached) {
    cached = loadChunk(vscode.Uri.joinPath(extensionUri, 'dist', 'pdf.js'));
    // A failed load (a broken install) is not remembered: the next export tries again.
    cached.catch(() => (cached = undefined));
  }
  return cached;
}

async function loadChunk(chunk: vscode.Uri): Promise<PdfWriter> {
  const source = new TextDecoder().decode(await readExtensionFile(chunk));
  const module: { exports: Partial<PdfWriter> } = { exports: {} };
  // sourceURL names the chunk in stack traces and the debugger, as VS Code does for extension code.
  const body = new Function('module', 'exports', `${source}\n//# sourceURL=${chunk.toString(true)}`);
  body(module, module.exports);
  if (typeof module.exports.renderCanvasPdf !== 'function')
    throw new Error(`${chunk.toString(true)} is not the PDF writer: rebuild the extension`);
  return module.exports as PdfWriter;
}
