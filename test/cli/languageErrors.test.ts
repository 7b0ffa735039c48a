/**
 * The CLI's own words (usage errors, their hints, the "wrote" lines) follow --lang and LANG,
 * as its findings do: the real CLI, in Indonesian, on the errors users meet most.
 */
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { en } from '../../src/core/l10n/catalogues/en';
import { id } from '../../src/core/l10n/catalogues/id';
import { ROOT, runCli } from './helpers';

const SAMPLE = join(ROOT, 'samples', 'taco-restaurant.journey.yaml');
const INDONESIAN = { LANG: 'id_ID.UTF-8' };

/** The English sentences of the CLI catalogue, cut at their placeholders; none may show in Indonesian output. */
const ENGLISH_FRAGMENTS = (() => {
  const indonesian = Object.values(id)
    .flatMap((message) => (typeof message === 'string' ? [message] : [message.one, message.other]))
    .join('\n');
  return Object.entries(en)
    .filter(([key]) => key.startsWith('cli.'))
    .flatMap(([, message]) => (typeof message === 'string' ? [message] : [message.one, message.other]))
    .flatMap((text) => text.split(/\{\w+(?::\w+)?\}/))
    .map((fragment) => fragment.replace(/^[\s:;,]+/, '').trim())
    .filter((fragment) => fragment.length >= 8 && fragment.includes(' ') && !indonesian.includes(fragment));
})();

function assertNoEnglish(output: string): void {
  for (const fragment of ENGLISH_FRAGMENTS)
    assert.ok(!output.includes(fragment), `English left: "${fragment}" in\n${output}`);
}

describe('journey-map usage errors and status lines in Indonesian', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'jm-cli-l10n-'));
    mkdirSync(join(dir, 'maps'));
    copyFileSync(SAMPLE, join(dir, 'maps', 'taco.journey.yaml'));
    writeFileSync(join(dir, 'broken.json'), '{ "rules": ');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the fragments the leak check looks for are real English sentences', () => {
    assert.ok(ENGLISH_FRAGMENTS.includes('no such file or folder'));
    assert.ok(ENGLISH_FRAGMENTS.length > 40, String(ENGLISH_FRAGMENTS.length));
  });

  it('an invalid option value, with --lang id and with LANG=id_ID.UTF-8', () => {
    for (const run of [
      runCli(['check', SAMPLE, '--format', 'nope', '--lang', 'id']),
      runCli(['check', SAMPLE, '--format', 'nope'], { env: INDONESIAN }),
    ]) {
      assert.equal(run.status, 2);
      assert.equal(
        run.stderr,
        'journey-map: Nilai --format tidak valid: "nope" (seharusnya text, json, sarif, github)\n',
      );
    }
    const count = runCli(['check', SAMPLE, '--max-warnings', 'many', '--lang', 'id']);
    assert.match(count.stderr, /Nilai --max-warnings tidak valid: "many" \(seharusnya bilangan bulat, 0 atau lebih\)/);
    assertNoEnglish(count.stderr);
    const english = runCli(['check', SAMPLE, '--format', 'nope'], { env: { LANG: 'C.UTF-8' } });
    assert.equal(
      english.stderr,
      'journey-map: Invalid value for --format: "nope" (expected text, json, sarif, github)\n',
    );
  });

  it('an unknown option or command, with its hint', () => {
    const option = runCli(['check', SAMPLE, '--colour', '--lang', 'id']);
    assert.equal(
      option.stderr,
      'journey-map: Opsi tidak dikenal: --colour\nJalankan `journey-map check --help` untuk melihat opsinya.\n',
    );
    const command = runCli(['frobnicate'], { env: INDONESIAN });
    assert.match(command.stderr, /^journey-map: Perintah tidak dikenal: "frobnicate"\nPerintah: check, render/);
    assertNoEnglish(option.stderr + command.stderr);
  });

  it('a missing file and a folder with no maps', () => {
    const missing = runCli(['check', 'nowhere.journey.yaml', 'empty'], { cwd: dir, env: INDONESIAN });
    mkdirSync(join(dir, 'empty'), { recursive: true });
    const both = runCli(['check', 'nowhere.journey.yaml', 'empty', '--lang', 'id'], { cwd: dir });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nowhere\.journey\.yaml: file atau folder tidak ditemukan/);
    assert.match(both.stderr, /nowhere\.journey\.yaml: file atau folder tidak ditemukan\nempty: tidak ada journey map/);
    const render = runCli(['render', 'nowhere.journey.yaml', '--format', 'markdown', '--lang', 'id'], { cwd: dir });
    assert.match(render.stderr, /nowhere\.journey\.yaml: file atau folder tidak ditemukan/);
    assertNoEnglish(missing.stderr + both.stderr + render.stderr);
  });

  it('a configuration file that is not JSON', () => {
    const run = runCli(['check', 'maps', '--config', 'broken.json', '--lang', 'id'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^journey-map: broken\.json: bukan JSON yang valid \(/);
    const missing = runCli(['check', 'maps', '--config', 'absent.json'], { cwd: dir, env: INDONESIAN });
    assert.equal(
      missing.stderr,
      'journey-map: File konfigurasi tidak bisa dibaca: absent.json: file atau folder tidak ditemukan\n',
    );
    assertNoEnglish(run.stderr + missing.stderr);
  });

  it('export and render say what they wrote, and their usage errors', () => {
    const exported = runCli(['export', 'maps', '--format', 'mermaid,markdown', '-o', 'out'], {
      cwd: dir,
      env: INDONESIAN,
    });
    assert.equal(exported.status, 0, exported.stderr);
    assert.match(exported.stderr, /^journey-map: menulis 2 file dari 1 map$/m);
    const english = runCli(['export', 'maps', '--format', 'mermaid', '-o', 'out-en', '--lang', 'en'], {
      cwd: dir,
      env: INDONESIAN,
    });
    assert.match(english.stderr, /^journey-map: wrote 1 file from 1 map$/m);
    const rendered = runCli(
      ['render', 'maps/taco.journey.yaml', '--format', 'mermaid', '-o', 'one.mmd', '--lang', 'id'],
      {
        cwd: dir,
      },
    );
    assert.equal(rendered.stderr, 'journey-map: menulis one.mmd\n');
    const noInput = runCli(['export', '--lang', 'id']);
    assert.match(noInput.stderr, /Sebutkan folder atau map yang mau diekspor\.\nJalankan `journey-map export --help`/);
    const stdout = runCli(['export', 'maps', '-o', '-', '--lang', 'id'], { cwd: dir });
    assert.match(stdout.stderr, /-o harus berupa folder/);
    assertNoEnglish(exported.stderr + rendered.stderr + noInput.stderr + stdout.stderr);
  });
});
