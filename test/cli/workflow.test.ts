/**
 * The example GitHub Actions workflow must be valid YAML and call only commands and options
 * the published CLI has (checked against the built CLI's own --help).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseDocument } from 'yaml';
import { ensureBuilt, ROOT, runCli } from './helpers';

const WORKFLOW = join(ROOT, 'docs', 'examples', 'journey-map.yml');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

/** Every `journey-map <command> <args…>` in a shell script, up to the end of that command. */
function cliInvocations(script: string): { command: string; options: string[]; raw: string }[] {
  const found: { command: string; options: string[]; raw: string }[] = [];
  for (const match of script.matchAll(/journey-map(?:@[\w.-]+)?\s+([^\n|;&>)]*)/g)) {
    const words = match[1]!.trim().split(/\s+/);
    const command = words[0] ?? '';
    // `--` ends the options (file names from the pull request come after it).
    const options = words.filter((word) => word.startsWith('-') && word !== '--').map((word) => word.split('=')[0]!);
    found.push({ command, options, raw: match[0] });
  }
  return found;
}

describe('docs/examples/journey-map.yml', function () {
  before(ensureBuilt);

  const document = parseDocument(readFileSync(WORKFLOW, 'utf8'));
  const workflow = document.toJS() as { on: Record<string, unknown>; jobs: Record<string, { steps: Step[] }> };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const scripts = steps.map((step) => step.run ?? '').join('\n');

  it('is valid YAML shaped like a workflow that runs on pull requests', function () {
    assert.deepEqual(document.errors, []);
    assert.ok('pull_request' in workflow.on);
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    assert.equal(checkout?.with?.['fetch-depth'], 0, 'full history for diff --git');
    assert.ok(steps.some((step) => step.uses?.startsWith('actions/setup-node@')));
    assert.ok(
      steps.some((step) => step.uses?.startsWith('actions/github-script@')),
      'posts a PR comment',
    );
  });

  it('runs the published CLI through npx only, never a local build', function () {
    assert.doesNotMatch(scripts, /bin\/journey-map|dist\/cli|node_modules\/\.bin/);
    for (const line of scripts.split('\n').filter((text) => /journey-map\s+(check|render|export|diff)/.test(text))) {
      assert.match(line, /npx --yes journey-map /, line);
    }
  });

  it('uses check --format github, diff --git and render --format markdown', function () {
    const invocations = cliInvocations(scripts);
    assert.ok(invocations.some((call) => call.command === 'check' && /--format github/.test(call.raw)));
    assert.ok(invocations.some((call) => call.command === 'diff' && call.options.includes('--git')));
    assert.ok(invocations.some((call) => call.command === 'render' && /--format markdown/.test(call.raw)));
  });

  it('every journey-map command and option it uses exists in the CLI', function () {
    const invocations = cliInvocations(scripts);
    assert.ok(invocations.length >= 3);
    const commands = runCli(['--help']).stdout;
    for (const { command, options, raw } of invocations) {
      assert.match(commands, new RegExp(`^  ${command} `, 'm'), `unknown command in "${raw}"`);
      const help = runCli([command, '--help']).stdout;
      for (const option of options)
        assert.ok(help.includes(`${option} `), `"${raw}": ${command} has no option ${option}`);
    }
  });

  it('pins the CLI to the version in package.json', function () {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const calls = [...scripts.matchAll(/npx --yes (journey-map\S*)/g)].map((match) => match[1]);
    assert.ok(calls.length >= 3);
    for (const call of calls) assert.equal(call, `journey-map@${version}`, 'every npx call is pinned');
  });

  it('escapes pull-request file names in the Markdown comment: no live @mention, no raw HTML, one line', function () {
    const summarise = steps.find((step) => step.name === 'Summarise the changed maps')?.run ?? '';
    const definition = /^md_name\(\) \{[\s\S]*?^\}/m.exec(summarise)?.[0];
    assert.ok(definition, 'the step defines md_name');
    assert.doesNotMatch(summarise, /printf[^\n]*"\$file"/, 'the raw name is never printed into the Markdown');
    const hostile =
      'maps/@octocat <img src=x onerror=alert(1)> `code` [link](http://x) *b* _i_ a&b\n## heading.journey.yaml';
    const run = spawnSync('bash', ['-c', `${definition}\nmd_name "$1"`, 'bash', hostile], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const shown = run.stdout;
    assert.doesNotMatch(shown, /[@<>`[\]*_\n]/, shown);
    assert.match(shown, /&#64;octocat &#60;img src=x onerror=alert\(1\)&#62;/);
    assert.match(shown, /a&#38;b/);
  });
});
