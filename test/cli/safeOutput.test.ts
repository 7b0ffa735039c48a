/**
 * Issue 8, item 2: render and export never destroy input, never replace a file the run did not
 * create without --force, name every collision (exit 2), and write atomically.
 */
import { strict as assert } from 'node:assert';
import { linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { produce } from '../../src/cli/render/produce';
import { MalformedSvgError } from '../../src/cli/render/checkSvg';
import { analyzeText, requireJourney } from '../../src/cli/loadMap';
import { assertNoStackTrace, ensureBuilt, makeTempDir, removeDir, ROOT, runCli } from './helpers';

const MAP = 'journey: Safe\nstages:\n  - id: a\n    name: A\n    kind: retention\n';

describe('journey-map: outputs never destroy input (issue 8, items 2 and 3)', function () {
  before(ensureBuilt);
  let dir: string;
  beforeEach(function () {
    dir = makeTempDir('safe');
    writeFileSync(join(dir, 'm.journey.yaml'), MAP);
  });
  afterEach(function () {
    removeDir(dir);
  });

  it('render -o <the map itself>, through ./././, a symlink or a hard link: refused, exit 2, map intact', function () {
    symlinkSync('m.journey.yaml', join(dir, 'soft.txt'));
    linkSync(join(dir, 'm.journey.yaml'), join(dir, 'hard.txt'));
    for (const output of ['m.journey.yaml', './././m.journey.yaml', 'soft.txt', 'hard.txt']) {
      for (const force of [[], ['--force']]) {
        const result = runCli(['render', 'm.journey.yaml', '-o', output, ...force], { cwd: dir });
        assert.equal(result.status, 2, `${output} ${force.join('')}: ${result.stderr}`);
        assert.match(result.stderr, /is the map m\.journey\.yaml itself/);
        assert.doesNotMatch(result.stderr, /wrote/);
        assert.equal(readFileSync(join(dir, 'm.journey.yaml'), 'utf8'), MAP, `${output}: the map is intact`);
        assertNoStackTrace(result.stderr);
      }
    }
  });

  it('an existing file is replaced only with --force; the write leaves no temporary file', function () {
    writeFileSync(join(dir, 'notes.mmd'), 'my notes\n');
    const refused = runCli(['render', 'm.journey.yaml', '-o', 'notes.mmd'], { cwd: dir });
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /notes\.mmd: already exists and was not written by this run; use --force/);
    assert.equal(readFileSync(join(dir, 'notes.mmd'), 'utf8'), 'my notes\n');
    const forced = runCli(['render', 'm.journey.yaml', '-o', 'notes.mmd', '--force'], { cwd: dir });
    assert.equal(forced.status, 0, forced.stderr);
    assert.match(readFileSync(join(dir, 'notes.mmd'), 'utf8'), /^journey\n/);
    assert.deepEqual(
      readdirSync(dir).filter((name) => name.endsWith('.tmp')),
      [],
      'no temporary file left',
    );
  });

  it('export: every collision named (existing file, same base name in two folders, .yaml next to .yml), nothing written, exit 2', function () {
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'x.journey.yaml'), MAP);
    writeFileSync(join(dir, 'b', 'x.journey.yaml'), MAP);
    writeFileSync(join(dir, 'a', 'y.journey.yaml'), MAP);
    writeFileSync(join(dir, 'a', 'y.journey.yml'), MAP);
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'm.mmd'), 'user file\n');
    const result = runCli(
      [
        'export',
        'm.journey.yaml',
        'a/x.journey.yaml',
        'b/x.journey.yaml',
        'a/y.journey.yaml',
        'a/y.journey.yml',
        '-f',
        'mermaid',
        '-o',
        'out',
      ],
      { cwd: dir },
    );
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /out\/m\.mmd: already exists and was not written by this run/);
    assert.match(
      result.stderr,
      /out\/x\.mmd: both a\/x\.journey\.yaml and b\/x\.journey\.yaml would be written to this file/,
    );
    assert.match(
      result.stderr,
      /out\/y\.mmd: both a\/y\.journey\.yaml and a\/y\.journey\.yml would be written to this file/,
    );
    assert.doesNotMatch(result.stderr, /wrote \d+ file/);
    assert.deepEqual(readdirSync(join(dir, 'out')), ['m.mmd'], 'nothing written');
    assert.equal(readFileSync(join(dir, 'out', 'm.mmd'), 'utf8'), 'user file\n');
    // Beside the maps (no -o): x.journey.yaml and x.journey.yml in one folder collide too.
    const beside = runCli(['export', 'a', '-f', 'mermaid'], { cwd: dir });
    assert.equal(beside.status, 2);
    assert.match(beside.stderr, /a\/y\.mmd: both a\/y\.journey\.yaml and a\/y\.journey\.yml/);
  });

  it('export -o <a folder holding the maps> with a map-named output: the input is refused even with --force', function () {
    // A map named m.journey.yaml exported as markdown to m.md is fine; an output that *is* a map is not.
    symlinkSync('m.journey.yaml', join(dir, 'm.mmd'));
    const result = runCli(['export', 'm.journey.yaml', '-f', 'mermaid', '--force'], { cwd: dir });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /m\.mmd: is the map m\.journey\.yaml itself \(through a link or another path\)/);
    assert.equal(readFileSync(join(dir, 'm.journey.yaml'), 'utf8'), MAP);
  });

  describe('a paged PNG (--page): the page files <out>-1.png, <out>-2.png … are checked like any output', function () {
    const SAMPLE = join(ROOT, 'samples', 'parcel-delivery.journey.yaml');
    const paged = (output: string, ...extra: string[]) =>
      runCli(['render', SAMPLE, '--view', 'canvas', '--format', 'png', '--page', 'a4', '-o', output, ...extra], {
        cwd: dir,
      });
    const pngs = () =>
      readdirSync(dir)
        .filter((name) => name.endsWith('.png'))
        .sort();

    it('an existing out-2.png this run did not write: refused by name, exit 2, no page written; --force replaces it', function () {
      this.timeout(120_000);
      writeFileSync(join(dir, 'out-2.png'), 'my own picture');
      const refused = paged('out.png');
      assert.equal(refused.status, 2, refused.stderr);
      assert.match(refused.stderr, /out-2\.png: already exists and was not written by this run; use --force/);
      assert.doesNotMatch(refused.stderr, /wrote/);
      assertNoStackTrace(refused.stderr);
      assert.deepEqual(pngs(), ['out-2.png'], 'nothing written, not even page 1');
      assert.equal(readFileSync(join(dir, 'out-2.png'), 'utf8'), 'my own picture');

      const forced = paged('out.png', '--force');
      assert.equal(forced.status, 0, forced.stderr);
      assert.ok(pngs().length >= 2 && pngs().every((name) => /^out-\d+\.png$/.test(name)), pngs().join());
      assert.deepEqual([...readFileSync(join(dir, 'out-2.png')).subarray(1, 4)], [...Buffer.from('PNG')]);
    });

    it('a page name that is an input map (through a link) is refused even with --force', function () {
      this.timeout(120_000);
      linkSync(join(dir, 'm.journey.yaml'), join(dir, 'out-1.png'));
      const result = runCli(
        ['render', 'm.journey.yaml', '--view', 'canvas', '--format', 'png', '--page', 'a4', '-o', 'out.png', '--force'],
        { cwd: dir },
      );
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, /out-1\.png: is the map m\.journey\.yaml itself/);
      assert.equal(readFileSync(join(dir, 'm.journey.yaml'), 'utf8'), MAP);
    });

    it('a map without touchpoints yet is one page, never a silent run that writes nothing', function () {
      this.timeout(120_000);
      for (const format of ['png', 'pdf']) {
        const output = `empty.${format}`;
        const result = runCli(
          ['render', 'm.journey.yaml', '--view', 'canvas', '--format', format, '--page', 'a4', '-o', output],
          { cwd: dir },
        );
        assert.equal(result.status, 0, result.stderr);
        const written = format === 'png' ? 'empty-1.png' : 'empty.pdf';
        assert.match(result.stderr, new RegExp(`wrote ${written.replace('.', '\\.')}`));
        assert.ok(readFileSync(join(dir, written)).length > 100, written);
      }
    });

    it('-o out.png is a base name: an existing out.png is not in the way (the pages are out-N.png)', function () {
      this.timeout(120_000);
      writeFileSync(join(dir, 'out.png'), 'unrelated');
      const result = paged('out.png');
      assert.equal(result.status, 0, result.stderr);
      assert.equal(readFileSync(join(dir, 'out.png'), 'utf8'), 'unrelated');
      assert.ok(pngs().includes('out-1.png') && pngs().includes('out-2.png'), pngs().join());
    });

    it('export --page: a map whose page 2 exists gets none of its pages written, named, exit 2', function () {
      this.timeout(120_000);
      mkdirSync(join(dir, 'maps'));
      mkdirSync(join(dir, 'out'));
      writeFileSync(join(dir, 'maps', 'parcel.journey.yaml'), readFileSync(SAMPLE));
      writeFileSync(join(dir, 'out', 'parcel.map-2.png'), 'my own picture');
      const result = runCli(['export', 'maps', '--view', 'canvas', '--format', 'png', '--page', 'a4', '-o', 'out'], {
        cwd: dir,
      });
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, /parcel\.map-2\.png: already exists and was not written by this run/);
      assert.deepEqual(readdirSync(join(dir, 'out')), ['parcel.map-2.png'], 'no page of that map written');
    });
  });

  it('an SVG that is not well-formed is refused with exit 2 and the map named, never returned for writing', async function () {
    const valid = requireJourney(analyzeText(MAP, { rules: {}, today: undefined }), 'm.journey.yaml');
    const renderer = {
      renderSvg: async () => '<svg xmlns="http://www.w3.org/2000/svg"><text>&lt;/script\u0006-</tex></svg>',
      renderPng: async () => Buffer.from(''),
      close: async () => undefined,
    };
    await assert.rejects(
      produce(valid, 'm.journey.yaml', 'svg', {
        persona: undefined,
        theme: 'light',
        path: join(dir, 'm.journey.yaml'),
        renderer: async () => renderer as never,
      }),
      (error: unknown) =>
        error instanceof MalformedSvgError &&
        error.exitCode === 2 &&
        /^m\.journey\.yaml: the drawn SVG is not well-formed XML \(line 1, column \d+: /.test(error.message),
    );
  });
});
