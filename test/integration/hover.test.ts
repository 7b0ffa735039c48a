import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension, openSample, positionAfter } from './editorSupport';

async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    position,
  );
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) =>
      content instanceof vscode.MarkdownString ? content.value : typeof content === 'string' ? content : content.value,
    )
    .join('\n');
}

suite('hover', () => {
  let document: vscode.TextDocument;
  suiteSetup(async () => {
    await activatedExtension();
    document = await openSample('parcel-delivery.journey.yaml');
  });

  test('shows the schema documentation of a key', async () => {
    const text = await hoverText(document, positionAfter(document, 'momentOfTruth', -3));
    assert.match(text, /moment of truth/);
  });

  test('shows what an enum value means', async () => {
    const text = await hoverText(document, positionAfter(document, 'kind: retention', -2));
    assert.match(text, /Retention \/ post-purchase/);
  });

  test('shows the computed score of a metric against its target', async () => {
    const text = await hoverText(document, positionAfter(document, 'type: nps', -1));
    assert.match(text, /NPS/);
    assert.match(text, /target/);
  });

  test('shows the persona a reference points to', async () => {
    const text = await hoverText(document, positionAfter(document, 'personas: [rina', -2));
    assert.match(text, /Rina, busy online shopper/);
  });

  test('counts the references of a persona definition', async () => {
    const text = await hoverText(document, positionAfter(document, '- id: budi', -1));
    assert.match(text, /Referenced \d+ times? in this map/);
  });
});
