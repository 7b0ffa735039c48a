/**
 * `npm run test:publish` (counted by `npm test` as the `publish` step): the .vsix as the
 * Marketplace and Open VSX would get it, without publishing anything.
 * - `vsce ls` lists what ships: both bundles (desktop and web), the manifests in every language,
 *   the runtime l10n bundles, the README's images; no sources, source maps or tests.
 * - `vsce package` builds the .vsix into a temporary folder (no --allow-missing-repository or
 *   link flags: the manifest's repository makes README links resolve), and prints its size.
 * - `ovsx` is installed in isolation with --ignore-scripts (its @vscode/vsce 3 pulls keytar,
 *   whose native build fails without libsecret; ovsx never needs it offline) and reads the .vsix
 *   up to the registry call. ovsx has no dry run: publishing itself needs the registry and a token.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, resultsDir } from './paths';
import { writeSuiteResults, type TestResult } from './results';

const started = Date.now();
const tests: TestResult[] = [];
const work = mkdtempSync(join(tmpdir(), 'journey-map-publish-'));

function sh(command: string, args: string[], cwd = repoRoot) {
  return spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 600_000, maxBuffer: 64 * 1024 * 1024 });
}

function check(title: string, body: () => void): void {
  const testStarted = Date.now();
  try {
    body();
    tests.push({ title, state: 'passed', durationMs: Date.now() - testStarted });
    console.log(`ok - ${title}`);
  } catch (error) {
    tests.push({ title, state: 'failed', error: String((error as Error)?.stack ?? error) });
    console.log(`not ok - ${title}\n  ${String((error as Error)?.message ?? error)}`);
  }
}

function fail(message: string): never {
  throw new Error(message);
}

const vsix = join(work, 'journey-map.vsix');

check('vsce ls: the desktop and web bundles, manifests, l10n bundles and images ship; no sources or maps', () => {
  const listed = sh('npx', ['--no-install', 'vsce', 'ls', '--no-dependencies']);
  if (listed.status !== 0) fail(`vsce ls failed: ${listed.stderr}`);
  const files = listed.stdout
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  for (const needed of [
    'dist/extension.js',
    'dist/server.js',
    'dist/web/extension.js',
    'dist/web/server.js',
    'dist/pdf.js',
    'dist/webview/preview.js',
    'package.json',
    'package.nls.json',
    'package.nls.id.json',
    'l10n/bundle.l10n.id.json',
    'README.md',
  ])
    if (!files.includes(needed)) fail(`${needed} is not in the package (${files.length} files listed)`);
  const unwanted = files.filter((file) => /^(src|test|scripts|bench)\/|\.map$|\.ts$/.test(file));
  if (unwanted.length) fail(`ships files it should not: ${unwanted.slice(0, 10).join(', ')}`);
  console.log(`  ${files.length} files`);
});

check('vsce package: a .vsix with no packaging flags (repository, bugs, homepage declared)', () => {
  const packaged = sh('npx', ['--no-install', 'vsce', 'package', '--no-dependencies', '-o', vsix]);
  if (packaged.status !== 0) fail(`vsce package failed: ${packaged.stderr}${packaged.stdout}`);
  if (!existsSync(vsix)) fail('no .vsix written');
  const bytes = statSync(vsix).size;
  console.log(`  ${vsix}: ${(bytes / (1024 * 1024)).toFixed(2)} MB`);
  if (bytes > 20 * 1024 * 1024) fail(`the .vsix is ${bytes} bytes: something unbundled got in`);
});

check('ovsx (installed isolated, --ignore-scripts) reads the .vsix up to the registry call', () => {
  if (!existsSync(vsix)) fail('no .vsix from the previous step');
  const prefix = join(work, 'ovsx');
  mkdirSync(prefix);
  writeFileSync(join(prefix, 'package.json'), '{ "name": "ovsx-check", "private": true }\n');
  const installed = sh('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', 'ovsx'], prefix);
  if (installed.status !== 0) fail(`npm install ovsx failed: ${installed.stderr}`);
  const ovsx = join(prefix, 'node_modules', '.bin', 'ovsx');
  // A closed local port as the registry: everything before the network runs, nothing is published.
  const published = sh(
    ovsx,
    ['publish', '-i', vsix, '-p', 'not-a-token', '--registryUrl', 'http://127.0.0.1:9'],
    prefix,
  );
  const output = `${published.stdout}${published.stderr}`;
  if (!/ECONNREFUSED/.test(output)) fail(`ovsx stopped before the registry call: ${output.slice(0, 2000)}`);
});

rmSync(work, { recursive: true, force: true });
const passed = tests.filter((test) => test.state === 'passed').length;
const failed = tests.length - passed;
mkdirSync(resultsDir, { recursive: true });
writeSuiteResults(join(resultsDir, 'publish.json'), {
  suite: 'publish',
  passed,
  failed,
  pending: 0,
  durationMs: Date.now() - started,
  tests,
});
console.log(`publish: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
