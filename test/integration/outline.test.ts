import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension, openSample, openUntitled } from './editorSupport';

async function symbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  return vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
}

suite('outline', () => {
  suiteSetup(async () => {
    await activatedExtension();
  });

  test('lists personas, then stages with their touchpoints', async () => {
    const document = await openSample('parcel-delivery.journey.yaml');
    const outline = await symbols(document);
    assert.equal(outline[0]?.name, 'Personas');
    assert.deepEqual(
      outline[0]?.children.map((child) => child.name),
      ['Rina, busy online shopper', 'Budi, small-business reseller'],
    );
    const stages = outline.slice(1);
    assert.equal(stages[0]?.name, 'Awareness');
    assert.deepEqual(
      stages[0]?.children.map((child) => child.name),
      ['Instagram ad promising next-day delivery', 'Recommendation from another reseller'],
    );
    assert.equal(stages[0]?.children[0]?.detail, 'social-ad');
    // Every symbol's selection lies inside its range, on the text it names.
    const first = stages[0]!.children[0]!;
    assert.ok(first.range.contains(first.selectionRange));
    assert.equal(document.getText(first.selectionRange), 'Instagram ad promising next-day delivery');
  });

  test('nests pain points and opportunities under their touchpoint', async () => {
    const document = await openSample('invalid/gaps.journey.yaml');
    const outline = await symbols(document);
    const apply = outline.find((symbol) => symbol.name === 'Apply');
    const form = apply?.children.find((child) => child.name === 'Application form in the app');
    assert.ok(form, JSON.stringify(outline.map((s) => s.name)));
    assert.deepEqual(
      form.children.map((child) => [child.name, child.detail]),
      [['The ID selfie check fails in low light', 'pain point · selfie-fails']],
    );
  });

  test('still outlines a map with schema errors', async () => {
    const document = await openUntitled(
      'journey: x\nstages:\n  - id: s1\n    name: Only stage\n    colour: red\n    touchpoints:\n      - id: t1\n        emotion: 9\n',
    );
    const outline = await symbols(document);
    assert.deepEqual(
      outline.map((symbol) => symbol.name),
      ['Only stage'],
    );
    assert.deepEqual(
      outline[0]?.children.map((child) => child.name),
      ['t1'],
    );
  });
});
