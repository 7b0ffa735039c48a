import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension, openUntitled, positionAfter, waitFor } from './editorSupport';

const MAP = `journey: Delivery
personas:
  - id: rina
    name: Rina
  - id: budi
    name: Budi
stages:
  - id: retention
    name: Retention
    touchpoints:
      - id: courier
        name: Courier
        personas: [rina, budi]
        emotion: { rina: 2, budi: 4 }
        painPoints:
          - id: late
            description: Late parcel
        opportunities:
          - description: Text the slot
            addresses: [late]
      - id: support
        name: Support chat
        personas:
          - rina
        emotion: 3
`;

suite('navigation and rename of ids', () => {
  let document: vscode.TextDocument;
  setup(async () => {
    await activatedExtension();
    document = await openUntitled(MAP);
  });

  test('colours persona and pain point ids as semantic tokens (definitions marked)', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
      'vscode.provideDocumentSemanticTokensLegend',
      document.uri,
    );
    // The server answers from the scheduled analysis: it may take the validation delay.
    const tokens = await waitFor(async () => {
      const answer = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
        'vscode.provideDocumentSemanticTokens',
        document.uri,
      );
      return answer?.data.length ? answer : undefined;
    }, 'semantic tokens');
    assert.ok(tokens && legend, 'tokens and a legend');
    const decoded: string[] = [];
    let line = 0;
    let character = 0;
    for (let index = 0; index < tokens.data.length; index += 5) {
      const [deltaLine, deltaStart, length, type, modifiers] = Array.from(tokens.data.slice(index, index + 5));
      line += deltaLine!;
      character = deltaLine === 0 ? character + deltaStart! : deltaStart!;
      const text = document.lineAt(line).text.slice(character, character + length!);
      const names = legend.tokenModifiers.filter((_name, bit) => (modifiers! & (1 << bit)) !== 0);
      decoded.push(`${line}:${text}:${legend.tokenTypes[type!]}${names.length ? `:${names.join(',')}` : ''}`);
    }
    assert.deepEqual(decoded.slice(0, 4), [
      '2:rina:class:declaration',
      '4:budi:class:declaration',
      '12:rina:class',
      '12:budi:class',
    ]);
    assert.ok(decoded.includes('15:late:event:declaration'), decoded.join(' '));
    assert.ok(decoded.includes('19:late:event'), decoded.join(' '));
  });

  test('goes from a persona reference to its definition', async () => {
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      positionAfter(document, 'emotion: { rina', -2),
    );
    assert.equal(locations.length, 1);
    const range = 'range' in locations[0]! ? locations[0].range : locations[0]!.targetRange;
    assert.equal(range.start.line, 2);
    assert.equal(document.getText(range), 'rina');
  });

  test('goes from addresses to the pain point', async () => {
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      positionAfter(document, 'addresses: [la'),
    );
    assert.equal(locations[0]?.range.start.line, 15);
  });

  test('finds every reference of a persona', async () => {
    const references = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      document.uri,
      positionAfter(document, '- id: ri'),
    );
    // The definition, personas: [rina, …], emotion { rina: … } and the block list item.
    assert.deepEqual(
      references.map((location) => location.range.start.line).sort((a, b) => a - b),
      [2, 12, 13, 23],
    );
  });

  test('renames a persona everywhere in one undoable edit', async () => {
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      document.uri,
      positionAfter(document, 'personas: [ri'),
      'rina-w',
    );
    assert.equal(edit.get(document.uri).length, 4);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const text = document.getText();
    assert.equal(text.match(/rina-w/g)?.length, 4);
    assert.ok(!/\brina\b(?!-)/.test(text), 'no old id left');
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), MAP, 'one undo restores the map');
  });

  test('refuses an invalid new id', async () => {
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand(
          'vscode.executeDocumentRenameProvider',
          document.uri,
          positionAfter(document, '- id: ri'),
          'not valid!',
        ),
      ),
    );
  });

  test('refuses to rename something that is not an id reference', async () => {
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand(
          'vscode.executeDocumentRenameProvider',
          document.uri,
          positionAfter(document, 'name: Cour'),
          'x',
        ),
      ),
    );
  });
});
