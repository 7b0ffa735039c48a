import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension, openUntitled } from './editorSupport';

const MAP = `journey: Delivery
personas:
  - id: rina
    name: Rina, busy shopper
  - id: budi
    name: Budi, reseller
stages:
  - id: retention
    name: Retention
    touchpoints:
      - id: courier
        name: Courier hands over the parcel
        painPoints:
          - id: late-parcel
            description: The parcel arrives a day late
`;

/** Opens MAP with `line` appended and asks VS Code for completions at the end of that line. */
async function completeAtEnd(line: string): Promise<vscode.CompletionItem[]> {
  const document = await openUntitled(MAP + line);
  const lastLine =
    document.lineAt(document.lineCount - 1).text === '' ? document.lineCount - 2 : document.lineCount - 1;
  const position = document.lineAt(lastLine).range.end;
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    position,
  );
  return list.items;
}

function labels(items: vscode.CompletionItem[]): string[] {
  return items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

suite('completion', () => {
  suiteSetup(async () => {
    await activatedExtension();
  });

  test('offers the keys of a touchpoint from the schema, without the ones already there', async () => {
    const items = await completeAtEnd('        ');
    const names = labels(items);
    for (const key of ['channel', 'emotion', 'momentOfTruth', 'opportunities', 'owner'])
      assert.ok(names.includes(key), `${key} in ${names.join(', ')}`);
    assert.ok(
      !names.includes('painPoints') ||
        items.find((i) => i.label === 'painPoints')?.kind !== vscode.CompletionItemKind.Property,
      'painPoints is already there',
    );
    const moment = items.find((item) => item.label === 'momentOfTruth')!;
    const documentation =
      moment.documentation instanceof vscode.MarkdownString ? moment.documentation.value : String(moment.documentation);
    assert.match(documentation, /moment of truth/);
  });

  test('offers channel values with their meaning', async () => {
    const items = await completeAtEnd('        channel: ');
    const whatsapp = items.find((item) => item.label === 'whatsapp');
    assert.ok(whatsapp, labels(items).join(', '));
    assert.match((whatsapp.documentation as vscode.MarkdownString).value, /WhatsApp/);
    assert.ok(labels(items).includes('drive-through'));
  });

  test('offers persona ids inside personas: [ ]', async () => {
    const items = await completeAtEnd('        personas: [rina, ');
    const names = labels(items);
    assert.ok(names.includes('budi'), names.join(', '));
    assert.ok(!names.includes('rina'), 'rina is already listed');
  });

  test('offers persona ids as keys of a per-persona emotion', async () => {
    const items = await completeAtEnd('        emotion:\n          ');
    const budi = items.find((item) => item.label === 'budi');
    assert.ok(budi, labels(items).join(', '));
    assert.equal(budi.insertText, 'budi: ');
  });

  test('offers pain point ids inside addresses', async () => {
    const items = await completeAtEnd(
      '        opportunities:\n          - description: Text the delivery slot\n            addresses: [',
    );
    const pain = items.find((item) => item.label === 'late-parcel');
    assert.ok(pain, labels(items).join(', '));
    assert.match((pain.documentation as vscode.MarkdownString).value, /arrives a day late/);
  });

  test('offers stage kinds', async () => {
    const items = await completeAtEnd('  - id: advocacy\n    kind: ');
    assert.deepEqual(
      labels(items)
        .filter((label) => ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'].includes(label))
        .sort(),
      ['advocacy', 'awareness', 'consideration', 'purchase', 'retention'],
    );
  });
});
