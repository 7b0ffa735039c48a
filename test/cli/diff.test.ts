import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assertNoStackTrace,
  ensureBuilt,
  expectGolden,
  FIXTURES,
  git,
  makeTempDir,
  removeDir,
  ROOT,
  runCli,
} from './helpers';
import { codeSpans } from '../support/markdownCodeSpans';

const V1 = join(FIXTURES, 'diff', 'v1.journey.yaml');
const V2 = join(FIXTURES, 'diff', 'v2.journey.yaml');

/** One line per kind of change v1 → v2 must show (the fixture pair covers every kind). */
const EXPECTED_CHANGES = [
  /- Added \*\*Advocacy\*\* \(`advocacy`\)/, // stage added
  /- Removed \*\*Support\*\* \(`support`\)/, // stage removed
  /- Renamed `delivery`: Delivery → Delivery and tracking/, // stage renamed
  /- Moved \*\*Purchase\*\* from position 1 to 2/, // stage moved
  /- Added \*\*Real-time tracking\*\* in Delivery and tracking/, // touchpoint added
  /- Removed \*\*Call the hotline\*\* from Support/, // touchpoint removed
  /- Renamed `checkout`: Checkout in the app → Checkout and pay in the app/, // touchpoint renamed
  /- Moved \*\*Checkout and pay in the app\*\* to another place within Purchase/, // touchpoint moved
  /- ↓ \*\*Courier hand-over\*\* \(Delivery and tracking\): 3 → 1/, // emotion down
  /- ↑ \*\*Checkout and pay in the app\*\* \(Purchase\): 2 → 4/, // emotion up
  /- Opened: .*`no-show`/, // pain point opened
  /- Removed: .*`hidden-fee`/, // pain point deleted (not resolved: no done opportunity closed it)
  /- Added: \*\*Show the shipping fee on the product page\*\*/, // opportunity added
  /- Touchpoint \*\*Courier hand-over\*\*: logistics → courier partner/, // owner changed
  /- ↑ NPS at stage “Purchase”: NPS \+12 .* → NPS \+35 .*now meets its target/, // metric movement
  /gaps 6 → 4/, // gap count (v1 also records emotion 2 with no pain point: JM218)
];

/** Replaces the first occurrence, failing loudly when the sample no longer has it. */
function replaceOnce(text: string, search: string, replacement: string): string {
  const index = text.indexOf(search);
  assert.ok(index >= 0, `the sample no longer contains ${JSON.stringify(search)}`);
  return text.slice(0, index) + replacement + text.slice(index + search.length);
}

describe('journey-map diff', function () {
  before(ensureBuilt);

  it('two files: Markdown listing every kind of change (golden)', function () {
    const result = runCli(['diff', 'test/cli/fixtures/diff/v1.journey.yaml', 'test/cli/fixtures/diff/v2.journey.yaml']);
    assert.equal(result.status, 0, result.stderr);
    for (const change of EXPECTED_CHANGES) assert.match(result.stdout, change);
    expectGolden('diff-v1-v2.md', result.stdout);
  });

  it('--format json is the structured diff', function () {
    const result = runCli(['diff', V1, V2, '--format', 'json']);
    assert.equal(result.status, 0, result.stderr);
    const diff = JSON.parse(result.stdout);
    assert.equal(diff.comparable, true);
    assert.deepEqual(
      diff.stages.added.map((stage: { id: string }) => stage.id),
      ['advocacy'],
    );
    assert.deepEqual(
      diff.stages.removed.map((stage: { id: string }) => stage.id),
      ['support'],
    );
  });

  it('identical versions: says nothing changed, exit 0', function () {
    const result = runCli(['diff', V1, V1]);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /No changes to the journey/);
  });

  it('an invalid version: exit 1 and says why', function () {
    const result = runCli(['diff', V1, join(FIXTURES, 'invalid', 'schema-errors.journey.yaml')]);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /JM105|cannot|invalid/i);
    assertNoStackTrace(result.stdout + result.stderr);
  });

  describe('--git in a real repository', function () {
    let repo: string;
    before(function () {
      repo = makeTempDir('git');
      git(repo, 'init', '--quiet', '--initial-branch=main');
      mkdirSync(join(repo, 'maps'));
      copyFileSync(V1, join(repo, 'maps', 'delivery.journey.yaml'));
      git(repo, 'add', '.');
      git(repo, 'commit', '--quiet', '-m', 'First version of the delivery map');
      copyFileSync(V2, join(repo, 'maps', 'delivery.journey.yaml'));
    });
    after(function () {
      removeDir(repo);
    });

    it('compares the working file with HEAD and lists each change', function () {
      const result = runCli(['diff', '--git', 'HEAD', 'maps/delivery.journey.yaml'], { cwd: repo });
      assert.equal(result.status, 0, result.stderr);
      for (const change of EXPECTED_CHANGES) assert.match(result.stdout, change);
      assert.match(result.stdout, /From `HEAD:maps\/delivery\.journey\.yaml` to `maps\/delivery\.journey\.yaml`/);
    });

    it('works from a sub-folder, with the path relative to it', function () {
      const result = runCli(['diff', '--git', 'HEAD', 'delivery.journey.yaml'], { cwd: join(repo, 'maps') });
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /From `HEAD:maps\/delivery\.journey\.yaml`/);
    });

    it('after committing, HEAD~1 gives the same changes and HEAD none', function () {
      const clone = makeTempDir('git-history');
      try {
        git(clone, 'init', '--quiet', '--initial-branch=main');
        copyFileSync(V1, join(clone, 'map.journey.yaml'));
        git(clone, 'add', '.');
        git(clone, 'commit', '--quiet', '-m', 'v1');
        copyFileSync(V2, join(clone, 'map.journey.yaml'));
        git(clone, 'commit', '--quiet', '-am', 'v2');
        const previous = runCli(['diff', '--git', 'HEAD~1', 'map.journey.yaml'], { cwd: clone });
        for (const change of EXPECTED_CHANGES) assert.match(previous.stdout, change);
        assert.match(
          runCli(['diff', '--git', 'HEAD', 'map.journey.yaml'], { cwd: clone }).stdout,
          /No changes to the journey/,
        );
      } finally {
        removeDir(clone);
      }
    });

    it('after `git mv` (staged or committed), follows the rename instead of calling the map new', function () {
      const moved = makeTempDir('git-mv');
      try {
        git(moved, 'init', '--quiet', '--initial-branch=main');
        copyFileSync(V1, join(moved, 'old.journey.yaml'));
        git(moved, 'add', '.');
        git(moved, 'commit', '--quiet', '-m', 'v1');
        git(moved, 'mv', 'old.journey.yaml', 'new.journey.yaml');
        const renamedOnly = runCli(['diff', '--git', 'HEAD', 'new.journey.yaml'], { cwd: moved });
        assert.equal(renamedOnly.status, 0, renamedOnly.stderr);
        assert.match(
          renamedOnly.stderr,
          /new\.journey\.yaml was old\.journey\.yaml at HEAD: comparing across the rename/,
        );
        assert.match(
          renamedOnly.stdout,
          /No changes to the journey between `HEAD:old\.journey\.yaml` and `new\.journey\.yaml`/,
        );
        // Edited after the move, then committed: HEAD~1 still finds the old name.
        copyFileSync(V2, join(moved, 'new.journey.yaml'));
        git(moved, 'commit', '--quiet', '-am', 'moved and edited');
        const committed = runCli(['diff', '--git', 'HEAD~1', 'new.journey.yaml'], { cwd: moved });
        assert.equal(committed.status, 0, committed.stderr);
        for (const change of EXPECTED_CHANGES) assert.match(committed.stdout, change);
      } finally {
        removeDir(moved);
      }
    });

    it('a hostile path: the labels (`HEAD:path`) read back verbatim as code, control characters shown escaped', function () {
      const hostile = makeTempDir('git-hostile');
      try {
        git(hostile, 'init', '--quiet', '--initial-branch=main');
        // `*`, `_`, backticks, an HTML tag (its `/` makes a sub-folder), a mention, `|`, ESC and U+202E.
        const folder = 'we*ird_`x`` <script>alert(1)</script> @octocat |pipe| \u001b[2J\u202eevil';
        const path = `${folder}/m.journey.yaml`;
        mkdirSync(join(hostile, folder), { recursive: true });
        copyFileSync(V1, join(hostile, path));
        git(hostile, 'add', '.');
        git(hostile, 'commit', '--quiet', '-m', 'v1');
        copyFileSync(V2, join(hostile, path));
        const result = runCli(['diff', '--git', 'HEAD', path], { cwd: hostile });
        assert.equal(result.status, 0, result.stderr);
        const { spans, outside } = codeSpans(result.stdout);
        const shown = path.replace('\u001b', '\\u001b').replace('\u202e', '\\u202e');
        assert.ok(spans.includes(`HEAD:${shown}`), `the old version's label, verbatim:\n${result.stdout}`);
        assert.ok(spans.includes(shown), "the new version's label, verbatim");
        assert.doesNotMatch(outside, /<script|@octocat|we\*ird|\|pipe/, 'nothing of the path outside a code span');
        assert.doesNotMatch(result.stdout, /[\u001b\u202e]/, 'no raw control character reaches the terminal');
      } finally {
        removeDir(hostile);
      }
    });

    it('an unknown revision, a file new since the revision, a folder outside git: exit 2 with a clear message', function () {
      const badRevision = runCli(['diff', '--git', 'no-such-branch', 'maps/delivery.journey.yaml'], { cwd: repo });
      assert.equal(badRevision.status, 2);
      assert.match(badRevision.stderr, /--git no-such-branch: no such revision/);

      writeFileSync(join(repo, 'maps', 'new.journey.yaml'), 'journey: New\nstages: [{ id: a, name: A }]\n');
      const added = runCli(['diff', '--git', 'HEAD', 'maps/new.journey.yaml'], { cwd: repo });
      assert.equal(added.status, 2);
      assert.match(added.stderr, /maps\/new\.journey\.yaml did not exist at HEAD, and git finds no rename to it since/);

      const outside = makeTempDir('no-git');
      try {
        copyFileSync(V1, join(outside, 'map.journey.yaml'));
        const result = runCli(['diff', '--git', 'HEAD', 'map.journey.yaml'], {
          cwd: outside,
          env: { GIT_CEILING_DIRECTORIES: outside },
        });
        assert.equal(result.status, 2);
        assert.match(result.stderr, /is not inside a git repository/);
      } finally {
        removeDir(outside);
      }

      const option = runCli(['diff', '--git', '--output=x', 'maps/delivery.journey.yaml'], { cwd: repo });
      assert.equal(option.status, 2, 'a revision that looks like an option is refused, not passed to git');
      for (const result of [badRevision, added, option]) assertNoStackTrace(result.stderr);
    });
  });

  it('--git on a real sample edited in a working copy: each edit is listed', function () {
    const repo = makeTempDir('git-sample');
    try {
      git(repo, 'init', '--quiet', '--initial-branch=main');
      const original = readFileSync(join(ROOT, 'samples', 'travel-booking-app.journey.yaml'), 'utf8');
      writeFileSync(join(repo, 'travel.journey.yaml'), original);
      git(repo, 'add', '.');
      git(repo, 'commit', '--quiet', '-m', 'travel map');
      const edited = replaceOnce(
        replaceOnce(
          replaceOnce(original, 'name: Read the refund rules', 'name: Read the refund rules in plain words'),
          '        emotion: 2\n',
          '        emotion: 4\n',
        ),
        '        owner: payments\n',
        '        owner: finance\n',
      );
      writeFileSync(join(repo, 'travel.journey.yaml'), edited);
      const result = runCli(['diff', '--git', 'HEAD', 'travel.journey.yaml'], { cwd: repo });
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /Renamed `[\w-]+`: Read the refund rules → Read the refund rules in plain words/);
      assert.match(result.stdout, /- ↑ \*\*Read the refund rules in plain words\*\* \(Planning and comparing\): 2 → 4/);
      assert.match(result.stdout, /\*\*Pay with an e-wallet\*\*: payments → finance/);
      assert.match(result.stdout, /gaps \d+ → \d+|### Gaps/);
    } finally {
      removeDir(repo);
    }
  });

  it('bad usage: exit 2', function () {
    assert.equal(runCli(['diff', V1]).status, 2);
    assert.equal(runCli(['diff', '--git', 'HEAD']).status, 2);
    assert.equal(runCli(['diff', V1, V2, '--format', 'html']).status, 2);
  });
});
