/**
 * `npm start`: builds the extension and opens samples/ in a real VS Code with it loaded.
 *  - With a local `code` on PATH: an Extension Development Host (`code --extensionDevelopmentPath`).
 *  - Otherwise: the cached code-server (installed on first use) with the working tree linked in as
 *    an extension, on a loopback port it prints; runs until Ctrl-C, then stops the server.
 * Environment: JOURNEY_MAP_PORT fixes the port (default: a free one).
 */
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { runCleanups } from './cleanup';
import { startCodeServer } from './codeServer';
import { repoRoot } from './paths';
import { HarnessError, run } from './run';

function localCode(): string | undefined {
  try {
    return (
      execFileSync('which', ['code'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const samples = join(repoRoot, 'samples');
  const built = await run('npm', ['run', 'build'], { cwd: repoRoot });
  if (built.code !== 0) throw new HarnessError('the build failed (see above)');

  const code = localCode();
  if (code) {
    console.log(`[start] opening ${samples} in an Extension Development Host (${code})`);
    spawn(code, [`--extensionDevelopmentPath=${repoRoot}`, samples], { stdio: 'inherit', detached: true }).unref();
    return;
  }

  console.log('[start] no local `code`: using code-server (the first run installs it, 2–3 minutes)');
  const port = process.env.JOURNEY_MAP_PORT ? Number(process.env.JOURNEY_MAP_PORT) : undefined;
  const server = await startCodeServer({ label: 'start', linkedExtensions: [repoRoot], ...(port ? { port } : {}) });
  const url = server.workbenchUrl(samples);
  console.log(
    `\n  Journey Map is running in VS Code (code-server) at:\n\n    ${url}\n\n  Open it in a browser on this machine. Rebuild with \`npm run build\` and reload the window to pick up changes.\n  Server log: ${server.logFile}\n  Press Ctrl-C to stop.\n`,
  );
  // Stay up until Ctrl-C / SIGTERM: the cleanup handlers stop the server and exit.
  await new Promise<never>(() => undefined);
}

main().catch(async (error: unknown) => {
  console.error(`[start] ${error instanceof HarnessError ? error.message : String((error as Error)?.stack ?? error)}`);
  await runCleanups();
  process.exit(1);
});
