import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeJourney } from '../../../src/core/index';
import { completionContextFromUnit, unitCompletionContext } from '../../../src/server/incremental/unitContext';
import { completionContextAt } from '../../../src/server/language/cursorContext';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const samples = readdirSync(join(ROOT, 'samples'))
  .filter((name) => name.endsWith('.journey.yaml'))
  .map((name) => readFileSync(join(ROOT, 'samples', name), 'utf8').replace(/\r\n/g, '\n'));

describe('completion context from the cursor’s touchpoint alone (no whole-map parse)', function () {
  this.timeout(120_000);
  it('equals the whole-text context for a half-typed key or value on every line of the samples', () => {
    let fromUnit = 0;
    for (const sample of samples) {
      const last = analyzeJourney(sample);
      const lines = sample.split('\n');
      for (let index = 1; index < lines.length - 1; index += 5) {
        const indent = /^ */.exec(lines[index]!)![0];
        for (const typed of [`${indent}ow`, `${indent}channel: w`, `${indent}- `]) {
          const edited = [...lines.slice(0, index + 1), typed, ...lines.slice(index + 1)].join('\n');
          const offset = lines.slice(0, index + 1).join('\n').length + 1 + typed.length;
          const expected = completionContextAt(edited, offset);
          const actual = completionContextFromUnit(edited, offset, last);
          assert.deepEqual(actual, expected, `line ${index + 1} + ${JSON.stringify(typed)}`);
          if (unitCompletionContext(edited, offset, last)) fromUnit++;
        }
      }
    }
    assert.ok(fromUnit > 40, `only ${fromUnit} contexts came from one unit`);
  });
});
