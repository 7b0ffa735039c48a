/**
 * The export commands inside a real VS Code. A target URI as the second argument skips
 * the save dialog; the first is the map (as the editor-title menu passes it).
 */
import * as assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { analyzeJourney } from '../../src/core/index';
import { toMermaid } from '../../src/core/mermaid/index';
import { activatedExtension, closeAllEditors, workspaceUri } from './editorSupport';

const SAMPLE = 'parcel-delivery.journey.yaml';
const outputFolder = vscode.Uri.file(join(tmpdir(), `journey-map-export-${process.pid}-${Date.now()}`));

async function read(uri: vscode.Uri): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(uri);
}

suite('export: SVG, PNG and Markdown files', function () {
  this.timeout(90_000);
  let mapUri: vscode.Uri;
  let text: string;

  suiteSetup(async () => {
    await activatedExtension();
    await vscode.workspace.fs.createDirectory(outputFolder);
    mapUri = workspaceUri(SAMPLE);
    text = new TextDecoder().decode(await read(mapUri));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(mapUri));
  });
  suiteTeardown(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(outputFolder, { recursive: true, useTrash: false });
  });

  test('exportSvg writes a standalone SVG with every task and its labels', async () => {
    const target = vscode.Uri.joinPath(outputFolder, 'map.svg');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'journeyMap.exportSvg',
      mapUri,
      target,
    );
    assert.equal(written?.toString(), target.toString());
    const svg = new TextDecoder().decode(await read(target));
    assert.match(svg, /^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, /<\/svg>$/);
    assert.match(svg, /<style>/);
    const journey = analyzeJourney(text).journey!;
    const tasks = toMermaid(journey).tasks;
    assert.equal((svg.match(/<rect[^>]*class="task task-type-\d+"/g) ?? []).length, tasks.length);
    const plainLabel = tasks
      .map((task) => task.label)
      .find((label) => /^[\p{L}\p{N} ,.-]+$/u.test(label) && label.length < 25);
    assert.ok(plainLabel, 'the sample has a short plain label');
    assert.ok(svg.replace(/<\/tspan><tspan[^>]*>/g, ' ').includes(plainLabel!), `the SVG shows "${plainLabel}"`);
  });

  test('exportPng writes a PNG at twice the diagram size', async () => {
    const target = vscode.Uri.joinPath(outputFolder, 'map.png');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'journeyMap.exportPng',
      mapUri,
      target,
    );
    assert.equal(written?.toString(), target.toString());
    const bytes = await read(target);
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    assert.ok(width >= 2000 && width <= 20_000, `width ${width}`);
    assert.ok(height >= 800 && height <= 4_000, `height ${height}`);
    assert.ok(bytes.byteLength > 20_000, `${bytes.byteLength} bytes: a real picture, not an empty canvas`);
  });

  test('exportMarkdown writes a ```mermaid block and the tables', async () => {
    const target = vscode.Uri.joinPath(outputFolder, 'map.md');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'journeyMap.exportMarkdown',
      mapUri,
      target,
    );
    assert.equal(written?.toString(), target.toString());
    const markdown = new TextDecoder().decode(await read(target));
    const journey = analyzeJourney(text).journey!;
    assert.ok(markdown.startsWith(`# ${journey.journey}`) || markdown.includes(journey.journey));
    assert.match(markdown, /```mermaid\njourney\n[\s\S]+?\n```/);
    assert.match(markdown, /\n\|.+\|\n\|[ :|-]+\|\n/, 'has a table');
  });

  test('refuses to export an invalid map and writes nothing', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'journey-yaml',
      content: 'journey: Broken\nstages: [unclosed\n',
    });
    await vscode.window.showTextDocument(document);
    const target = vscode.Uri.joinPath(outputFolder, 'broken.svg');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'journeyMap.exportSvg',
      undefined,
      target,
    );
    assert.equal(written, undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)));
  });
});
