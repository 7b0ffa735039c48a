/**
 * Web-only checks, run in code-server's web-worker extension host: the code really runs in
 * a worker (a silent fallback to the Node host must fail here), the language server answers
 * from its own worker, and `.journeymaprc.json` is read through vscode.workspace.fs.
 */
import * as assert from 'node:assert/strict';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import * as vscode from 'vscode';
import type { JourneyMapApi } from '../../src/extension/activate';
import { defaultExportUri } from '../../src/extension/export/exportTarget';
import { DEFAULT_VIEW_OPTIONS } from '../../src/shared/previewUpdate';
import {
  activatedExtension,
  codeOf,
  diagnosticsOf,
  EXTENSION_ID,
  openSample,
  workspaceUri,
} from '../integration/editorSupport';
import { WEB_PDF_EXPORT } from './protocol';

declare const WorkerGlobalScope: (abstract new () => unknown) | undefined;

/** Each web test says so itself: a silent fallback to the Node host must fail it. */
function assertInWorker(): void {
  assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'process is not defined');
}

const encode = (text: string) => new TextEncoder().encode(text);
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

suite('web worker extension host', () => {
  suiteSetup(async () => {
    await activatedExtension();
  });

  test('runs in a web worker: no process, a WorkerGlobalScope', () => {
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'process is not defined');
    assert.ok(
      typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope,
      'a WorkerGlobalScope',
    );
    // VS Code marks fetching and running each extension's code in the worker: print ours (bundle size matters here).
    const mark = (name: string) => performance.getEntriesByName(`code/extHost/${name}/${EXTENSION_ID}`)[0]?.startTime;
    const [willFetch, didFetch, willLoad, didLoad] = [
      'willFetchExtensionCode',
      'didFetchExtensionCode',
      'willLoadExtensionCode',
      'didLoadExtensionCode',
    ].map(mark);
    if (willFetch !== undefined && didFetch !== undefined && willLoad !== undefined && didLoad !== undefined)
      console.log(
        `    dist/web/extension.js: fetched in ${(didFetch - willFetch).toFixed(0)} ms, evaluated in ${(didLoad - willLoad).toFixed(0)} ms`,
      );
  });

  test('reports schema errors from the server in its worker', async () => {
    const document = await openSample('invalid/schema-errors.journey.yaml');
    const diagnostics = await diagnosticsOf(document.uri, (d) => d.some((x) => codeOf(x) === 'JM105'));
    const clamp = diagnostics.find((d) => codeOf(d) === 'JM105' && d.range.start.line === 17);
    assert.ok(clamp, diagnostics.map((d) => `${codeOf(d)}@${d.range.start.line}`).join(', '));
    assert.equal(document.getText(clamp.range), '7');
  });

  test('reads .journeymaprc.json through vscode.workspace.fs', async () => {
    const document = await openSample('invalid/gaps.journey.yaml');
    const rc = workspaceUri('.journeymaprc.json');
    try {
      await vscode.workspace.fs.writeFile(
        rc,
        new TextEncoder().encode(JSON.stringify({ rules: { 'touchpoint-without-owner': 'error' } })),
      );
      await diagnosticsOf(
        document.uri,
        (d) => d.find((x) => codeOf(x) === 'JM212')?.severity === vscode.DiagnosticSeverity.Error,
        'JM212 as an error from .journeymaprc.json',
      );
    } finally {
      await vscode.workspace.fs.delete(rc);
    }
  });

  test('exports Markdown through vscode.workspace.fs', async () => {
    const document = await openSample('parcel-delivery.journey.yaml');
    const target = workspaceUri('web-export.md');
    const written = await vscode.commands.executeCommand<vscode.Uri>('journeyMap.exportMarkdown', document.uri, target);
    assert.ok(written, 'the export wrote a file');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(text, /```mermaid/);
  });

  test('the nearest .journeymaprc.json wins: a folder’s over the root’s, both read through workspace.fs', async () => {
    assertInWorker();
    const document = await openSample('invalid/gaps.journey.yaml');
    const root = workspaceUri('.journeymaprc.json');
    const nearest = workspaceUri('invalid/.journeymaprc.json');
    try {
      await vscode.workspace.fs.writeFile(
        root,
        encode(JSON.stringify({ rules: { 'touchpoint-without-owner': 'off' } })),
      );
      await diagnosticsOf(document.uri, (d) => !d.some((x) => codeOf(x) === 'JM212'), 'JM212 off from the root file');
      await vscode.workspace.fs.writeFile(
        nearest,
        encode(JSON.stringify({ rules: { 'touchpoint-without-owner': 'error' } })),
      );
      await diagnosticsOf(
        document.uri,
        (d) => d.find((x) => codeOf(x) === 'JM212')?.severity === vscode.DiagnosticSeverity.Error,
        'JM212 as an error from invalid/.journeymaprc.json, the nearer one',
      );
    } finally {
      await vscode.workspace.fs.delete(nearest).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(root).then(undefined, () => undefined);
    }
  });

  test('.journeymapignore keeps a map out of Check All Maps, as for journey-map check', async () => {
    assertInWorker();
    const ignore = workspaceUri('.journeymapignore');
    const before = await vscode.commands.executeCommand<{ maps: number }>('journeyMap.checkWorkspace');
    assert.ok(before && before.maps >= 5, `checked ${before?.maps} maps`);
    try {
      await vscode.workspace.fs.writeFile(ignore, encode('# drafts\ninvalid/metrics.journey.yaml\n'));
      const after = await waitForCheck((summary) => summary.maps === before.maps - 1);
      assert.equal(after.maps, before.maps - 1, 'one map fewer');
    } finally {
      await vscode.workspace.fs.delete(ignore).then(undefined, () => undefined);
    }
  });

  test('names exports as journey-map export does (delivery.journey.yaml → delivery.svg, the canvas .map.svg)', () => {
    assertInWorker();
    const map = workspaceUri('parcel-delivery.journey.yaml');
    assert.match(defaultExportUri(map, 'svg').path, /\/parcel-delivery\.svg$/);
    assert.match(defaultExportUri(map, 'png').path, /\/parcel-delivery\.png$/);
    assert.match(defaultExportUri(map, 'markdown').path, /\/parcel-delivery\.md$/);
    assert.match(defaultExportUri(map, 'map-svg').path, /\/parcel-delivery\.map\.svg$/);
  });

  test('exports SVG and PNG drawn by the preview, written through workspace.fs', async function () {
    this.timeout(120_000);
    assertInWorker();
    const document = await openSample('parcel-delivery.journey.yaml');
    await vscode.window.showTextDocument(document);
    const svgTarget = workspaceUri('web-export.svg');
    const pngTarget = workspaceUri('web-export.png');
    try {
      const svgWritten = await vscode.commands.executeCommand<vscode.Uri>(
        'journeyMap.exportSvg',
        document.uri,
        svgTarget,
      );
      assert.equal(svgWritten?.toString(), svgTarget.toString());
      const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(svgTarget));
      assert.match(svg, /^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.ok((svg.match(/class="task task-type-\d+"/g) ?? []).length >= 5, 'the tasks are drawn');
      const pngWritten = await vscode.commands.executeCommand<vscode.Uri>(
        'journeyMap.exportPng',
        document.uri,
        pngTarget,
      );
      assert.equal(pngWritten?.toString(), pngTarget.toString());
      const png = await vscode.workspace.fs.readFile(pngTarget);
      assert.deepEqual([...png.subarray(0, 8)], PNG_SIGNATURE, 'PNG signature');
      assert.ok(png.byteLength > 20_000, `${png.byteLength} bytes: a real picture`);
    } finally {
      for (const target of [svgTarget, pngTarget])
        await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  test('exports the canvas as SVG and PNG through workspace.fs', async function () {
    this.timeout(120_000);
    assertInWorker();
    const document = await openSample('parcel-delivery.journey.yaml');
    const svgTarget = workspaceUri('web-export.map.svg');
    const pngTarget = workspaceUri('web-export.map.png');
    try {
      const svgWritten = await vscode.commands.executeCommand<vscode.Uri>(
        'journeyMap.exportMapSvg',
        document.uri,
        svgTarget,
      );
      assert.equal(svgWritten?.toString(), svgTarget.toString());
      const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(svgTarget));
      assert.match(svg, /^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.match(svg, /data-kind="painPoint"/);
      const pngWritten = await vscode.commands.executeCommand<vscode.Uri>(
        'journeyMap.exportMapPng',
        document.uri,
        pngTarget,
      );
      assert.equal(pngWritten?.toString(), pngTarget.toString());
      const png = await vscode.workspace.fs.readFile(pngTarget);
      assert.deepEqual([...png.subarray(0, 8)], PNG_SIGNATURE, 'PNG signature');
      assert.ok(png.byteLength > 20_000, `${png.byteLength} bytes: a real picture`);
    } finally {
      for (const target of [svgTarget, pngTarget])
        await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  test('exports the map as PDF: the writer chunk and the fonts read from the extension’s own files', async function () {
    this.timeout(120_000);
    assertInWorker();
    const document = await openSample('parcel-delivery.journey.yaml');
    // Kept after the run: the harness reads its text with pdftotext (the worker has no PDF text reader).
    const target = workspaceUri(WEB_PDF_EXPORT);
    const started = Date.now();
    const written = await vscode.commands.executeCommand<vscode.Uri>(
      'journeyMap.exportMapPdf',
      document.uri,
      target,
      'a4',
    );
    console.log(`    first PDF export in the worker (chunk + 1.4 MB of fonts loaded): ${Date.now() - started} ms`);
    assert.equal(written?.toString(), target.toString(), 'the export wrote the file it was given');
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.equal(new TextDecoder().decode(bytes.subarray(0, 7)), '%PDF-1.', 'a PDF header');
    assert.match(new TextDecoder().decode(bytes.subarray(-32)), /%%EOF\s*$/, 'a PDF trailer');

    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const api = (await activatedExtension()).exports as unknown as JourneyMapApi;
    const laidOut = await api.languageService.canvasPages(document, { ...DEFAULT_VIEW_OPTIONS, view: 'map' }, 'a4');
    assert.ok(laidOut && laidOut.pages.length > 1, `the map needs several A4 pages (${laidOut?.pages.length})`);
    assert.equal(pdf.getPageCount(), laidOut.pages.length, 'one PDF page per laid-out page');
    const title = /^journey:\s*(.+)$/m.exec(document.getText())?.[1]?.trim();
    assert.equal(pdf.getTitle(), title, 'the map’s title is the PDF’s');
    // Both faces embedded (subset), read from media/fonts through the extension's files.
    const embedded = pdf.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFDict => object instanceof PDFDict)
      .filter(
        (dict) => dict.get(PDFName.of('Type')) === PDFName.of('FontDescriptor') && dict.has(PDFName.of('FontFile2')),
      )
      .map((dict) => String(dict.get(PDFName.of('FontName'))));
    assert.equal(embedded.length, 2, `embedded fonts: ${embedded.join(', ')}`);
    // pdf-lib names a subset font after the face and a number: /DejaVuSans-5696, /DejaVuSans-Bold-4190.
    assert.ok(
      embedded.some((name) => /^\/DejaVuSans-Bold-\d+$/.test(name)) &&
        embedded.some((name) => /^\/DejaVuSans-\d+$/.test(name)),
      embedded.join(', '),
    );
  });
});

/** Runs Check All Maps until its summary satisfies `done` (the ignore file is read on change). */
async function waitForCheck(done: (summary: { maps: number }) => boolean): Promise<{ maps: number }> {
  let last: { maps: number } | undefined;
  for (let attempt = 0; attempt < 40; attempt++) {
    last = await vscode.commands.executeCommand<{ maps: number }>('journeyMap.checkWorkspace');
    if (last && done(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return last ?? { maps: -1 };
}
