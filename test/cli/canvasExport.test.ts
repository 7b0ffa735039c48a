/**
 * `--view canvas` black-box: SVG without a browser, PNG and PDF, paged PDF checked with
 * `pdftotext -bbox` (poppler-utils): page count and size, and no text under 9 pt.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { ensureBuilt, runCli } from './helpers';

const LARGE = 'samples/home-fibre-broadband.journey.yaml';
const SMALL = 'samples/parcel-delivery.journey.yaml';

/** Pages (width × height in pt) and the font size of every word, from pdftotext -bbox. */
export function pdfLayout(file: string): { pages: { width: number; height: number }[]; sizes: number[] } {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages = [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  const sizes = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)].map(
    (m) => Number(m[3]) - Number(m[2]),
  );
  return { pages, sizes };
}

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('journey-map render/export --view canvas', function () {
  this.timeout(180_000);
  before(ensureBuilt);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'jm-canvas-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('--format svg writes well-formed, self-contained SVG to standard output without a browser', function () {
    const result = runCli(['render', SMALL, '--view', 'canvas', '--format', 'svg', '--browser', '/nonexistent'], {});
    assert.equal(result.status, 0, result.stderr);
    assert.equal(XMLValidator.validate(result.stdout), true);
    assert.match(result.stdout, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.doesNotMatch(result.stdout, /<style|class=|<script|href=/);
    assert.match(result.stdout, /data-kind="touchpoint"/);
  });

  it('--persona and --theme dark change the drawing', function () {
    const light = runCli(['render', SMALL, '--view', 'canvas', '-f', 'svg']);
    const dark = runCli(['render', SMALL, '--view', 'canvas', '-f', 'svg', '--theme', 'dark', '--persona', 'rina']);
    assert.equal(dark.status, 0, dark.stderr);
    assert.match(light.stdout, /fill="#ffffff"/);
    assert.match(dark.stdout, /fill="#1e1e1e"/);
    assert.ok(dark.stdout.length < light.stdout.length, 'one persona draws fewer touchpoints');
  });

  it('--format png writes a PNG', function () {
    const out = join(dir, 'map.png');
    const result = runCli(['render', SMALL, '--view', 'canvas', '--format', 'png', '-o', out]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual([...readFileSync(out).subarray(1, 4)], [...Buffer.from('PNG')]);
  });

  it('--page 16:9 --format png writes one slide per page', function () {
    const out = join(dir, 'slide.png');
    const result = runCli(['render', SMALL, '--view', 'canvas', '--format', 'png', '--page', '16:9', '-o', out]);
    assert.equal(result.status, 0, result.stderr);
    const slides = readdirSync(dir).filter((name) => /^slide-\d+\.png$/.test(name));
    assert.ok(slides.length >= 2, slides.join(', '));
    // 960 × 540 pt at 2 px per pt: 1920 × 1080.
    const png = readFileSync(join(dir, 'slide-1.png'));
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1920, 1080]);
  });

  // Paged, the large sample (38 touchpoints) once took 29 A4 pages (four cards per page, lanes cut
  // where a page ended); each page now holds as many whole stages and lanes as fit at 9 pt or more.
  const PAGED: readonly { page: string; size: [number, number]; most: number }[] = [
    { page: 'a4', size: [842, 595], most: 22 },
    { page: 'a3', size: [1191, 842], most: 9 },
    { page: 'letter', size: [792, 612], most: 25 },
    { page: '16:9', size: [960, 540], most: 24 },
  ];
  for (const { page, size, most } of PAGED)
    it(`a ${page} PDF of the large sample: at most ${most} landscape pages, text at 9 pt or more`, function () {
      if (!hasPdftotext) this.skip();
      const out = join(dir, 'map.pdf');
      const result = runCli(['render', LARGE, '--view', 'canvas', '--format', 'pdf', '--page', page, '-o', out]);
      assert.equal(result.status, 0, result.stderr);
      const { pages, sizes } = pdfLayout(out);
      assert.ok(pages.length >= 2 && pages.length <= most, `${pages.length} pages`);
      for (const one of pages) assert.deepEqual([Math.round(one.width), Math.round(one.height)], size);
      // A word's box is its font's ascent + descent: 1.164 em for DejaVu Sans.
      const smallest = Math.min(...sizes) / 1.164;
      assert.ok(smallest >= 8.95, `smallest text ${smallest.toFixed(2)} pt`);
      console.log(`      [measure] ${page}: ${pages.length} pages, smallest text ${smallest.toFixed(2)} pt`);
      const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
      for (const word of [
        'Home fibre broadband',
        'Touchpoints',
        'Emotion',
        'Pain points',
        'Opportunities',
        'Metrics',
        'Installation',
      ])
        assert.ok(text.includes(word), word);
      assert.ok((text.match(/Home fibre broadband/g) ?? []).length >= pages.length, 'every page repeats the title');
      // Never inside a touchpoint: every touchpoint's card is whole on some page (its number chip and name together).
      const perPage = text.split('\f');
      for (const name of ['Coverage checker on', 'Calls the call centre'])
        assert.ok(
          perPage.some((one) => one.includes(name)),
          `${name} on a page`,
        );
    });

  it('names the characters the PDF font cannot draw (CJK), and stays quiet when it draws them all', function () {
    const map = join(dir, 'cjk.journey.yaml');
    writeFileSync(
      map,
      'journey: 配達の旅 (delivery)\nstages:\n  - id: awareness\n    name: 認知\n    kind: awareness\n    touchpoints:\n      - id: ad\n        name: 広告を見る\n        channel: ads\n',
    );
    const result = runCli(['render', map, '--view', 'canvas', '--format', 'pdf', '-o', join(dir, 'cjk.pdf')]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(
      result.stderr,
      /warning: .*cjk\.journey\.yaml: the PDF's font \(DejaVu Sans\) has no glyph for 11 characters/,
    );
    assert.match(result.stderr, /配 \(U\+914D\), 達 \(U\+9054\)/);
    // The large sample (Indonesian and English, symbols for channels) is drawn whole: no warning.
    const large = runCli(['render', LARGE, '--view', 'canvas', '--format', 'pdf', '-o', join(dir, 'large.pdf')]);
    assert.doesNotMatch(large.stderr, /warning/);
  });

  it('an unpaged PDF is one page the size of the canvas', function () {
    if (!hasPdftotext) this.skip();
    const out = join(dir, 'one.pdf');
    assert.equal(runCli(['render', SMALL, '--view', 'canvas', '--format', 'pdf', '-o', out]).status, 0);
    const { pages, sizes } = pdfLayout(out);
    assert.equal(pages.length, 1);
    // Its scale prints the smallest text (11 px) at 9 pt, as the paged ones do.
    const smallest = Math.min(...sizes) / 1.164;
    assert.ok(smallest >= 8.95, `smallest text ${smallest.toFixed(2)} pt`);
  });

  it('export --view canvas --format svg,pdf writes both for every map given', function () {
    const result = runCli(['export', SMALL, LARGE, '--view', 'canvas', '--format', 'svg,pdf', '-o', dir]);
    assert.equal(result.status, 0, result.stderr);
    for (const name of ['parcel-delivery', 'home-fibre-broadband']) {
      // The canvas's files are named `<map>.map.svg` / `.map.pdf` (src/shared/exportNaming.ts), as in the editor.
      assert.ok(existsSync(join(dir, `${name}.map.svg`)), `${name}.map.svg`);
      assert.ok(existsSync(join(dir, `${name}.map.pdf`)), `${name}.map.pdf`);
    }
  });

  it('bad combinations are usage errors (exit 2)', function () {
    for (const args of [
      ['--view', 'canvas', '--format', 'markdown'],
      ['--format', 'pdf'],
      ['--view', 'canvas', '--format', 'svg', '--page', 'a4'],
      ['--view', 'poster', '--format', 'svg'],
      ['--view', 'canvas', '--format', 'pdf', '--page', 'a5'],
    ]) {
      const result = runCli(['render', SMALL, ...args, '-o', join(dir, 'x')]);
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
    }
  });
});
