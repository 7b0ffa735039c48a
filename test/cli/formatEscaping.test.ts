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

  it('code frame: caret under the range, a tab shown as one space, ESC and bidi overrides shown escaped', function () {
    const text = 'journey: x\n\tname:\u001b[31m red\n';
    const frame = codeFrame(text, { start: position(2, 2), end: position(2, 6) }, palette(false));
    assert.equal(frame, '  2 |  name:\\u001b[31m red\n    |  ^^^^');
    // The caret still lands under the range when an escape before it widens the line.
    const rtl = 'a: \u202eevil\u202c x\n';
    const after = codeFrame(rtl, { start: position(1, 11), end: position(1, 12) }, palette(false));
    assert.equal(after, '  1 | a: \\u202eevil\\u202c x\n    |                     ^');
  });

  it('GitHub messages: ESC and bidi overrides escaped before the runner sees them', function () {
    assert.equal(escapeData('a\u001b[2Jb\u202e'), 'a\\u001b[2Jb\\u202e');
    assert.equal(escapeData('x\n::error::y'), 'x%0A::error::y');
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
