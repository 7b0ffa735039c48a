import { strict as assert } from 'node:assert';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertNoStackTrace, ensureBuilt, expectGolden, makeTempDir, removeDir, runCli } from './helpers';
import { sarifSchemaErrors } from './sarifSchema';

const MAPS = 'test/cli/fixtures/maps';
const INVALID = 'test/cli/fixtures/invalid';

describe('journey-map check', function () {
  before(ensureBuilt);

  describe('formats (golden files)', function () {
    for (const format of ['text', 'json', 'github', 'sarif'] as const) {
      it(`--format ${format} on valid maps with gaps`, function () {
        const result = runCli(['check', MAPS, '--format', format]);
        assert.equal(result.status, 0, result.stderr);
        expectGolden(`check-maps.${format}.txt`, result.stdout);
      });
      it(`--format ${format} on invalid maps`, function () {
        const result = runCli(['check', INVALID, '--format', format]);
        assert.equal(result.status, 1, result.stderr);
        expectGolden(`check-invalid.${format}.txt`, result.stdout);
      });
    }
  });

  describe('the samples', function () {
    it('samples/ has no errors: exit 0', function () {
      const result = runCli(['check', 'samples']);
      assert.equal(result.status, 0, result.stdout + result.stderr);
    });
    for (const format of ['text', 'json', 'github', 'sarif'] as const) {
      it(`--format ${format} on samples/invalid: exit 1 (golden)`, function () {
        const result = runCli(['check', 'samples/invalid', '--format', format]);
        assert.equal(result.status, 1, result.stderr);
        expectGolden(`check-samples-invalid.${format}.txt`, result.stdout);
      });
    }
    it('--format sarif on all samples is valid SARIF 2.1.0', function () {
      const log = JSON.parse(runCli(['check', 'samples', '--format', 'sarif']).stdout);
      assert.deepEqual(sarifSchemaErrors(log), []);
    });
  });

  describe('text format', function () {
    it('prints file:line:col severity code message, a code frame with a caret under the range, and a summary', function () {
      const result = runCli(['check', `${INVALID}/schema-errors.journey.yaml`]);
      assert.equal(result.status, 1);
      const lines = result.stdout.split('\n');
      // `emotion: 7` is on line 9; the value 7 starts at column 18.
      const header = lines.findIndex((line) => line.startsWith(`${INVALID}/schema-errors.journey.yaml:9:18 error `));
      assert.ok(header >= 0, result.stdout);
      assert.equal(lines[header + 1], '  9 |         emotion: 7');
      assert.equal(lines[header + 2], '    |                  ^');
      assert.match(lines.at(-2)!, /^\d+ errors?(, \d+ warnings?)?.* in 1 file$/);
    });

    it('has no colour when piped, colour with FORCE_COLOR, none with NO_COLOR', function () {
      assert.doesNotMatch(runCli(['check', INVALID]).stdout, /\u001b\[/);
      assert.match(runCli(['check', INVALID], { env: { FORCE_COLOR: '1' } }).stdout, /\u001b\[31merror\u001b\[39m/);
      assert.doesNotMatch(runCli(['check', INVALID], { env: { NO_COLOR: '1' } }).stdout, /\u001b\[/);
    });

    it('--quiet reports errors only', function () {
      const result = runCli(['check', MAPS, '--quiet', '--format', 'json']);
      assert.equal(result.status, 0);
      assert.deepEqual(JSON.parse(result.stdout), []);
      const noisy = JSON.parse(runCli(['check', MAPS, '--format', 'json']).stdout) as unknown[];
      assert.ok(noisy.length > 0, 'the fixture maps have gaps');
    });
  });

  describe('json format', function () {
    it('is an array of { file, line, column, endLine, endColumn, severity, code, rule, message }', function () {
      const rows = JSON.parse(runCli(['check', MAPS, INVALID, '--format', 'json']).stdout) as Record<string, unknown>[];
      assert.ok(rows.length > 0);
      for (const row of rows) {
        assert.deepEqual(Object.keys(row), [
          'file',
          'line',
          'column',
          'endLine',
          'endColumn',
          'severity',
          'code',
          'rule',
          'message',
        ]);
        assert.match(String(row.code), /^JM\d{3}$/);
        assert.ok(Number(row.line) >= 1 && Number(row.column) >= 1);
        assert.ok(
          Number(row.endLine) > Number(row.line) ||
            (row.endLine === row.line && Number(row.endColumn) >= Number(row.column)),
        );
      }
      assert.ok(
        rows.some((row) => typeof row.rule === 'string' && String(row.code).startsWith('JM2')),
        'gap findings name their rule',
      );
    });
  });

  describe('sarif format', function () {
    it('is valid SARIF 2.1.0 (official schema) with rules, relative URIs and regions', function () {
      const log = JSON.parse(runCli(['check', MAPS, INVALID, '--format', 'sarif']).stdout);
      assert.deepEqual(sarifSchemaErrors(log), []);
      const run = log.runs[0];
      assert.equal(run.tool.driver.name, 'journey-map');
      const ruleIds: string[] = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
      // Only the rules that occur, as docs/cli.md says: exactly the results' rule ids, in order of first appearance.
      const occurring = [...new Set(run.results.map((result: { ruleId: string }) => result.ruleId))];
      assert.deepEqual(ruleIds, occurring, 'the rules are those that occur');
      assert.ok(
        ruleIds.includes('JM001') && ruleIds.some((id: string) => id.startsWith('JM2')),
        'syntax and gap codes',
      );
      for (const rule of run.tool.driver.rules)
        assert.ok(rule.shortDescription.text.length > 0, `${rule.id} described`);
      assert.equal(new Set(ruleIds).size, ruleIds.length, 'rule ids are unique');
      assert.ok(run.results.length > 0);
      for (const result of run.results) {
        assert.equal(ruleIds[result.ruleIndex], result.ruleId, 'ruleIndex points at the rule');
        const location = result.locations[0].physicalLocation;
        assert.equal(location.artifactLocation.uriBaseId, 'SRCROOT');
        assert.match(location.artifactLocation.uri, /^test\/cli\/fixtures\/(maps|invalid)\/.+\.journey\.ya?ml$/);
        assert.ok(location.region.startLine >= 1 && location.region.startColumn >= 1);
      }
    });

    it('the validator rejects a broken log (the schema check can fail)', function () {
      const log = JSON.parse(runCli(['check', INVALID, '--format', 'sarif']).stdout);
      log.runs[0].results[0].level = 'fatal';
      delete log.version;
      assert.ok(sarifSchemaErrors(log).length >= 2);
    });
  });

  describe('github format', function () {
    it('prints one workflow command per finding with escaped properties', function () {
      const result = runCli(['check', INVALID, '--format', 'github']);
      const commands = result.stdout.split('\n').filter((line) => line.startsWith('::'));
      assert.ok(commands.length > 0);
      for (const command of commands) {
        assert.match(
          command,
          /^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=JM\d{3}[^,:]*::[^\n]+$/,
        );
      }
    });
  });

  describe('exit codes', function () {
    it('0 without errors; 1 with more warnings than --max-warnings; 0 within it', function () {
      assert.equal(runCli(['check', MAPS]).status, 0);
      assert.equal(runCli(['check', MAPS, '--max-warnings', '0']).status, 1);
      assert.equal(runCli(['check', MAPS, '--max-warnings', '1000']).status, 0);
    });

    it('accepts globs', function () {
      const result = runCli(['check', 'test/cli/fixtures/**/*.journey.yml', '--format', 'json']);
      assert.equal(result.status, 0, result.stderr);
      const files = new Set((JSON.parse(result.stdout) as { file: string }[]).map((row) => row.file));
      assert.deepEqual([...files], ['test/cli/fixtures/maps/sub/taco-restaurant.journey.yml']);
    });

    it('2 on bad usage, with a hint and no stack trace', function () {
      for (const args of [
        ['check'],
        ['check', MAPS, '--format', 'xml'],
        ['check', MAPS, '--max-warnings', 'many'],
        ['check', MAPS, '--bogus'],
        ['frobnicate'],
      ]) {
        const result = runCli(args);
        assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
        assert.match(result.stderr, /^journey-map: /);
        assertNoStackTrace(result.stderr);
      }
    });
  });

  describe('bad input', function () {
    let dir: string;
    beforeEach(function () {
      dir = makeTempDir('check');
    });
    afterEach(function () {
      removeDir(dir);
    });

    it('a missing file: exit 2, named', function () {
      const result = runCli(['check', 'no/such.journey.yaml']);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /no\/such\.journey\.yaml: no such file or folder/);
      assertNoStackTrace(result.stderr);
    });

    it('a folder with no maps: exit 2, named', function () {
      mkdirSync(join(dir, 'empty'));
      writeFileSync(join(dir, 'empty', 'notes.yaml'), 'a: 1\n');
      const result = runCli(['check', 'empty'], { cwd: dir });
      assert.equal(result.status, 2);
      assert.match(result.stderr, /empty: no journey maps/);
    });

    it('an unreadable file (a dangling symbolic link): exit 2, explained', function () {
      symlinkSync(join(dir, 'gone.journey.yaml'), join(dir, 'link.journey.yaml'));
      const result = runCli(['check', 'link.journey.yaml'], { cwd: dir });
      assert.equal(result.status, 2);
      assert.match(result.stderr, /link\.journey\.yaml: a symbolic link to a file that does not exist/);
      assertNoStackTrace(result.stderr);
    });

    it('an unreadable map inside a folder: the others are still checked, exit 2', function () {
      writeFileSync(join(dir, 'ok.journey.yaml'), 'journey: x\nstages: [{ id: a, name: A }]\n');
      symlinkSync(join(dir, 'gone'), join(dir, 'dangling.journey.yaml'));
      const result = runCli(['check', '.', '--format', 'json'], { cwd: dir });
      assert.equal(result.status, 2);
      assert.ok((JSON.parse(result.stdout) as { file: string }[]).every((row) => row.file === 'ok.journey.yaml'));
      assert.match(result.stderr, /dangling\.journey\.yaml: /);
    });

    it('a binary file: a finding at its position, exit 1', function () {
      writeFileSync(
        join(dir, 'photo.journey.yaml'),
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe]),
      );
      const result = runCli(['check', 'photo.journey.yaml'], { cwd: dir });
      assert.equal(result.status, 1);
      assert.match(result.stdout, /^photo\.journey\.yaml:\d+:\d+ error JM008 /m);
      assertNoStackTrace(result.stdout + result.stderr);
    });

    it('invalid YAML: a syntax finding with line and column, exit 1', function () {
      const result = runCli(['check', `${INVALID}/broken-yaml.journey.yaml`]);
      assert.equal(result.status, 1);
      assert.match(result.stdout, /broken-yaml\.journey\.yaml:\d+:\d+ error JM0\d\d /);
      assertNoStackTrace(result.stdout + result.stderr);
    });

    it('a file far over the size limit: one clear finding, exit 1, quickly', function () {
      const stage = (index: number) => `  - { id: s${index}, name: Stage ${index} with a long name to fill the file }`;
      const lines = ['journey: Too big', 'stages:', ...Array.from({ length: 50_000 }, (_, index) => stage(index))];
      writeFileSync(join(dir, 'huge.journey.yaml'), lines.join('\n')); // ~3.5 MB
      const started = Date.now();
      const result = runCli(['check', 'huge.journey.yaml'], { cwd: dir });
      assert.equal(result.status, 1);
      assert.match(result.stdout, /^huge\.journey\.yaml:1:1 error JM003 This file is too large to check/m);
      assert.ok(Date.now() - started < 15_000, 'returns quickly');
      assertNoStackTrace(result.stdout + result.stderr);
    });

    it('a folder passed where one map is expected (diff, render): exit 2', function () {
      const result = runCli(['diff', MAPS, MAPS]);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /is a folder, not a journey map file/);
      assertNoStackTrace(result.stderr);
    });
  });

  describe('.journeymapignore', function () {
    let dir: string;
    before(function () {
      dir = makeTempDir('ignore');
      mkdirSync(join(dir, 'maps', 'broken'), { recursive: true });
      writeFileSync(
        join(dir, 'maps', 'good.journey.yaml'),
        'journey: Good\nstages: [{ id: a, name: A, kind: retention }]\n',
      );
      writeFileSync(join(dir, 'maps', 'broken', 'bad.journey.yaml'), 'journey: [\n');
      writeFileSync(join(dir, '.journeymapignore'), '# examples with errors on purpose\nmaps/broken/\n');
    });
    after(function () {
      removeDir(dir);
    });
    const files = (stdout: string) => [...new Set((JSON.parse(stdout) as { file: string }[]).map((row) => row.file))];

    it('skips what it names when searching a folder, from any sub-folder', function () {
      const result = runCli(['check', '.', '--format', 'json'], { cwd: dir });
      assert.equal(result.status, 0, result.stdout);
      assert.deepEqual(files(result.stdout), ['maps/good.journey.yaml']);
      assert.equal(runCli(['check', '.'], { cwd: join(dir, 'maps') }).status, 0);
    });

    it('still checks an ignored folder or file named explicitly, and everything with --no-ignore', function () {
      assert.equal(runCli(['check', 'maps/broken'], { cwd: dir }).status, 1);
      assert.equal(runCli(['check', 'maps/broken/bad.journey.yaml'], { cwd: dir }).status, 1);
      const all = runCli(['check', '.', '--no-ignore', '--format', 'json'], { cwd: dir });
      assert.equal(all.status, 1);
      assert.deepEqual(files(all.stdout), ['maps/broken/bad.journey.yaml', 'maps/good.journey.yaml']);
    });
  });

  describe('configuration', function () {
    let dir: string;
    beforeEach(function () {
      dir = makeTempDir('config');
      mkdirSync(join(dir, 'maps', 'deep'), { recursive: true });
      writeFileSync(
        join(dir, 'maps', 'deep', 'a.journey.yaml'),
        'journey: Config test\nstages:\n  - id: a\n    name: Empty stage\n',
      );
    });
    afterEach(function () {
      removeDir(dir);
    });

    const codes = (stdout: string) =>
      new Set((JSON.parse(stdout) as { code: string; severity: string }[]).map((row) => `${row.code}:${row.severity}`));

    it('reads the nearest .journeymaprc.json walking up from the working folder', function () {
      const before = codes(runCli(['check', '.', '--format', 'json'], { cwd: join(dir, 'maps', 'deep') }).stdout);
      assert.ok(
        [...before].some((code) => code.startsWith('JM203')),
        `an empty stage is a gap: ${[...before]}`,
      );
      writeFileSync(
        join(dir, '.journeymaprc.json'),
        JSON.stringify({ rules: { JM203: 'off', 'missing-retention-stage': 'error' } }),
      );
      const result = runCli(['check', '.', '--format', 'json'], { cwd: join(dir, 'maps', 'deep') });
      const after = codes(result.stdout);
      assert.ok(![...after].some((code) => code.startsWith('JM203')), 'the rule turned off is gone');
      assert.ok(after.has('JM207:error'), `severity raised: ${[...after]}`);
      assert.equal(result.status, 1);
    });

    it('--config names the file; a bad config is exit 2 with the problem', function () {
      writeFileSync(join(dir, 'strict.json'), JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
      const bad = runCli(['check', 'maps', '--config', 'strict.json'], { cwd: dir });
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /strict\.json: invalid rule configuration:\n.*no-such-rule/);
      writeFileSync(join(dir, 'broken.json'), '{ "rules": ');
      const broken = runCli(['check', 'maps', '--config', 'broken.json'], { cwd: dir });
      assert.equal(broken.status, 2);
      assert.match(broken.stderr, /broken\.json: not valid JSON/);
      assert.equal(runCli(['check', 'maps', '--config', 'missing.json'], { cwd: dir }).status, 2);
      assertNoStackTrace(bad.stderr + broken.stderr);
    });
  });
});
