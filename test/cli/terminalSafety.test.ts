/**
 * Issue 8, item 4: map text and file names reach terminals and CI logs as data, never as
 * terminal controls or workflow commands.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertNoStackTrace, ensureBuilt, makeTempDir, removeDir, runCli } from './helpers';

const ESC = '\u001b';
const RLO = '\u202e';

/**
 * A valid map whose names hold an ESC sequence (clear screen, set title) and a right-to-left
 * override, both as YAML escapes and (U+202E) raw in the file, so they reach gap messages and
 * code frames.
 */
const HOSTILE_MAP = [
  'journey: "Clear\\e[2J\\e[1;1Hscreen"',
  'stages:',
  '  - id: buy',
  `    name: "Buy \\u202Eyub ${RLO}raw"`,
  '    touchpoints:',
  '      - id: pay',
  '        name: "Pay\\e]0;owned\\a"',
  '        channel: app',
  '        emotion: 3',
].join('\n');

/** A channel holding a forged workflow command: a schema error quoting it. */
const FORGED_MAP = [
  'journey: Forged',
  'stages:',
  '  - id: buy',
  '    name: Buy',
  '    touchpoints:',
  '      - id: pay',
  '        name: Pay',
  '        channel: "web\\n::error::forged annotation"',
].join('\n');

/** No raw control character but the line breaks, and no bidi control, in `text`. */
function assertInert(text: string, where: string): void {
  const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/.exec(text);
  assert.equal(raw, null, `${where}: raw U+${raw?.[0].charCodeAt(0).toString(16).padStart(4, '0')} in\n${text}`);
}

describe('journey-map: neutralised output (issue 8, item 4)', function () {
  before(ensureBuilt);
  let dir: string;
  beforeEach(function () {
    dir = makeTempDir('neutral');
    writeFileSync(join(dir, 'hostile.journey.yaml'), HOSTILE_MAP);
    writeFileSync(join(dir, 'forged.journey.yaml'), FORGED_MAP);
  });
  afterEach(function () {
    removeDir(dir);
  });

  it('text: ESC sequences and bidi overrides in map text are shown escaped, never emitted', function () {
    const result = runCli(['check', 'hostile.journey.yaml'], { cwd: dir });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assertInert(result.stdout, 'stdout');
    assertInert(result.stderr, 'stderr');
    assert.match(result.stdout, /Buy \\u202eyub/, 'the escapes are visible in messages');
    assert.match(result.stdout, /\\u202eraw/, 'and in code frames');
    // Even with colour on, the only ESC bytes are our own colour codes (`ESC[<n>m`).
    const coloured = runCli(['check', 'hostile.journey.yaml'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout;
    assert.equal(coloured.replace(/\u001b\[\d+m/g, '').includes(ESC), false, 'no ESC but colour codes');
    assert.equal(coloured.includes(RLO), false);
  });

  it('github: a forged `::error::` in map text never starts a line; ESC and U+202E escaped', function () {
    const result = runCli(['check', 'hostile.journey.yaml', 'forged.journey.yaml', '--format', 'github'], { cwd: dir });
    assertInert(result.stdout, 'github');
    const commands = result.stdout.split('\n').filter((line) => /^\s*::/.test(line));
    assert.ok(commands.length > 0);
    for (const line of commands) {
      assert.match(line, /^::(error|warning|notice) file=(hostile|forged)\.journey\.yaml,line=\d+,col=\d+,/, line);
      assert.doesNotMatch(line.replace(/^::\w+ [^:]*::/, ''), /%(?!25|0D|0A)/, 'every % of a message is escaped');
    }
    assert.doesNotMatch(result.stdout, /^::error::forged/m);
  });

  it('json and sarif: bidi controls written as \\u escapes, the same data once parsed', function () {
    for (const format of ['json', 'sarif']) {
      const result = runCli(['check', 'hostile.journey.yaml', 'forged.journey.yaml', '--format', format], { cwd: dir });
      assertInert(result.stdout, format);
      assert.ok(JSON.stringify(JSON.parse(result.stdout)).length > 0);
    }
    const rows = JSON.parse(runCli(['check', 'forged.journey.yaml', '--format', 'json'], { cwd: dir }).stdout) as {
      message: string;
    }[];
    assert.ok(
      rows.some((row) => row.message.includes('\n::error::forged')),
      'the parsed message is the map text verbatim',
    );
  });

  it('file names holding a newline, ESC or U+202E are printed escaped (text, github, stderr)', function () {
    const folder = join(dir, 'names');
    mkdirSync(folder);
    const nasty = `a\n::error::x${ESC}[31m${RLO}.journey.yaml`;
    writeFileSync(join(folder, nasty), 'journey: [\n');
    const text = runCli(['check', 'names'], { cwd: dir });
    assertInert(text.stdout, 'text');
    assert.match(text.stdout, /names\/a\\u000a::error::x\\u001b\[31m\\u202e\.journey\.yaml:\d+:/);
    const github = runCli(['check', 'names', '--format', 'github'], { cwd: dir });
    assertInert(github.stdout, 'github');
    assert.match(github.stdout, /^::error file=names\/a%0A%3A%3Aerror%3A%3Ax\\u001b\[31m\\u202e\.journey\.yaml,/m);
    // A name starting with `::` would make the text format's line a workflow command.
    writeFileSync(join(folder, '::warning::y.journey.yaml'), 'journey: [\n');
    const leading = runCli(['check', '::warning::y.journey.yaml'], { cwd: folder });
    assert.doesNotMatch(leading.stdout, /^\s*::/m);
    // Messages on stderr: an unreadable or unusable path is named escaped too.
    const missing = runCli(['check', `gone${ESC}[2J\n::error::z.journey.yaml`], { cwd: dir });
    assert.equal(missing.status, 2);
    assertInert(missing.stderr, 'stderr');
    assert.doesNotMatch(missing.stderr, /^\s*::/m);
    assertNoStackTrace(missing.stderr);
  });

  it('render and export messages about an invalid map escape its text', function () {
    writeFileSync(
      join(dir, 'bad.journey.yaml'),
      'journey: x\nstages:\n  - id: "a\\e[2J"\n    name: 7\n    kind: "\\u202Ebad"\n',
    );
    const result = runCli(['render', 'bad.journey.yaml'], { cwd: dir });
    assert.equal(result.status, 1);
    assertInert(result.stderr, 'render stderr');
  });
});
