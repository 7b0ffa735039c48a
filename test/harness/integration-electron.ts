/**
 * Runner A: desktop VS Code through @vscode/test-electron (a contributor's laptop, CI with
 * internet). Desktop VS Code cannot be downloaded on the project's build machines, so
 * `isDesktopVSCodeAvailable` answers within a few seconds and the code-server runner takes over.
 */
import { lookup } from 'node:dns/promises';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from './paths';
import type { ExtensionHostRun } from './integration-code-server';

const DOWNLOAD_HOST = 'update.code.visualstudio.com';
const cachedInstalls = join(repoRoot, '.vscode-test');

export async function isDesktopVSCodeAvailable(timeoutMs = 3_000): Promise<{ available: boolean; reason: string }> {
  if (process.env.VSCODE_EXECUTABLE_PATH)
    return { available: true, reason: `VSCODE_EXECUTABLE_PATH=${process.env.VSCODE_EXECUTABLE_PATH}` };
  if (existsSync(cachedInstalls) && readdirSync(cachedInstalls).some((name) => name.startsWith('vscode-'))) {
    return { available: true, reason: `cached in ${cachedInstalls}` };
  }
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no answer in ${timeoutMs}ms`)), timeoutMs).unref(),
  );
  try {
    await Promise.race([lookup(DOWNLOAD_HOST), timeout]);
    return { available: true, reason: `${DOWNLOAD_HOST} resolves` };
  } catch (error) {
    return {
      available: false,
      reason: `cannot download desktop VS Code (${DOWNLOAD_HOST}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    };
  }
}

export async function runWithTestElectron(options: ExtensionHostRun): Promise<number> {
  try {
    await runTests({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: options.extensionTestsPath,
      extensionTestsEnv: { JOURNEY_MAP_TEST_RESULTS: options.resultsFile },
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH,
      launchArgs: [
        options.workspace,
        '--disable-extensions',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-workspace-trust',
      ],
    });
    return 0;
  } catch (error) {
    console.error(`[harness] test-electron: ${(error as Error).message}`);
    return 1;
  }
}
