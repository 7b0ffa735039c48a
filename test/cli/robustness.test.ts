/**
 * Issue 8, items 5 and 9: the CLI on hostile files and environments: write errors, pipes and
 * devices, unreadable files, link loops, ignore patterns, --quiet, standard input and output,
 * and text output proportionate to the findings on a 1 MiB map.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  openSync,
  closeSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { assertNoStackTrace, BIN, ensureBuilt, makeTempDir, removeDir, runCli, TODAY } from './helpers';

const VALID = 'journey: Small\nstages:\n  - id: a\n    name: A\n    kind: retention\n';
/** Valid, with warnings (touchpoints without an owner). */
function mapWithWarnings(count: number): string {
  const touchpoints = Array.from(
    { length: count },
    (_, index) => `      - { id: t${index}, name: Touchpoint ${index}, channel: app, emotion: 3 }`,
  );
  return (
    ['journey: Warned', 'stages:', '  - id: a', '    name: A', '    touchpoints:', ...touchpoints].join('\n') + '\n'
  );
}

/** A valid map of about 1 MiB with a few thousand findings (touchpoints without owners, valleys…). */
export function bigValidMap(): string {
  const lines = [
    'journey: Big map',
    'owner: CX team',
    'reviewed: 2026-10-01',
    'personas:',
    '  - id: rina',
    '    name: Rina',
    'stages:',
  ];
  let length = lines.join('\n').length;
  for (let stage = 0; stage < 100 && length < 1000 * 1024; stage += 1) {
    const block = [`  - id: s${stage}`, `    name: Stage ${stage}`, '    touchpoints:'];
    for (let index = 0; index < 20; index += 1) {
      block.push(
        `      - id: t${stage}-${index}`,
        `        name: Touchpoint ${stage} ${index} ${'x'.repeat(100)}`,
        '        channel: app',
        `        emotion: ${(index % 5) + 1}`,
        `        action: ${'lorem ipsum '.repeat(30)}`,
      );
    }
    lines.push(...block);
    length += block.join('\n').length + 1;
  }
  return lines.join('\n') + '\n';
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('journey-map: robustness (issue 8, items 5 and 9)', function () {
  before(ensureBuilt);
  let dir: string;
  beforeEach(function () {
    dir = makeTempDir('robust');
  });
  afterEach(function () {
    removeDir(dir);
  });

  it('a full disk on standard output (> /dev/full): one line, exit 2, no stack trace', function () {
    if (!existsSync('/dev/full')) this.skip();
    writeFileSync(join(dir, 'a.journey.yaml'), mapWithWarnings(3));
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [
        ['check', 'a.journey.yaml'],
        ['render', 'a.journey.yaml'],
      ]) {
        const result = spawnSync(process.execPath, [BIN, ...args], {
          cwd: dir,
          stdio: ['ignore', full, 'pipe'],
          env: { ...process.env, JOURNEY_MAP_TODAY: TODAY },
          timeout: 60_000,
        });
        const stderr = result.stderr.toString('utf8');
        assert.equal(result.status, 2, stderr);
        assert.equal(stderr.trim().split('\n').length, 1, stderr);
        assert.match(stderr, /^journey-map: cannot write standard output: no space left on the device\n$/);
        assertNoStackTrace(stderr);
      }
    } finally {
      closeSync(full);
    }
  });

  it('a FIFO named like a map, given or found in a folder, is refused at once (no hang)', function () {
    mkdirSync(join(dir, 'maps'));
    writeFileSync(join(dir, 'maps', 'ok.journey.yaml'), VALID);
    execFileSync('mkfifo', [join(dir, 'maps', 'pipe.journey.yaml')]);
    const named = runCli(['check', 'maps/pipe.journey.yaml'], { cwd: dir, timeout: 20_000 });
    assert.equal(named.status, 2);
    assert.match(named.stderr, /maps\/pipe\.journey\.yaml: is a named pipe \(FIFO\), not a journey map file/);
    const found = runCli(['check', 'maps'], { cwd: dir, timeout: 20_000 });
    assert.equal(found.status, 2);
    assert.match(found.stderr, /maps\/pipe\.journey\.yaml: not a regular file \(a named pipe \(FIFO\)\)/);
    assert.doesNotMatch(found.stdout, /No problems/);
    assert.equal(runCli(['render', 'maps/pipe.journey.yaml'], { cwd: dir, timeout: 20_000 }).status, 2);
    assert.equal(runCli(['check', '/dev/null'], { cwd: dir, timeout: 20_000 }).status, 2, 'a device');
  });

  it('a folder named like a map, and a folder named .journeymaprc.json, are refused by name', function () {
    mkdirSync(join(dir, 'odd.journey.yaml'));
    writeFileSync(join(dir, 'odd.journey.yaml', 'inner.journey.yaml'), VALID);
    const named = runCli(['check', 'odd.journey.yaml'], { cwd: dir });
    assert.equal(named.status, 2);
    assert.match(named.stderr, /odd\.journey\.yaml: is a folder, not a journey map/);
    mkdirSync(join(dir, 'maps'));
    writeFileSync(join(dir, 'maps', 'ok.journey.yaml'), VALID);
    mkdirSync(join(dir, '.journeymaprc.json'));
    const config = runCli(['check', 'maps'], { cwd: dir });
    assert.equal(config.status, 2);
    assert.match(config.stderr, /\.journeymaprc\.json: is a folder, not a file/);
    assertNoStackTrace(named.stderr + config.stderr);
  });

  it('an unreadable map is an error in the summary, never "No problems in 0 files"', function () {
    mkdirSync(join(dir, 'maps'));
    symlinkSync(join(dir, 'gone.journey.yaml'), join(dir, 'maps', 'dangling.journey.yaml'));
    const result = runCli(['check', 'maps'], { cwd: dir });
    assert.equal(result.status, 2);
    assert.doesNotMatch(result.stdout, /No problems/);
    assert.match(result.stdout, /1 file could not be read; 0 files checked/);
    if (!isRoot) {
      writeFileSync(join(dir, 'maps', 'secret.journey.yaml'), VALID);
      chmodSync(join(dir, 'maps', 'secret.journey.yaml'), 0o000);
      const denied = runCli(['check', 'maps/secret.journey.yaml'], { cwd: dir });
      assert.equal(denied.status, 2);
      assert.match(denied.stderr, /secret\.journey\.yaml: permission denied/);
      assert.doesNotMatch(denied.stdout, /No problems/);
    }
  });

  it('a self-referencing symbolic link is called a link loop, not a missing file', function () {
    symlinkSync('loop.journey.yaml', join(dir, 'loop.journey.yaml'));
    const result = runCli(['check', 'loop.journey.yaml'], { cwd: dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /loop\.journey\.yaml: a symbolic link that points back to itself \(a link loop\)/);
    assert.doesNotMatch(result.stderr, /does not exist/);
  });

  it('ignore patterns are case-sensitive like git; a 100,000-character pattern is a clear usage error', function () {
    mkdirSync(join(dir, 'maps'));
    writeFileSync(join(dir, 'maps', 'Draft.journey.yaml'), 'journey: [\n');
    writeFileSync(join(dir, '.journeymapignore'), 'maps/draft.journey.yaml\n');
    const sensitive = runCli(['check', '.', '--format', 'json'], { cwd: dir });
    assert.equal(sensitive.status, 1, 'Draft.journey.yaml is not ignored by a lower-case pattern');
    writeFileSync(join(dir, '.journeymapignore'), `# long\n${'a'.repeat(100_000)}*\n`);
    const long = runCli(['check', '.'], { cwd: dir });
    assert.equal(long.status, 2);
    assert.match(long.stderr, /\.journeymapignore:2: this pattern is 100,001 characters long/);
    assert.doesNotMatch(long.stderr, /bug in journey-map|unexpected error/);
    assert.ok(long.stderr.length < 1000, 'the message does not quote the pattern');
  });

  it('--quiet never says "No problems" when warnings exceed --max-warnings', function () {
    writeFileSync(join(dir, 'warned.journey.yaml'), mapWithWarnings(39));
    const result = runCli(['check', 'warned.journey.yaml', '--quiet', '--max-warnings', '10'], { cwd: dir });
    assert.equal(result.status, 1);
    assert.doesNotMatch(result.stdout, /No problems/);
    assert.match(result.stdout, /No errors in 1 file \(\d+ warnings, \d+ info not shown: --quiet\)/);
    assert.match(result.stderr, /\d+ warnings, more than --max-warnings 10/);
  });

  it('`check -` reads standard input; --stdin-filename names it and finds its configuration', function () {
    mkdirSync(join(dir, 'team'));
    writeFileSync(join(dir, 'team', '.journeymaprc.json'), JSON.stringify({ rules: { JM207: 'error' } }));
    const text = 'journey: From stdin\nstages:\n  - id: a\n    name: A\n';
    const plain = runCli(['check', '-', '--format', 'json'], { cwd: dir, input: text });
    assert.equal(plain.status, 0, plain.stderr);
    const rows = JSON.parse(plain.stdout) as { file: string; code: string; severity: string }[];
    assert.ok(rows.length > 0 && rows.every((row) => row.file === '<stdin>'));
    const named = runCli(['check', '-', '--stdin-filename', 'team/x.journey.yaml'], { cwd: dir, input: text });
    assert.equal(named.status, 1, 'team/.journeymaprc.json raised JM207 to an error');
    assert.match(named.stdout, /^team\/x\.journey\.yaml:\d+:\d+ error JM207/m);
    assert.equal(runCli(['check', '-', 'other.journey.yaml'], { cwd: dir, input: text }).status, 2);
  });

  it('`render -o -` writes to standard output; `render -` reads standard input', function () {
    writeFileSync(join(dir, 'a.journey.yaml'), VALID);
    const result = runCli(['render', 'a.journey.yaml', '-o', '-'], { cwd: dir });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^journey\n/);
    assert.equal(existsSync(join(dir, '-')), false, 'no file named "-"');
    const piped = runCli(['render', '-', '-o', '-'], { cwd: dir, input: readFileSync(join(dir, 'a.journey.yaml')) });
    assert.equal(piped.status, 0, piped.stderr);
    assert.equal(piped.stdout, result.stdout);
  });

  it('text check of a valid 1 MiB map: linear, and its output proportionate to the findings', function () {
    this.timeout(120_000);
    writeFileSync(join(dir, 'big.journey.yaml'), bigValidMap());
    const started = Date.now();
    const text = runCli(['check', 'big.journey.yaml'], { cwd: dir });
    const elapsed = Date.now() - started;
    const json = runCli(['check', 'big.journey.yaml', '--format', 'json'], { cwd: dir });
    const findings = (JSON.parse(json.stdout) as unknown[]).length;
    assert.ok(findings > 100, `${findings} findings`);
    const frames = text.stdout.split('\n').filter((line) => /^\s+\d+ \| /.test(line)).length;
    assert.ok(frames <= 20, `${frames} code frames`);
    assert.match(text.stdout, /code frames shown for the first 20 of \d+ findings/);
    assert.ok(text.stdout.length < json.stdout.length, `text ${text.stdout.length} B, json ${json.stdout.length} B`);
    // eslint-disable-next-line no-console
    console.log(`      (text check of ${findings} findings on 1 MiB: ${elapsed} ms, ${text.stdout.length} bytes)`);
  });
});
