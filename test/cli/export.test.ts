import { strict as assert } from 'node:assert';
import { cpSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assertNoStackTrace,
  ensureBuilt,
  FIXTURES,
  installedChromium,
  makeTempDir,
  removeDir,
  runCli,
} from './helpers';
import { pngSize } from './svgInspection';

describe('journey-map export', function () {
  before(ensureBuilt);
  let dir: string;
  beforeEach(function () {
    dir = makeTempDir('export');
    cpSync(join(FIXTURES, 'maps'), join(dir, 'maps'), { recursive: true });
  });
  afterEach(function () {
    removeDir(dir);
  });

  it('mermaid and markdown for every map, keeping the folder structure under -o', function () {
    const result = runCli(['export', 'maps', '--format', 'mermaid,markdown', '-o', 'out'], { cwd: dir });
    assert.equal(result.status, 0, result.stderr);
    for (const file of [
      'out/parcel-delivery.mmd',
      'out/parcel-delivery.md',
      'out/sub/taco-restaurant.mmd',
      'out/sub/taco-restaurant.md',
    ]) {
      assert.ok(existsSync(join(dir, file)), `${file} written`);
    }
    assert.equal(
      readFileSync(join(dir, 'out/parcel-delivery.mmd'), 'utf8'),
      runCli(['render', 'maps/parcel-delivery.journey.yaml'], { cwd: dir }).stdout,
      'export writes the same bytes as render',
    );
    // Not a terminal: one progress line per map, then a total.
    assert.match(
      result.stderr,
      /^\[1\/2\] maps\/parcel-delivery\.journey\.yaml\n\[2\/2\] maps\/sub\/taco-restaurant\.journey\.yml\n/,
    );
    assert.match(result.stderr, /wrote 4 files from 2 maps/);
  });

  it('without -o, writes beside each map; `render <folder>` does the same', function () {
    assert.equal(runCli(['export', 'maps', '--format', 'mermaid'], { cwd: dir }).status, 0);
    assert.ok(existsSync(join(dir, 'maps/sub/taco-restaurant.mmd')));
    const viaRender = runCli(['render', 'maps', '--format', 'mermaid', '-o', 'rendered'], { cwd: dir });
    assert.equal(viaRender.status, 0, viaRender.stderr);
    assert.ok(existsSync(join(dir, 'rendered/sub/taco-restaurant.mmd')));
  });

  it('an invalid map is reported and skipped, the others are written, exit 1', function () {
    writeFileSync(
      join(dir, 'maps', 'broken.journey.yaml'),
      'journey: Broken\nstages:\n  - id: a\n    name: A\n    touchpoints:\n      - id: t\n        name: T\n        emotion: 9\n',
    );
    const result = runCli(['export', 'maps', '--format', 'mermaid', '-o', 'out'], { cwd: dir });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /maps\/broken\.journey\.yaml cannot be used: it has 1 error/);
    assert.match(result.stderr, /maps\/broken\.journey\.yaml:8:18 JM105 /);
    assert.ok(existsSync(join(dir, 'out/parcel-delivery.mmd')));
    assert.match(result.stderr, /1 could not be drawn/);
    assertNoStackTrace(result.stderr);
  });

  it('an unreadable map (dangling link) is reported, the others are written, exit 2', function () {
    symlinkSync(join(dir, 'gone.journey.yaml'), join(dir, 'maps', 'dangling.journey.yaml'));
    const result = runCli(['export', 'maps', '--format', 'mermaid', '-o', 'out'], { cwd: dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /maps\/dangling\.journey\.yaml: no such file or folder/);
    assert.match(result.stderr, /wrote 2 files from 3 maps; 1 could not be read/);
    assert.ok(existsSync(join(dir, 'out/sub/taco-restaurant.mmd')));
  });

  it('bad usage and empty folders: exit 2', function () {
    assert.equal(runCli(['export'], { cwd: dir }).status, 2);
    assert.equal(runCli(['export', 'maps', '--format', 'svg,gif'], { cwd: dir }).status, 2);
    const empty = runCli(['export', 'maps/sub/nothing-here'], { cwd: dir });
    assert.equal(empty.status, 2);
    assertNoStackTrace(empty.stderr);
  });

  it('svg and png for a whole folder with one browser', function () {
    const chromium = installedChromium();
    if (!chromium) this.skip();
    this.timeout(120_000);
    const started = Date.now();
    const result = runCli(['export', 'maps', '--format', 'svg,png', '-o', 'out', '--theme', 'dark'], { cwd: dir });
    const elapsed = Date.now() - started;
    assert.equal(result.status, 0, result.stderr);
    for (const name of ['parcel-delivery', 'sub/taco-restaurant']) {
      assert.match(
        readFileSync(join(dir, 'out', `${name}.svg`), 'utf8'),
        /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
      );
      const { width, height } = pngSize(readFileSync(join(dir, 'out', `${name}.png`)));
      assert.ok(width > 200 && height > 200, `${name}.png is ${width}×${height}`);
    }
    // eslint-disable-next-line no-console
    console.log(`      (2 maps × svg+png in ${elapsed} ms, including the browser start)`);
  });
});
