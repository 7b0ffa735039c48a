/**
 * The canvas input travels as a patch of the text the page has (src/shared/textPatch.ts): the
 * page must rebuild exactly the server's text, whatever the edits, and a keystroke's patch must
 * be a few chunks, not the map.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeJourney } from '../../../src/core/index';
import { canvasInputOf } from '../../../src/shared/previewCanvas';
import { DEFAULT_VIEW_OPTIONS } from '../../../src/shared/previewUpdate';
import { applyPatch, chunksOf, hashOf, patchOf } from '../../../src/shared/textPatch';
import { mapWithTouchpoints } from '../helpers/generatedMaps';
import '../helpers/propertySeed';

const roundTrip = (before: string, after: string) =>
  applyPatch(chunksOf(before), patchOf(chunksOf(before), chunksOf(after)));

describe('textPatch (the canvas input as a patch of the last one)', () => {
  it('cuts a text into chunks that join back into it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 4000 }), (text) => {
        assert.equal(chunksOf(text).join(''), text);
      }),
    );
  });

  it('rebuilds the new text exactly, after any splices (typing, deleting, pasting)', () => {
    const splice = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 3000 }),
      insert: fc.string({ unit: 'grapheme', maxLength: 3000 }),
    });
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-ascii', minLength: 0, maxLength: 30_000 }),
        fc.array(splice, { maxLength: 5 }),
        (before, splices) => {
          let after = before;
          for (const { at, remove, insert } of splices) {
            const start = at % (after.length + 1);
            after = after.slice(0, start) + insert + after.slice(start + remove);
          }
          assert.equal(roundTrip(before, after), after);
        },
      ),
    );
  });

  it('sends a few chunks for a keystroke in a 500-touchpoint map, and rejects a patch of another base', () => {
    const text = mapWithTouchpoints(500);
    const at = text.indexOf('name:', text.indexOf('- id: tp-', text.length / 2)) + 12;
    const input = (map: string) =>
      JSON.stringify(canvasInputOf(analyzeJourney(map, { today: '2026-11-23' }), DEFAULT_VIEW_OPTIONS));
    const before = input(text);
    const after = input(text.slice(0, at) + 'x' + text.slice(at));
    assert.notEqual(before, after);
    const parts = patchOf(chunksOf(before), chunksOf(after));
    assert.equal(applyPatch(chunksOf(before), parts), after);
    const size = JSON.stringify(parts).length;
    assert.ok(size < 10_000, `a ${size}-character patch of a ${before.length}-character input`);
    console.log(`      [measure] a keystroke's patch: ${size} characters of a ${before.length}-character canvas input`);
    assert.equal(applyPatch(chunksOf('short'), parts), undefined, 'chunks the receiver does not have');
    assert.notEqual(hashOf(before), hashOf(after));
  });
});
