/**
 * Starts code-server (a real VS Code workbench with the real Node extension host) for one run:
 * a free loopback port, its own process group (so teardown also gets the file watcher, the
 * extension host and the agent host it forks), isolated user-data / extensions / XDG folders,
 * no extension gallery, telemetry, update checks or AI features.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { onCleanup } from './cleanup';
import { node24Binary, outputDir, repoRoot, runsDir } from './paths';
import { waitFor } from '../unit/helpers/waitFor';
import { HarnessError, lastLines, run } from './run';
import { ensureCodeServer } from './tools';

/** User settings that keep the workbench quiet and offline: nothing phones home, nothing pops up. */
const QUIET_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

export interface CodeServerOptions {
  /** `.vsix` files installed with `--install-extension` before the server starts. */
  vsixFiles?: string[];
  /**
   * Extension folders (with a package.json) linked into the extensions folder, so the server loads
   * the working tree as an installed extension (npm start) — a rebuild + window reload picks up changes.
   */
  linkedExtensions?: string[];
  /** Extra user settings merged over the quiet defaults. */
  settings?: Record<string, unknown>;
  /** Extra environment for the server (the extension host inherits it). */
  env?: NodeJS.ProcessEnv;
  /** Loads the tests' extension host hooks (`payload` URLs with extensionDevelopmentPath/extensionTestsPath). */
  smokeTestDriver?: boolean;
  /** Extra code-server arguments (the web suite's `--locale id`). */
  args?: string[];
  /** Writes files into the run's user-data folder before the server starts (a language pack's cache entry). */
  prepareUserData?: (userDataDir: string) => void;
  /** A fixed port (npm start's JOURNEY_MAP_PORT); otherwise a free one. */
  port?: number;
  /** Name used for the log file under .test-output/logs/. */
  label: string;
}

export interface CodeServer {
  readonly port: number;
  readonly origin: string;
  readonly logFile: string;
  readonly extensionsDir: string;
  /** The workbench URL opening `folder`, optionally with a test payload (see `testPayload`). */
  workbenchUrl(folder: string, payload?: [string, string][]): string;
  /** A `vscode-remote://` URI for a path on this machine, as the payload needs. */
  remoteUri(path: string): string;
  stop(): Promise<void>;
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Run folders older than this were left by a killed run (kill -9, power loss): safe to remove. */
const STALE_RUN_MS = 12 * 60 * 60 * 1000;

function removeStaleRunFolders(): void {
  for (const name of readdirSync(runsDir)) {
    const folder = join(runsDir, name);
    if (Date.now() - statSync(folder).mtimeMs > STALE_RUN_MS) rmSync(folder, { recursive: true, force: true });
  }
}

function prepareRunFolders(settings: Record<string, unknown>) {
  mkdirSync(runsDir, { recursive: true });
  removeStaleRunFolders();
  const root = mkdtempSync(join(runsDir, 'run-'));
  const userDataDir = join(root, 'user-data');
  const extensionsDir = join(root, 'extensions');
  const xdgDir = join(root, 'xdg');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(xdgDir, { recursive: true });
  writeFileSync(
    join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2),
  );
  return { root, userDataDir, extensionsDir, xdgDir };
}

function isolatedEnv(xdgDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // Without these, code-server writes to ~/.config/code-server and ~/.local/share/code-server.
    XDG_CONFIG_HOME: join(xdgDir, 'config'),
    XDG_DATA_HOME: join(xdgDir, 'data'),
    XDG_CACHE_HOME: join(xdgDir, 'cache'),
    // No gallery: otherwise it looks up open-vsx.org (unreachable here) and logs errors.
    EXTENSIONS_GALLERY: '{}',
    ...extra,
  };
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const entry = await ensureCodeServer();
  const folders = prepareRunFolders(options.settings ?? {});
  // Registered before the server's own stop, so it runs after it (cleanups run newest first) — and
  // also when something fails before the server starts (a bad .vsix).
  onCleanup(() => rmSync(folders.root, { recursive: true, force: true, maxRetries: 3 }));
  options.prepareUserData?.(folders.userDataDir);
  const env = isolatedEnv(folders.xdgDir, options.env);
  const common = ['--user-data-dir', folders.userDataDir, '--extensions-dir', folders.extensionsDir];
  const logsDir = join(outputDir, 'logs');
  mkdirSync(logsDir, { recursive: true });

  for (const vsix of options.vsixFiles ?? []) {
    const installed = await run(node24Binary, [entry, ...common, '--install-extension', vsix], {
      env,
      logFile: join(logsDir, `${options.label}-install-extension.log`),
    });
    if (installed.code !== 0 || /failed|error/i.test(installed.output)) {
      throw new HarnessError(`code-server --install-extension ${vsix} failed:\n${lastLines(installed.output, 20)}`);
    }
    console.log(`[harness] installed ${vsix}: ${lastLines(installed.output, 1)}`);
  }

  for (const folder of options.linkedExtensions ?? []) {
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
      publisher: string;
      name: string;
      version: string;
    };
    symlinkSync(
      folder,
      join(folders.extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`),
      'dir',
    );
  }

  const port = options.port ?? (await findFreePort());
  const origin = `http://127.0.0.1:${port}`;
  const logFile = join(logsDir, `${options.label}-code-server.log`);
  const args = [
    entry,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...common,
    ...(options.args ?? []),
  ];
  // Without it the built workbench ignores the payload's extensionDevelopmentPath/extensionTestsPath.
  if (options.smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');

  const log = createWriteStream(logFile);
  // detached: the server leads a new process group (setsid), so one kill reaches all its children.
  const child: ChildProcess = spawn(node24Binary, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    log.write(chunk);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) =>
    child.on('exit', () => {
      exited = true;
      resolve();
    }),
  );

  const stop = async () => {
    unregister();
    if (!exited && child.pid) {
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => child.pid && killGroup(child.pid, 'SIGKILL'), 5_000);
      await exitedPromise;
      clearTimeout(timer);
      // Forked children (file watcher, extension host) may outlive the leader for a moment.
      if (child.pid) killGroup(child.pid, 'SIGKILL');
    }
    log.end();
    // rmSync unlinks symlinks (npm start's link to the working tree), never follows them.
    rmSync(folders.root, { recursive: true, force: true, maxRetries: 3 });
  };
  const unregister = onCleanup(stop);

  const health = await waitFor(
    async () => (exited ? 'exited' : (await fetch(`${origin}/healthz`)).ok ? 'healthy' : undefined),
    'code-server to answer /healthz',
    { timeoutMs: 30_000, intervalMs: 100 },
  ).catch(() => 'timeout');
  if (health !== 'healthy') {
    await stop();
    throw new HarnessError(
      `code-server did not become healthy on ${origin} (${exited ? 'it exited' : 'timeout'}). Last output:\n${lastLines(output, 20)}`,
    );
  }

  return {
    port,
    origin,
    logFile,
    extensionsDir: folders.extensionsDir,
    remoteUri: (path) => `vscode-remote://127.0.0.1:${port}${path}`,
    workbenchUrl: (folder, payload) => {
      const query = new URLSearchParams({ folder });
      if (payload) query.set('payload', JSON.stringify(payload));
      return `${origin}/?${query.toString()}`;
    },
    stop,
  };
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * A throwaway copy of samples/ to open as the workspace, so tests may edit files without touching
 * the repository, and two runs in the same tree (two engineers, two terminals) don't share one.
 * Removed at teardown.
 */
export function temporarySamplesWorkspace(label: string): string {
  const parent = join(outputDir, 'workspaces');
  mkdirSync(parent, { recursive: true });
  const workspace = join(mkdtempSync(join(parent, `${label}-`)), 'samples');
  cpSync(join(repoRoot, 'samples'), workspace, { recursive: true });
  onCleanup(() => rmSync(dirname(workspace), { recursive: true, force: true }));
  return workspace;
}
