/**
 * Bundles the integration suite for the extension host: test/integration/index.ts and every
 * test/integration/*.test.ts → out/test/integration/*.js (Node, CommonJS).
 * `vscode` is provided by the extension host; `mocha` stays external so it resolves from the
 * repository's node_modules (bundling mocha breaks its interface registration).
 */
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths';

export const integrationSourceDir = join(repoRoot, 'test', 'integration');
export const integrationOutDir = join(repoRoot, 'out', 'test', 'integration');
export const integrationEntry = join(integrationOutDir, 'index.js');

export async function buildIntegrationSuite(): Promise<string[]> {
  const tests = readdirSync(integrationSourceDir)
    .filter((name) => name.endsWith('.test.ts'))
    .sort();
  // Start clean, so a deleted test does not keep running from a stale bundle.
  rmSync(integrationOutDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: ['index.ts', ...tests].map((name) => join(integrationSourceDir, name)),
    outdir: integrationOutDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // The code-server extension host runs Node 24; desktop VS Code's Electron at least Node 20.
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
    absWorkingDir: repoRoot,
  });
  if (!existsSync(integrationEntry)) throw new Error(`esbuild did not produce ${integrationEntry}`);
  return tests;
}

if (require.main === module) {
  buildIntegrationSuite().then(
    (tests) =>
      console.log(`[harness] built the integration suite (${tests.length} test files) into ${integrationOutDir}`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
