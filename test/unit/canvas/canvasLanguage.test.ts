/**
 * The canvas in the reader's language: Indonesian lanes, cards, legends and announcements, the
 * map's own `language` winning over the reader's, and English drawings byte-identical to what the
 * canvas drew before its words were keyed (canvas-english.golden.json holds their SHA-256, taken
 * before the change; regenerate with UPDATE_GOLDEN=1 only after an intended English change).
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  laneLabels,
  layoutCanvas,
  paginateCanvas,
  renderCanvasPageSvg,
  renderCanvasSvg,
  withLocalFindings,
  type CanvasLayout,
  type PageSize,
} from '../../../src/core/canvas/index';
import { analyzeJourney, type JourneyAnalysis } from '../../../src/core/index';
import { canvasEn } from '../../../src/core/l10n/catalogues/canvas.en';
import { canvasId } from '../../../src/core/l10n/catalogues/canvas.id';
import { placeholdersOf } from '../../../src/core/l10n/index';

const root = join(__dirname, '..', '..', '..');
const GOLDEN = join(__dirname, 'canvas-english.golden.json');
const TODAY = '2026-11-28';
const samples = readdirSync(join(root, 'samples')).filter((file) => file.endsWith('.yaml'));
const invalid = readdirSync(join(root, 'samples', 'invalid')).filter((file) => file.endsWith('.yaml'));
const analysisOf = (path: string): JourneyAnalysis =>
  analyzeJourney(readFileSync(join(root, 'samples', path), 'utf8'), { today: TODAY });
const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Everything the canvas writes: drawn lines, tooltips, element labels, lane names, title and description. */
function words(layout: CanvasLayout): string[] {
  return [
    layout.title,
    layout.description,
    ...layout.lanes.map((lane) => lane.label),
    ...layout.elements.flatMap((element) => [
      element.label,
      element.tooltip ?? '',
      ...element.texts.flatMap((text) => [...text.lines, text.fullText ?? '']),
    ]),
  ].filter((text) => text !== '');
}

/** English canvas words that Indonesian says differently and that are long enough not to be a map's own text by chance. */
const ENGLISH_ONLY = Object.entries(canvasEn)
  .filter(([, message]) => typeof message === 'string' && placeholdersOf(message).length === 0)
  .filter(([key, message]) => canvasId[key as keyof typeof canvasEn] !== message && (message as string).length >= 5)
  .map(([, message]) => message as string)
  // Parts that also appear inside other words ("Emotion" in "Emosi" does not, but keep to whole phrases).
  .filter((message) => !/^[A-Z]+$/.test(message));

describe('the canvas in the reader’s language', () => {
  it('draws English exactly as before: every sample, light and dark, whole and paged (golden hashes)', function () {
    this.timeout(120_000);
    const actual: Record<string, string> = {};
    for (const name of samples) {
      const analysis = analysisOf(name);
      actual[name] = sha(renderCanvasSvg(layoutCanvas(analysis)));
      actual[`${name}#dark`] = sha(renderCanvasSvg(layoutCanvas(analysis, { language: 'en' }), { theme: 'dark' }));
      for (const size of ['16:9', 'a4'] as PageSize[])
        actual[`${name}#${size}`] = sha(
          paginateCanvas(analysis, {}, size)
            .map((page) => renderCanvasPageSvg(page))
            .join('\n'),
        );
    }
    for (const name of invalid)
      actual[`invalid/${name}`] = sha(renderCanvasSvg(layoutCanvas(analysisOf(`invalid/${name}`))));
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string>;
    assert.deepEqual(
      Object.keys(actual).filter((key) => actual[key] !== expected[key]),
      [],
      'English canvas drawings changed; if intended, run UPDATE_GOLDEN=1 npx mocha … canvasLanguage.test.ts',
    );
  });

  for (const name of samples)
    it(`${name} in Indonesian: no English lane name or canvas word, whole and paged`, function () {
      this.timeout(60_000);
      // As the CLI, the exports and the language server hand it over: findings worded in Indonesian too.
      const analysis = withLocalFindings(analysisOf(name), 'id');
      const layouts = [
        layoutCanvas(analysis, { language: 'id' }),
        ...paginateCanvas(analysis, { language: 'id' }, '16:9').map((page) => page.layout),
      ];
      const english = laneLabels('en');
      const indonesian = laneLabels('id');
      for (const layout of layouts) {
        assert.equal(layout.language, 'id');
        for (const lane of layout.lanes) assert.equal(lane.label, indonesian[lane.id]);
        const text = words(layout);
        for (const lane of layout.lanes)
          if (english[lane.id] !== indonesian[lane.id])
            assert.ok(!text.includes(english[lane.id]), `English lane name “${english[lane.id]}” drawn`);
        const joined = text.join('\n');
        // The Indonesian sample's own text is Indonesian: none of the canvas's English words may show.
        // (The English samples' text is English, so only the canvas's own phrases are checked there.)
        if (name.startsWith('toko-'))
          for (const phrase of ENGLISH_ONLY) assert.ok(!joined.includes(phrase), `English “${phrase}” in ${name}`);
        assert.doesNotMatch(joined, /\bpage \d+ of \d+|\bOwner:|\bNo owner\b|\bOpen: no opportunity\b|\bFixes\b/);
      }
      const markers = layouts[0]!.elements.filter((element) => element.kind === 'gap');
      for (const marker of markers) assert.match(marker.tooltip ?? '', /\((error|peringatan|info|saran)\): /);
      const svg = renderCanvasSvg(layouts[0]!);
      assert.match(svg, / lang="id" xml:lang="id" role="graphics-document" aria-roledescription="journey map"/);
      assert.match(svg, /<desc id="journey-canvas-desc">Customer journey map “[^<]*”: \d+ tahap/);
    });

  it('a map that declares `language: id` is drawn in Indonesian whatever the reader’s language, and the other way round', () => {
    const text = readFileSync(join(root, 'samples', 'parcel-delivery.journey.yaml'), 'utf8');
    const declared = (language: string) =>
      analyzeJourney(text.replace(/^journey:/m, `language: ${language}\njourney:`), { today: TODAY });
    const id = layoutCanvas(declared('id'), { language: 'en' });
    assert.equal(id.language, 'id');
    assert.deepEqual(
      id.lanes.map((lane) => lane.label),
      id.lanes.map((lane) => laneLabels('id')[lane.id]),
    );
    assert.ok(words(id).some((line) => line.startsWith('Penanggung jawab: ')));
    const en = layoutCanvas(declared('en'), { language: 'id' });
    assert.equal(en.language, 'en');
    assert.ok(words(en).some((line) => line.startsWith('Owner: ')));
    // The reader's language when the map says nothing.
    assert.equal(layoutCanvas(analysisOf('parcel-delivery.journey.yaml'), { language: 'id' }).language, 'id');
  });

  it('keys its statuses, severities and placeholder page in Indonesian', () => {
    const analysis = analyzeJourney(
      [
        'journey: Uji',
        'stages:',
        '  - id: a',
        '    name: Tahap A',
        '    touchpoints:',
        '      - id: t',
        '        name: Checkout',
        '        emotion: 2',
        '        painPoints:',
        '          - id: p',
        '            description: Ongkir mahal',
        '        opportunities:',
        '          - description: Gratis ongkir',
        '            status: in-progress',
        '            addresses: [p]',
      ].join('\n'),
      { today: TODAY },
    );
    const text = words(layoutCanvas(analysis, { language: 'id' })).join('\n');
    assert.match(text, /P1 · BELUM DIISI/);
    assert.match(text, /O1 · DIKERJAKAN/);
    assert.match(text, /Belum ada penanggung jawab/);
    assert.match(text, /✓ Ditangani oleh/);
    const broken = layoutCanvas(analyzeJourney('journey: [unclosed'), { language: 'id' });
    assert.match(words(broken).join('\n'), /Map ini belum bisa digambar/);
    assert.doesNotMatch(words(broken).join('\n'), /cannot be drawn|is empty/);
  });
});
