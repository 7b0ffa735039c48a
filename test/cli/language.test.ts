/** The CLI speaks English or Indonesian: --lang, else the locale (LC_ALL, LC_MESSAGES, LANG). */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { ROOT, runCli } from './helpers';

const SAMPLE = join(ROOT, 'samples', 'taco-restaurant.journey.yaml');
const SCHEMA_ERRORS = join(ROOT, 'samples', 'invalid', 'schema-errors.journey.yaml');

/** The option names a help text lists (`--format`, `-f` …). */
function optionsOf(help: string): string[] {
  return [...new Set([...help.matchAll(/(?<![\w-])(--?[a-z][\w-]*)/g)].map((match) => match[1]!))].sort();
}

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

  it('json, sarif and github messages follow --lang; SARIF keeps its rule ids', () => {
    const json = JSON.parse(runCli(['check', SCHEMA_ERRORS, '--format', 'json', '--lang', 'id']).stdout) as {
      code: string;
      message: string;
    }[];
    const emotion = json.find((finding) => finding.code === 'JM105');
    assert.match(emotion?.message ?? '', /^Skor emosi berkisar dari 1 \(sangat negatif\)/);
    const sarif = JSON.parse(runCli(['check', SCHEMA_ERRORS, '--format', 'sarif', '--lang', 'id']).stdout);
    const results = sarif.runs[0].results as { ruleId: string; message: { text: string } }[];
    const sarifEmotion = results.find((result) => result.ruleId === 'JM105');
    assert.equal(sarifEmotion?.message.text, emotion?.message);
    assert.ok(sarif.runs[0].tool.driver.rules.some((rule: { id: string }) => rule.id === 'JM105'));
    const english = JSON.parse(runCli(['check', SCHEMA_ERRORS, '--format', 'json', '--lang', 'en']).stdout);
    assert.match(english.find((f: { code: string }) => f.code === 'JM105').message, /^Emotion scores run from 1/);
    const github = runCli(['check', SCHEMA_ERRORS, '--format', 'github', '--lang', 'id']).stdout;
    assert.match(github, /^::error .*title=JM105::Skor emosi berkisar/m);
    assert.match(github, /error.* di 1 file/);
  });

  it('prints every help in Indonesian with the same options as the English one', () => {
    for (const topic of [[], ['check'], ['render'], ['export'], ['diff'], ['lsp']]) {
      const english = runCli([...topic, '--help', '--lang', 'en']).stdout;
      const indonesian = runCli([...topic, '--help', '--lang', 'id']).stdout;
      assert.match(indonesian, /^Pemakaian: journey-map/, topic.join(' '));
      assert.match(english, /^Usage: journey-map/, topic.join(' '));
      assert.deepEqual(optionsOf(indonesian), optionsOf(english), `journey-map ${topic.join(' ')} --help`);
    }
  });
});
