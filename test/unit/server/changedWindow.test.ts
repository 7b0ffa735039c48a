/**
 * changedWindow compares whole chunks natively before it compares characters: it must find the
 * same window as a plain character loop, whatever the edit and wherever the chunks fall.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import '../helpers/propertySeed';
import { changedWindow } from '../../../src/server/incremental/reparse';

function byCharacters(before: string, after: string): ReturnType<typeof changedWindow> {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (
    suffix < shorter - start &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

describe('changedWindow (chunked prefix and suffix)', () => {
  const sample = readFileSync(
    join(import.meta.dirname, '..', '..', '..', 'samples', 'parcel-delivery.journey.yaml'),
    'utf8',
  );
  // Repetitive text: the same chunk content occurs at many offsets.
  const base = sample.repeat(3) + 'a'.repeat(5000);

  it('finds the window a character loop finds, for any edit of a long text', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.integer({ min: 0, max: 3000 }),
        fc.oneof(fc.string({ maxLength: 40 }), fc.constant('a'.repeat(2048)), fc.constant('')),
        fc.nat(),
        (at, removed, inserted, cut) => {
          const before = base.slice(0, base.length - (cut % 4000));
          const from = at % (before.length + 1);
          const after = before.slice(0, from) + inserted + before.slice(from + removed);
          assert.deepEqual(changedWindow(before, after), byCharacters(before, after));
          assert.deepEqual(changedWindow(after, before), byCharacters(after, before));
        },
      ),
      { numRuns: 500 },
    );
  });
});
