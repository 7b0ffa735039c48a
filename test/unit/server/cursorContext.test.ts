import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPair, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import { completionContextAt, nodeAt, nodeInDocument } from '../../../src/server/language/cursorContext';

/** Splits a fixture at its `|` cursor marker. */
function at(textWithCursor: string): [string, number] {
  const offset = textWithCursor.indexOf('|');
  assert.ok(offset >= 0, 'fixture needs a | cursor');
  return [textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1), offset];
}

const MAP = `journey: Delivery
personas:
  - id: rina
    name: Rina
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - id: checkout
        name: Checkout
`;

describe('completionContextAt', () => {
  it('finds a key position at the top level', () => {
    const [text, offset] = at(`journey: x\nde|\nstages: []\n`);
    const context = completionContextAt(text, offset);
    assert.equal(context?.kind, 'key');
    assert.deepEqual(context?.path, []);
    assert.equal(context?.prefix, 'de');
    assert.deepEqual(context?.siblings, ['journey', 'stages']);
    assert.equal(text.slice(context!.replaceStart, context!.replaceEnd), 'de');
  });

  it('finds a key position inside a touchpoint, below its siblings', () => {
    const [text, offset] = at(MAP + '        |\n');
    const context = completionContextAt(text, offset);
    assert.equal(context?.kind, 'key');
    assert.deepEqual(context?.path, ['stages', 0, 'touchpoints', 0]);
    assert.deepEqual(context?.siblings, ['id', 'name']);
  });

  it('finds a new sequence item of touchpoints', () => {
    const [text, offset] = at(MAP + '      - |\n');
    const context = completionContextAt(text, offset);
    assert.equal(context?.kind, 'key');
    assert.equal(context?.sequenceItem, true);
    assert.deepEqual(context?.path, ['stages', 0, 'touchpoints', 1]);
  });

  it('finds the value of an enum key', () => {
    const [text, offset] = at(MAP + '        channel: ap|\n');
    const context = completionContextAt(text, offset);
    assert.equal(context?.kind, 'value');
    assert.deepEqual(context?.path, ['stages', 0, 'touchpoints', 0, 'channel']);
    assert.equal(context?.prefix, 'ap');
  });

  it('finds an item of a flow sequence of persona ids, with the items before it', () => {
    const [text, offset] = at(MAP + '        personas: [rina, b|]\n');
    const context = completionContextAt(text, offset);
    assert.equal(context?.kind, 'value');
    assert.deepEqual(context?.path, ['stages', 0, 'touchpoints', 0, 'personas', 0]);
    assert.deepEqual(context?.siblings, ['rina']);
    assert.equal(context?.prefix, 'b');
  });

  it('finds a key of a flow mapping (per-persona emotion)', () => {
    const [text, offset] = at(MAP + '        emotion: { rina: 2, |\n');
    const context = completionContextAt(text, offset);
    assert.equal(context?.kind, 'key');
    assert.deepEqual(context?.path, ['stages', 0, 'touchpoints', 0, 'emotion']);
    assert.deepEqual(context?.siblings, ['rina']);
  });

  it('finds an item of a block sequence of scalars', () => {
    const [text, offset] = at(
      MAP + '        opportunities:\n          - description: Fix\n            addresses:\n              - |\n',
    );
    const context = completionContextAt(text, offset);
    assert.equal(context?.kind, 'key');
    assert.equal(context?.sequenceItem, true);
    assert.deepEqual(context?.path, ['stages', 0, 'touchpoints', 0, 'opportunities', 0, 'addresses', 0]);
  });

  it('offers nothing inside a comment', () => {
    const [text, offset] = at('journey: x # a comm|ent\n');
    assert.equal(completionContextAt(text, offset), undefined);
  });
});

describe('nodeAt', () => {
  it('finds a key and the path of the value it names', () => {
    const offset = MAP.indexOf('touchpoints') + 3;
    const node = nodeAt(MAP, offset);
    assert.equal(node?.onKey, true);
    assert.deepEqual(node?.path, ['stages', 0, 'touchpoints']);
  });

  it('finds a value inside a sequence', () => {
    const offset = MAP.indexOf('checkout') + 1;
    const node = nodeAt(MAP, offset);
    assert.equal(node?.onKey, false);
    assert.equal(node?.scalar, 'checkout');
    assert.deepEqual(node?.path, ['stages', 0, 'touchpoints', 0, 'id']);
  });

  it('returns undefined off any scalar', () => {
    assert.equal(nodeAt('journey: x\n\n\n', 12), undefined);
  });
});

describe('cursor context on hostile input', () => {
  it('stays quick on an alias bomb (aliases are never expanded)', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      bomb.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const [text, offset] = at(bomb.join('\n') + '\nst|\n');
    const started = performance.now();
    const context = completionContextAt(text, offset);
    assert.equal(context?.kind, 'key');
    assert.deepEqual(nodeAt(text, 0)?.path, ['a']);
    assert.ok(performance.now() - started < 1_000, 'no alias expansion');
  });

  it('gives up on a text larger than the engine accepts', () => {
    const text = 'journey: x\n' + `description: ${'x'.repeat(1024 * 1024)}\n`;
    assert.equal(completionContextAt(text, 3), undefined);
    assert.equal(nodeAt(text, 3), undefined);
  });
});

/** The tree walk nodeInDocument replaced: the first scalar in document order whose range holds the offset. */
function scalarByWalk(document: Document, offset: number): { path: (string | number)[]; onKey: boolean } | undefined {
  let found: { path: (string | number)[]; onKey: boolean } | undefined;
  visit(document, {
    Scalar(_key, node, ancestors) {
      const range = node.range;
      if (!range || offset < range[0] || offset > range[1]) return undefined;
      const chain = [...ancestors, node];
      const path: (string | number)[] = [];
      for (let index = 0; index < ancestors.length; index++) {
        const ancestor = chain[index];
        const child = chain[index + 1];
        if (isSeq(ancestor)) path.push(ancestor.items.indexOf(child as never));
        else if (isPair(ancestor)) {
          if (ancestor.key === child) {
            if (index !== ancestors.length - 1) return undefined;
            found = { path: [...path, String(node.value)], onKey: true };
            return visit.BREAK;
          }
          if (!isScalar(ancestor.key)) return undefined;
          path.push(String(ancestor.key.value));
        }
      }
      found = { path, onKey: false };
      return visit.BREAK;
    },
  });
  return found;
}

describe('nodeInDocument (binary search down the tree)', () => {
  it('finds the same scalar as a walk of the whole tree, all over every sample', () => {
    const root = join(import.meta.dirname, '..', '..', '..', 'samples');
    const texts = [
      ...readdirSync(root)
        .filter((name) => name.endsWith('.journey.yaml'))
        .map((name) => readFileSync(join(root, name), 'utf8')),
      'a: [x, y,z]\nb: {p: 1,q: 2}\nc:\n  -\n  - d\n  - ? complex\n    : v\n',
    ];
    let compared = 0;
    for (const text of texts) {
      const document = parseDocument(text, { uniqueKeys: false });
      for (let offset = 0; offset <= text.length; offset++) {
        // Every line start and end (where extents touch), and every 16th offset between (the walk is slow).
        if (offset % 16 !== 0 && text[offset - 1] !== '\n' && text[offset] !== '\n' && text.length > 200) continue;
        const expected = scalarByWalk(document, offset);
        const actual = nodeInDocument(document, offset);
        assert.deepEqual(
          actual && { path: actual.path, onKey: actual.onKey },
          expected,
          `offset ${offset}: ${JSON.stringify(text.slice(offset - 10, offset))}|`,
        );
        compared++;
      }
    }
    assert.ok(compared > 3_000, `${compared}`);
  });
});
