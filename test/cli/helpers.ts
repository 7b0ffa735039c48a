/**
 * Black-box harness for the built CLI: spawns `node bin/journey-map.js` as a user would,
 * compares outputs with golden files, and makes throw-away folders and git repositories.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = join(__dirname, '..', '..');
/** JOURNEY_MAP_TEST_BIN runs the suite against another build (e.g. main's, to see a regression test fail there). */
export const BIN = process.env.JOURNEY_MAP_TEST_BIN ?? join(ROOT, 'bin', 'journey-map.js');
export const FIXTURES = join(__dirname, 'fixtures');
export const GOLDEN = join(__dirname, 'golden');
/** The date every run pins for the stale-review rule, so goldens do not age. */
export const TODAY = '2026-11-23';

/** `UPDATE_GOLDEN=1 npm run test:unit` rewrites the golden files from the current output. */
const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

/** Runs the CLI with a clean, deterministic environment (no colour unless asked, pinned date). */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string | Buffer; timeout?: number } = {},
): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, JOURNEY_MAP_TODAY: TODAY };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  delete env.CHROME_PATH;
  // The CLI speaks the locale's language (LC_ALL, LC_MESSAGES, LANG): goldens are English whatever the machine's.
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.LANG;
  Object.assign(env, options.env);
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeout ?? 120_000,
    ...(options.input !== undefined ? { input: options.input } : {}),
  });
  if (result.error) throw result.error;
  return {
    status: result.status,
    stdout: result.stdout.toString('utf8'),
    stderr: result.stderr.toString('utf8'),
    stdoutBytes: result.stdout,
  };
}

/** Compares with test/cli/golden/<name>; UPDATE_GOLDEN=1 writes it instead. */
export function expectGolden(name: string, output: string): void {
  const path = join(GOLDEN, name);
  const actual = withoutCheckoutPath(output);
  if (UPDATE_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  assert.ok(existsSync(path), `missing golden file ${name}: run UPDATE_GOLDEN=1 npm run test:unit to create it`);
  assert.equal(
    actual,
    readFileSync(path, 'utf8'),
    `output differs from golden ${name} (UPDATE_GOLDEN=1 to accept a deliberate change)`,
  );
}

/** Outputs that name the checkout (SARIF's originalUriBaseIds) must not depend on where it was cloned. */
function withoutCheckoutPath(output: string): string {
  return output
    .split(pathToFileURL(ROOT + sep).href)
    .join('file:///CHECKOUT/')
    .split(ROOT + sep)
    .join('CHECKOUT/');
}

/** Bad input must be explained, never answered with a Node stack trace. */
export function assertNoStackTrace(output: string): void {
  assert.doesNotMatch(output, /^\s+at .+[:(]\d+:\d+\)?$/m, `stack trace in output:\n${output}`);
  assert.doesNotMatch(output, /(TypeError|ReferenceError|SyntaxError): /, `uncaught error in output:\n${output}`);
}

export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `journey-map-${prefix}-`));
}

export function removeDir(path: string): void {
  rmSync(path, { recursive: true, force: true });
}

/** A git repository in a temp folder, with a committer identity so commits work on any machine. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Journey Tester', '-c', 'user.email=tester@example.com', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd,
      encoding: 'utf8',
    },
  );
}

/**
 * Builds the bundle when it is missing (`npm test` builds first anyway). A bundle older than the
 * sources is only reported: rebuilding here would replace dist/ under other test runs sharing it.
 */
let staleReported = false;
export function ensureBuilt(): void {
  const bundle = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(bundle) || !existsSync(join(ROOT, 'dist', 'webview', 'standalone.js'))) {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
    return;
  }
  if (!staleReported && newestSource(join(ROOT, 'src')) > statSync(bundle).mtimeMs) {
    staleReported = true;
    // eslint-disable-next-line no-console
    console.warn('      (dist/cli.js is older than src/: these tests run the last build; `npm run build` first)');
  }
}

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** The Chromium the render tests use, or undefined (those tests are then skipped with the reason). */
export function installedChromium(): string | undefined {
  for (const candidate of [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}
