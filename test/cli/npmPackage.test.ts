/**
 * The npm package as a user gets it: `npm pack` the checkout (already built), install the
 * tarball into an empty project without the network, and run `journey-map check` from it.
 * This is what proves the package declares no runtime dependency the bundle still needs.
 */
import { strict as assert } from 'node:assert';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', ...env },
  });
}

describe('the npm package (npm pack → npm install --offline → journey-map check)', function () {
  this.timeout(180_000);
  let work: string;
  let tarball: string;

  before(function () {
    if (!existsSync(join(ROOT, 'dist', 'cli.js'))) this.skip();
    work = mkdtempSync(join(tmpdir(), 'journey-map-pack-'));
    // --ignore-scripts: pack the build under test instead of rebuilding it (prepare would).
    const packed = run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT);
    assert.equal(packed.status, 0, packed.stderr);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    tarball = join(work, info!.filename);
    packedFiles = info!.files.map((file) => file.path);
  });

  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  let packedFiles: string[] = [];

  it('ships the command line and its renderer, and no sources, tests or extension bundle', () => {
    for (const needed of ['bin/journey-map.js', 'dist/cli.js', 'dist/webview/standalone.js', 'package.json'])
      assert.ok(packedFiles.includes(needed), `${needed} is missing from the package`);
    assert.ok(packedFiles.includes('dist/webview/mermaid/mermaid.esm.min.mjs'));
    const unwanted = packedFiles.filter(
      (path) =>
        /^(src|test|bench|scripts|node_modules)\//.test(path) || path.endsWith('.map') || path === 'dist/extension.js',
    );
    assert.deepEqual(unwanted, []);
  });

  it('declares no runtime dependency: everything the CLI runs is in its bundle', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.dependencies ?? {}, {});
    // Native or heavy drawing back ends (the browser driver for svg/png…) are optional peers: the CLI says how
    // to add one when a command needs it, and `check`, `diff`, mermaid and markdown work without them.
    for (const name of Object.keys(manifest.peerDependencies ?? {}))
      assert.equal(manifest.peerDependenciesMeta?.[name]?.optional, true, `${name} should be an optional peer`);
  });

  it('installs offline into an empty project and checks a map', () => {
    const project = join(work, 'project');
    run('mkdir', ['-p', project], work);
    writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "version": "1.0.0", "private": true }\n');
    const installed = run(NPM, ['install', '--offline', '--ignore-scripts', tarball], project);
    assert.equal(installed.status, 0, installed.stderr);
    assert.deepEqual(
      readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.')),
      ['journey-map'],
      'the package pulled in dependencies',
    );

    copyFileSync(join(ROOT, 'samples', 'parcel-delivery.journey.yaml'), join(project, 'delivery.journey.yaml'));
    const bin = join(project, 'node_modules', '.bin', process.platform === 'win32' ? 'journey-map.cmd' : 'journey-map');
    const checked = run(bin, ['check', 'delivery.journey.yaml', '--format', 'json'], project, {
      LANG: 'C',
      LC_ALL: '',
    });
    assert.equal(checked.status, 0, checked.stderr);
    const findings = JSON.parse(checked.stdout) as { file: string; code: string }[];
    assert.ok(findings.length > 0, 'the sample has gaps to report');
    assert.ok(findings.every((finding) => finding.file === 'delivery.journey.yaml' && /^JM\d{3}$/.test(finding.code)));

    writeFileSync(join(project, 'broken.journey.yaml'), 'journey: x\nstages: []\n');
    const broken = run(bin, ['check', 'broken.journey.yaml'], project, { LANG: 'C', LC_ALL: '' });
    assert.equal(broken.status, 1, broken.stdout + broken.stderr);
  });
});
