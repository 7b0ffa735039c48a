/** The escaping and code frames of the output formats, on tricky strings a map can contain. */
import { strict as assert } from 'node:assert';
import { codeFrame } from '../../src/cli/format/codeFrame';
import { palette } from '../../src/cli/format/colors';
import { escapeData, escapeProperty } from '../../src/cli/format/github';

const position = (line: number, column: number) => ({ line, column, offset: 0 });

describe('CLI output escaping', function () {
  it('GitHub workflow commands: %, CR and LF in messages; also : and , in properties', function () {
    assert.equal(escapeData('100% sure\r\nnext'), '100%25 sure%0D%0Anext');
    assert.equal(escapeProperty('maps/a,b:c.journey.yaml'), 'maps/a%2Cb%3Ac.journey.yaml');
    assert.equal(escapeProperty('JM201 (pain-point%)'), 'JM201 (pain-point%25)');
    // %25 must come first, or the escapes themselves would be escaped again.
    assert.equal(escapeData('%0A'), '%250A');
  });

  it('code frame: caret under the range, tabs and control characters shown as one space', function () {
    const text = 'journey: x\n\tname:\u001b[31m red\n';
    const frame = codeFrame(text, { start: position(2, 2), end: position(2, 6) }, palette(false));
    assert.equal(frame, '  2 |  name: [31m red\n    |  ^^^^');
  });

  it('code frame: a range running past the line ends at the line end; an empty range gets one caret', function () {
    const text = 'a: 1\nbb: 2\n';
    assert.equal(
      codeFrame(text, { start: position(1, 4), end: position(2, 2) }, palette(false)),
      '  1 | a: 1\n    |    ^',
    );
    assert.equal(
      codeFrame(text, { start: position(2, 1), end: position(2, 1) }, palette(false)),
      '  2 | bb: 2\n    | ^',
    );
  });

  it('code frame: a very long line is cut to a window around the finding', function () {
    const text = `key: ${'x'.repeat(300)}TARGET${'y'.repeat(300)}`;
    const start = text.indexOf('TARGET') + 1;
    const frame = codeFrame(text, { start: position(1, start), end: position(1, start + 6) }, palette(false));
    const [line, carets] = frame.split('\n');
    assert.ok(line!.length < 140, 'cut');
    assert.ok(line!.includes('TARGET'));
    assert.equal(line!.indexOf('TARGET'), carets!.indexOf('^'), 'caret still under the target');
  });
});
