/** The CLI speaks English or Indonesian: --lang, else the locale (LC_ALL, LC_MESSAGES, LANG). */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { ROOT, runCli } from './helpers';

const SAMPLE = join(ROOT, 'samples', 'taco-restaurant.journey.yaml');

describe('journey-map in Indonesian (--lang, LANG)', () => {
  it('check --lang id writes severities, findings and the summary in Indonesian', () => {
    const result = runCli(['check', SAMPLE, '--lang', 'id']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, / peringatan JM\d{3}\//);
    assert.match(result.stdout, /belum mencapai target/);
    assert.match(result.stdout, /^\d+ peringatan di 1 file$/m);
    assert.doesNotMatch(result.stdout, /warnings? in/);
  });

  it('follows LANG=id_ID.UTF-8, and --lang en wins over it', () => {
    assert.match(runCli(['check', SAMPLE], { env: { LANG: 'id_ID.UTF-8' } }).stdout, /peringatan di 1 file/);
    assert.match(runCli(['check', SAMPLE, '--lang=en'], { env: { LANG: 'id_ID.UTF-8' } }).stdout, /warnings in 1 file/);
    assert.match(runCli(['check', SAMPLE], { env: { LANG: 'C.UTF-8' } }).stdout, /warnings in 1 file/);
  });

  it('writes the Markdown in Indonesian, and refuses a language it does not have', () => {
    const markdown = runCli(['render', SAMPLE, '--format', 'markdown', '--lang', 'id']);
    assert.equal(markdown.status, 0, markdown.stderr);
    assert.match(markdown.stdout, /^## Tahapan$/m);
    const wrong = runCli(['check', SAMPLE, '--lang', 'fr']);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /--lang.*expected en, id/);
  });
});
