/**
 * The web extension in Indonesian, in code-server's web-worker extension host with VS Code's
 * display language set to Indonesian (`--locale id`, test/harness/integration-web.ts): VS Code
 * reports `id`, the manifest, the runtime messages, the findings and the hover follow it, and the
 * preview draws the Indonesian map with Indonesian text. The last test arranges the editor, the
 * preview and the Problems panel and asks the harness for the screenshot docs/web-id.png is
 * refreshed from.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyzeJourney } from '../../src/core/index';
import { translator } from '../../src/core/l10n/index';
import { schemaDescriptionIn } from '../../src/core/l10n/schemaDescriptions';
import type { RenderReport } from '../../src/shared/previewProtocol';
import manifestId from '../../package.nls.id.json';
import bundleId from '../../l10n/bundle.l10n.id.json';
import journeySchema from '../../schemas/journey.schema.json';
import {
  activatedExtension,
  codeOf,
  diagnosticsOf,
  EXTENSION_ID,
  openSample,
  positionAfter,
  waitFor,
} from '../integration/editorSupport';
import { requestScreenshot } from './screenshot';

/** A manifest string VS Code localised: its value in the display language and the English original. */
interface Localised {
  readonly value: string;
  readonly original: string;
}

const MAP = 'toko-online-pengiriman.journey.yaml';
const id = translator('id');

function assertInWorker(): void {
  assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'process is not defined');
}

/** The JM213 findings of the batik shop's map, worded by the engine in Indonesian. */
function expectedBelowTarget(text: string): string[] {
  return analyzeJourney(text)
    .findings.filter((finding) => finding.code === 'JM213')
    .map((finding) => id.finding(finding));
}

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

suite('web worker extension host, VS Code in Indonesian', () => {
  suiteSetup(async () => {
    await activatedExtension();
  });

  test('VS Code’s display language is Indonesian, and the extension runs in a worker', () => {
    assertInWorker();
    assert.equal(vscode.env.language, 'id');
  });

  test('the manifest is Indonesian: command titles from package.nls.id.json', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
      contributes: { commands: { command: string; title: Localised }[] };
    };
    const exportPdf = manifest.contributes.commands.find((c) => c.command === 'journeyMap.exportMapPdf');
    assert.deepEqual(exportPdf?.title, {
      value: manifestId['command.exportMapPdf.title'],
      original: 'Export Map as PDF',
    });
  });

  test('runtime messages come from l10n/bundle.l10n.id.json', () => {
    assert.ok(vscode.l10n.bundle, 'VS Code loaded an l10n bundle for the extension');
    assert.equal(vscode.l10n.t('Export Map as PDF'), bundleId['Export Map as PDF']);
  });

  test('findings from the worker’s server are in Indonesian, as the engine words them', async () => {
    assertInWorker();
    const document = await openSample(MAP);
    const expected = expectedBelowTarget(document.getText());
    assert.ok(expected.length > 0, 'the batik shop’s map has metrics below target');
    const diagnostics = await diagnosticsOf(document.uri, (d) => d.some((x) => codeOf(x) === 'JM213'));
    const messages = diagnostics.filter((d) => codeOf(d) === 'JM213').map((d) => d.message);
    assert.deepEqual(messages, expected);
    assert.match(messages[0]!, /belum mencapai target/);
  });

  test('hover shows the schema’s description in Indonesian', async () => {
    const document = await openSample(MAP);
    const indonesian = schemaDescriptionIn('id', journeySchema.properties.journey.description);
    assert.ok(indonesian, 'the journey key’s description is translated');
    const text = await hoverText(document.uri, positionAfter(document, '\njourney', -2));
    assert.ok(text.includes(indonesian.replace(/\.$/, '')), `hover: ${text}`);
  });

  test('screenshot: the Indonesian map, its findings in Problems, and the preview beside it', async function () {
    this.timeout(180_000);
    assertInWorker();
    const document = await openSample(MAP);
    const belowTarget = await diagnosticsOf(document.uri, (d) => d.some((x) => codeOf(x) === 'JM213'));
    const finding = belowTarget.find((d) => codeOf(d) === 'JM213')!;
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('journeyMap.showPreviewToSide', document.uri);
    await waitFor(
      async () => {
        const report = await vscode.commands.executeCommand<RenderReport | undefined>(
          'journeyMap.preview.renderReport',
          document.uri,
        );
        return report && report.version === document.version && report.taskCount > 0 ? report : undefined;
      },
      'the preview to draw the batik shop’s map',
      { timeoutMs: 60_000 },
    );
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // The top of the map in the editor (its Indonesian title and notes), the findings in Problems.
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const title = positionAfter(document, '\njourney: ');
    editor.selection = new vscode.Selection(title, title);
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    const answer = await requestScreenshot({
      name: 'web-id',
      visible: [
        { in: 'workbench', selector: '.markers-panel .monaco-list-row', text: finding.message.slice(0, 60) },
        { in: 'workbench', selector: '.view-lines', text: 'Batik' },
        { in: 'preview', selector: '#toolbar', text: id.t('preview.filter.lanes') },
        { in: 'preview', selector: '#canvas:not([hidden]) svg', text: 'Batik' },
      ],
    });
    assert.ok(answer?.ok, `the screenshot: ${answer?.error}`);
  });
});
