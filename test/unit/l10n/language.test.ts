import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeJourney, diffJourneys, formatDiffMarkdown } from '../../../src/core';
import { toMarkdown } from '../../../src/core/export/markdown';
import { formatMessage, pickLanguage, toLanguage, translator } from '../../../src/core/l10n/index';
import { chooseLanguage } from '../../../src/cli/language';

const FIXTURES = join(__dirname, '..', 'fixtures', 'diff');
const read = (name: string) => readFileSync(join(FIXTURES, `${name}.journey.yaml`), 'utf8');
const analyze = (text: string) => analyzeJourney(text, { today: '2026-11-20' });
/** The same map declaring `language: id` (a top-level key, placed after the title). */
const declaring = (text: string, language: string) => text.replace(/^(journey: .*)$/m, `$1\nlanguage: ${language}`);

describe('localisation: choosing the language', () => {
  it('reads locale tags from VS Code, LANG and maps', () => {
    assert.equal(toLanguage('id'), 'id');
    assert.equal(toLanguage('id-ID'), 'id');
    assert.equal(toLanguage('id_ID.UTF-8'), 'id');
    assert.equal(toLanguage('in'), 'id');
    assert.equal(toLanguage('en-GB'), 'en');
    assert.equal(toLanguage('C.UTF-8'), 'en');
    assert.equal(toLanguage('de-DE'), undefined);
    assert.equal(toLanguage(''), undefined);
    assert.equal(pickLanguage('fr', undefined, 'id'), 'id');
    assert.equal(pickLanguage('fr'), 'en');
  });

  it('CLI: --lang wins, then LC_ALL, LC_MESSAGES, LANG (empty ones skipped), else English', () => {
    assert.deepEqual(chooseLanguage(['check', '--lang', 'id', '.'], {}), { language: 'id', args: ['check', '.'] });
    assert.deepEqual(chooseLanguage(['--lang=en', 'check'], { LANG: 'id_ID.UTF-8' }), {
      language: 'en',
      args: ['check'],
    });
    assert.equal(chooseLanguage(['check'], { LC_ALL: '', LANG: 'id_ID.UTF-8' }).language, 'id');
    assert.equal(chooseLanguage(['check'], { LC_ALL: 'en_US.UTF-8', LANG: 'id_ID.UTF-8' }).language, 'en');
    assert.equal(chooseLanguage(['check'], { LANG: 'ja_JP.UTF-8' }).language, 'en');
    assert.equal(chooseLanguage(['check'], {}).language, 'en');
    // After `--` everything is a path, even one called --lang.
    assert.deepEqual(chooseLanguage(['check', '--', '--lang'], {}).args, ['check', '--', '--lang']);
    assert.throws(() => chooseLanguage(['--lang', 'fr'], {}), /Invalid value for --lang: "fr" \(expected en, id\)/);
    assert.throws(() => chooseLanguage(['--lang'], {}), /Invalid value for --lang/);
  });

  it('fills placeholders and picks English plural forms by count', () => {
    const en = translator('en');
    assert.equal(en.t('cli.errors', { count: 1 }), '1 error');
    assert.equal(en.t('cli.errors', { count: 3 }), '3 errors');
    assert.equal(translator('id').t('cli.errors', { count: 3 }), '3 error');
    assert.equal(formatMessage('{a} and {missing}', { a: 1 }), '1 and {missing}');
  });
});

describe('localisation: exports and diffs follow the map’s language', () => {
  it('writes the Markdown export in the reader’s language', () => {
    const analysis = analyze(read('parcel.after'));
    const english = toMarkdown(analysis);
    const indonesian = toMarkdown(analysis, { language: 'id' });
    assert.match(english, /^## Stages$/m);
    assert.match(indonesian, /^## Tahapan$/m);
    assert.match(indonesian, /^## Pain point$/m);
    assert.match(indonesian, /\| Tujuan pelanggan \| Tujuan bisnis \|/);
    // The map's own text is never translated.
    assert.equal(english.split('\n')[0], indonesian.split('\n')[0]);
  });

  it('a map declaring `language: id` is exported in Indonesian whatever the reader’s language', () => {
    const analysis = analyze(declaring(read('parcel.after'), 'id'));
    assert.equal(analysis.journey?.language, 'id');
    assert.match(toMarkdown(analysis, { language: 'en' }), /^## Tahapan$/m);
    assert.match(toMarkdown(analyze(declaring(read('parcel.after'), 'en')), { language: 'id' }), /^## Stages$/m);
  });

  it('summarises a diff in the map’s language (the new version’s), else the reader’s', () => {
    const before = analyze(read('parcel.before'));
    const after = analyze(read('parcel.after'));
    assert.match(formatDiffMarkdown(diffJourneys(before, after)), /^## Journey map changes/m);
    const reader = formatDiffMarkdown(diffJourneys(before, after), { language: 'id' });
    assert.match(reader, /^## Perubahan journey map/m);
    assert.match(reader, /^Dari `sebelum` ke `sesudah`: /m);
    const declared = diffJourneys(
      analyze(declaring(read('parcel.before'), 'id')),
      analyze(declaring(read('parcel.after'), 'id')),
    );
    const text = formatDiffMarkdown(declared, { language: 'en', beforeLabel: 'main', afterLabel: 'HEAD' });
    assert.match(text, /^### Touchpoint$/m);
    assert.doesNotMatch(text, /Journey map changes|Added |Removed /);
  });
});
