/**
 * The live preview inside a real VS Code: it opens for a sample, its webview (real
 * Mermaid in the real workbench) draws one task per touchpoint, and it follows edits.
 * The webview reports each render back; the hidden command
 * `journeyMap.preview.renderReport` hands the last report to these tests.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyzeJourney } from '../../src/core/index';
import { toMermaid } from '../../src/core/mermaid/index';
import { PREVIEW_UPDATE_DELAY_MS } from '../../src/extension/preview/previewPanel';
import type { RenderReport } from '../../src/shared/previewProtocol';
import { activatedExtension, closeAllEditors, openUntitled, readSample, waitFor, workspaceUri } from './editorSupport';

/** The largest sample (most touchpoints): the one whose update time we measure. */
const LARGEST_SAMPLE = 'travel-booking-app.journey.yaml';
/** The first webview of a fresh window takes 3–4 s before its script runs (code-server 1.139), more under load. */
const FIRST_RENDER_TIMEOUT_MS = 45_000;

function expectedTaskCount(text: string): number {
  const journey = analyzeJourney(text).journey;
  assert.ok(journey, 'the map is valid');
  return toMermaid(journey).tasks.length;
}

function renderReport(uri: vscode.Uri): Thenable<RenderReport | undefined> {
  return vscode.commands.executeCommand<RenderReport | undefined>('journeyMap.preview.renderReport', uri);
}

function waitForRender(
  document: vscode.TextDocument,
  accept: (report: RenderReport) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<RenderReport> {
  return waitFor(
    async () => {
      const report = await renderReport(document.uri);
      return report && report.version === document.version && accept(report) ? report : undefined;
    },
    what,
    { timeoutMs },
  );
}

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('journeyMap.preview'));
}

suite('preview: live Mermaid preview in VS Code', function () {
  this.timeout(90_000);

  suiteSetup(async () => {
    await activatedExtension();
    // These tests read Mermaid's tasks: open previews in the Mermaid view (the Map view has its own suite).
    await vscode.workspace
      .getConfiguration('journeyMap')
      .update('preview.defaultView', 'mermaid', vscode.ConfigurationTarget.Global);
  });
  suiteTeardown(async () => {
    await vscode.workspace
      .getConfiguration('journeyMap')
      .update('preview.defaultView', undefined, vscode.ConfigurationTarget.Global);
  });
  teardown(closeAllEditors);

  test('opens to the side for a sample and draws one task per touchpoint', async () => {
    const text = await readSample(LARGEST_SAMPLE);
    const document = await vscode.workspace.openTextDocument(workspaceUri(LARGEST_SAMPLE));
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const started = Date.now();
    await vscode.commands.executeCommand('journeyMap.showPreviewToSide');
    const report = await waitForRender(
      document,
      (candidate) => candidate.taskCount > 0,
      'the first render',
      FIRST_RENDER_TIMEOUT_MS,
    );
    console.log(
      `[measure] first preview of ${LARGEST_SAMPLE}: ${Date.now() - started} ms from the command (webview render ${report.renderMs} ms, SVG ${report.svgLength} chars)`,
    );
    assert.equal(report.error, undefined);
    assert.equal(report.taskCount, expectedTaskCount(text));
    assert.ok(report.svgLength > 5_000, `an SVG of ${report.svgLength} characters`);

    const tabs = previewTabs();
    assert.equal(tabs.length, 1, 'one preview panel');
    assert.equal(tabs[0]?.label, `Preview ${LARGEST_SAMPLE}`);
    assert.equal(
      vscode.window.activeTextEditor?.document.uri.toString(),
      document.uri.toString(),
      'the editor keeps the focus',
    );
  });

  test('updates live as the map is edited, and keeps going through an invalid state', async () => {
    const text = await readSample(LARGEST_SAMPLE);
    const document = await openUntitled(text);
    const editor = vscode.window.activeTextEditor!;
    await vscode.commands.executeCommand('journeyMap.showPreviewToSide');
    const first = await waitForRender(
      document,
      (report) => report.taskCount > 0,
      'the first render',
      FIRST_RENDER_TIMEOUT_MS,
    );
    const tasks = first.taskCount;

    // Add a touchpoint right after the first `touchpoints:` key.
    const anchor = text.indexOf('touchpoints:\n');
    assert.ok(anchor > 0);
    const lineStart = text.lastIndexOf('\n', anchor) + 1;
    const indent = ' '.repeat(anchor - lineStart + 2);
    const inserted = `${indent}- id: added-by-test\n${indent}  name: Added by the integration test\n${indent}  emotion: 4\n`;
    const samples: string[] = [];
    for (let round = 0; round < 3; round++) {
      const started = Date.now();
      const edit = round % 2 === 0 ? inserted : '';
      await editor.edit((builder) => {
        const at = document.positionAt(anchor + 'touchpoints:\n'.length);
        if (edit) builder.insert(at, edit);
        else builder.delete(new vscode.Range(at, document.positionAt(document.offsetAt(at) + inserted.length)));
      });
      const expected = round % 2 === 0 ? tasks + 1 : tasks;
      const report = await waitForRender(
        document,
        (candidate) => candidate.taskCount === expected,
        `the render after edit ${round + 1}`,
      );
      samples.push(`${Date.now() - started} ms (webview ${report.renderMs} ms)`);
    }
    console.log(
      `[measure] preview update after an edit of ${LARGEST_SAMPLE} (edit to report, incl. the ${PREVIEW_UPDATE_DELAY_MS} ms batching delay): ${samples.join(', ')}`,
    );

    // Break the map: the webview reports no new diagram for that version (it keeps the last good one).
    await editor.edit((builder) => builder.insert(document.positionAt(0), 'stages: [unclosed\n'));
    const broken = await waitForRender(document, () => true, 'the report for the invalid version');
    assert.equal(broken.taskCount, 0);
    await vscode.commands.executeCommand('undo');
    const repaired = await waitForRender(document, (report) => report.taskCount > 0, 'the render after undo');
    assert.equal(repaired.taskCount, tasks + 1, 'back to the last valid version (with the added touchpoint)');
  });

  test('one preview follows the active map, like Markdown', async () => {
    const first = await vscode.workspace.openTextDocument(workspaceUri('parcel-delivery.journey.yaml'));
    await vscode.window.showTextDocument(first, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('journeyMap.showPreviewToSide');
    await waitForRender(first, (report) => report.taskCount > 0, 'the first map', FIRST_RENDER_TIMEOUT_MS);
    const second = await vscode.workspace.openTextDocument(workspaceUri('taco-restaurant.journey.yaml'));
    await vscode.window.showTextDocument(second, vscode.ViewColumn.One);
    const report = await waitForRender(second, (candidate) => candidate.taskCount > 0, 'the preview to switch maps');
    assert.equal(report.taskCount, expectedTaskCount(second.getText()));
    assert.equal(previewTabs().length, 1, 'still one preview');
    assert.equal(previewTabs()[0]?.label, 'Preview taco-restaurant.journey.yaml');
  });

  test('moving the cursor into a touchpoint highlights its task', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri(LARGEST_SAMPLE));
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('journeyMap.showPreviewToSide');
    await waitForRender(document, (report) => report.taskCount > 0, 'the first render', FIRST_RENDER_TIMEOUT_MS);
    const analysis = analyzeJourney(document.getText());
    const tasks = toMermaid(analysis.journey!).tasks;
    const target = Math.min(3, tasks.length - 1);
    const range = analysis.parsed.rangeOf(tasks[target]!.path);
    assert.ok(range, 'the task has a range');
    const inside = document.positionAt(range.start.offset + 2);
    editor.selection = new vscode.Selection(inside, inside);
    const highlighted = await waitFor(async () => {
      const index = await vscode.commands.executeCommand<number | null | undefined>(
        'journeyMap.preview.highlightedTask',
        document.uri,
      );
      return index === target ? index : undefined;
    }, `task ${target} highlighted`);
    assert.equal(highlighted, target);
    const outside = document.positionAt(document.getText().indexOf('journey:'));
    editor.selection = new vscode.Selection(outside, outside);
    await waitFor(
      async () =>
        (await vscode.commands.executeCommand('journeyMap.preview.highlightedTask', document.uri)) === null
          ? true
          : undefined,
      'the highlight cleared',
    );
  });
});
