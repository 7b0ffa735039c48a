/**
 * The Map view (the journey canvas) inside a real VS Code: switch to it, click a pain point
 * and the cursor lands on its line, move the cursor and the element is highlighted, type
 * and the canvas updates, export the map as SVG, PNG and PDF. The webview is driven
 * through the messages it would post (a click is a `revealElement`), by way of the hidden
 * test commands.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { RenderReport } from '../../src/shared/previewProtocol';
import { activatedExtension, closeAllEditors, waitFor, workspaceUri } from './editorSupport';

const SAMPLE = 'travel-booking-app.journey.yaml';
const FIRST_RENDER_TIMEOUT_MS = 45_000;
const outputFolder = vscode.Uri.file(join(tmpdir(), `journey-map-canvas-${process.pid}-${Date.now()}`));

function renderReport(uri: vscode.Uri): Thenable<RenderReport | undefined> {
  return vscode.commands.executeCommand<RenderReport | undefined>('journeyMap.preview.renderReport', uri);
}

function waitForMap(document: vscode.TextDocument, what: string, timeoutMs = 20_000): Promise<RenderReport> {
  return waitFor(
    async () => {
      const report = await renderReport(document.uri);
      return report && report.version === document.version && report.view === 'map' && report.taskCount > 0
        ? report
        : undefined;
    },
    what,
    { timeoutMs },
  );
}

suite('preview: the Map view (journey canvas) in VS Code', function () {
  this.timeout(120_000);

  suiteSetup(async () => {
    await activatedExtension();
    await vscode.workspace.fs.createDirectory(outputFolder);
  });
  teardown(closeAllEditors);
  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(outputFolder, { recursive: true, useTrash: false });
  });

  test('switches to Map, reveals a pain point, highlights under the cursor, and follows typing', async () => {
    await vscode.workspace
      .getConfiguration('journeyMap')
      .update('preview.defaultView', 'mermaid', vscode.ConfigurationTarget.Global);
    try {
      const document = await vscode.workspace.openTextDocument(workspaceUri(SAMPLE));
      const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
      await vscode.commands.executeCommand('journeyMap.showPreviewToSide');
      await waitFor(
        async () => ((await renderReport(document.uri))?.view === 'mermaid' ? true : undefined),
        'the Mermaid view first (the setting)',
        { timeoutMs: FIRST_RENDER_TIMEOUT_MS },
      );
      // The title-bar command switches the focused (else the last) preview.
      await vscode.commands.executeCommand('journeyMap.preview.showMap');
      const first = await waitForMap(document, 'the Map view after the switch');
      console.log(
        `[measure] canvas of ${SAMPLE} in VS Code: webview ${first.renderMs} ms, ${first.taskCount} elements`,
      );

      // A click on a pain point reveals its line.
      const text = document.getText();
      const painOffset = text.indexOf('painPoints:');
      assert.ok(painOffset > 0, 'the sample has pain points');
      // The pain point's first line (`- id: …`) is where a click puts the cursor.
      const painLine = document.positionAt(text.indexOf('- id:', painOffset)).line;
      const inside = document.positionAt(text.indexOf('description:', painOffset) + 3);
      const elementId = await vscode.commands.executeCommand<string | undefined>(
        'journeyMap.preview.elementAt',
        document.uri,
        inside,
      );
      assert.ok(elementId, 'a canvas element for the pain point');
      assert.match(elementId, /pain/i);
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      await vscode.commands.executeCommand('journeyMap.preview.clickElement', document.uri, elementId);
      await waitFor(
        () => (vscode.window.activeTextEditor?.selection.active.line === painLine ? true : undefined),
        `the cursor on the pain point's line ${painLine + 1}`,
      );

      // Moving the cursor into a touchpoint highlights its card.
      const nameOffset = text.indexOf('name:', text.indexOf('touchpoints:'));
      const inName = document.positionAt(nameOffset + 2);
      const visible = await vscode.window.showTextDocument(document, {
        viewColumn: vscode.ViewColumn.One,
        selection: new vscode.Range(inName, inName),
      });
      const highlighted = await waitFor(async () => {
        const id = await vscode.commands.executeCommand<string | null | undefined>(
          'journeyMap.preview.highlightedElement',
          document.uri,
        );
        // Until the selection event arrives, the pain point the click revealed stays highlighted.
        return typeof id === 'string' && id.startsWith('touchpoint:') ? id : undefined;
      }, 'the touchpoint under the cursor highlighted');
      assert.match(highlighted, /^touchpoint:/);

      // Typing updates the canvas.
      const lineEnd = document.lineAt(document.positionAt(nameOffset).line).range.end;
      await visible.edit((builder) => builder.insert(lineEnd, ' (edited in a test)'));
      const updated = await waitForMap(document, 'the canvas after typing');
      assert.ok(updated.svgLength !== first.svgLength, 'the drawing changed');
    } finally {
      await vscode.workspace
        .getConfiguration('journeyMap')
        .update('preview.defaultView', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('exports the map as SVG, PNG and PDF', async () => {
    const mapUri = workspaceUri(SAMPLE);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(mapUri));
    const written: Record<string, Uint8Array> = {};
    for (const format of ['Svg', 'Png', 'Pdf']) {
      const target = vscode.Uri.joinPath(outputFolder, `map.${format.toLowerCase()}`);
      const result = await vscode.commands.executeCommand<vscode.Uri | undefined>(
        `journeyMap.exportMap${format}`,
        mapUri,
        target,
      );
      assert.equal(result?.toString(), target.toString(), `${format} written`);
      written[format] = await vscode.workspace.fs.readFile(target);
    }
    const svg = new TextDecoder().decode(written.Svg);
    assert.match(svg, /^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, /data-kind="painPoint"/);
    assert.deepEqual([...written.Png!.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG');
    assert.equal(new TextDecoder().decode(written.Pdf!.subarray(0, 5)), '%PDF-', 'PDF');
    assert.ok(written.Pdf!.byteLength > 10_000, `a PDF of ${written.Pdf!.byteLength} bytes`);
    // A vector PDF: its words are text a reader can select and search, not pixels of an image.
    const text = pdfText(vscode.Uri.joinPath(outputFolder, 'map.pdf').fsPath);
    const document = await vscode.workspace.openTextDocument(mapUri);
    const title = /^journey:\s*(.+)$/m.exec(document.getText())?.[1]?.trim() ?? '';
    assert.ok(title.length > 0 && text.includes(title), `the map's title "${title}" is text in the PDF`);
    assert.match(text, /Touchpoints/);
    assert.match(text, /Pain points/);

    // Paged, the editor's PDF is the CLI's: the same pages, the same text on each.
    const paged = vscode.Uri.joinPath(outputFolder, 'map-a4.pdf');
    await vscode.commands.executeCommand('journeyMap.exportMapPdf', mapUri, paged, 'a4');
    const cliPdf = join(outputFolder.fsPath, 'cli-a4.pdf');
    const extension = await activatedExtension();
    execFileSync(
      'node',
      [
        join(extension.extensionPath, 'bin', 'journey-map.js'),
        'render',
        mapUri.fsPath,
        '--view',
        'canvas',
        '--format',
        'pdf',
        '--page',
        'a4',
        '-o',
        cliPdf,
      ],
      { stdio: 'pipe' },
    );
    const editorPages = pdfText(paged.fsPath).split('\f');
    const cliPages = pdfText(cliPdf).split('\f');
    assert.ok(editorPages.length > 2, `${editorPages.length - 1} A4 pages`);
    assert.deepEqual(editorPages, cliPages, 'the editor and the CLI write the same pages');
    console.log(
      `[measure] ${SAMPLE} exported from the editor: SVG ${written.Svg!.byteLength} B, PNG ${written.Png!.byteLength} B, PDF ${written.Pdf!.byteLength} B`,
    );
  });
});

/** The text of a PDF, pages separated by form feeds (pdftotext, poppler-utils). */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}
