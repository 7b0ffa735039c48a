/**
 * Finds an installed Chromium-family browser for SVG/PNG export. We drive the user's browser
 * with playwright-core instead of downloading one: installs stay small and work offline.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { UsageError } from '../errors';

/** Executable names looked up on PATH, in order of preference. */
const NAMES_ON_PATH = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'chrome',
];

/** Well-known install locations that are not on PATH (macOS apps, Windows, snap). */
const WELL_KNOWN_PATHS = [
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

export const BROWSER_ENV = 'CHROME_PATH';

const OTHER_BROWSER = `or point to an installed Chrome, Chromium or Edge with --browser <path> or the ${BROWSER_ENV} environment variable.`;

/** After a browser was found but would not start. */
export const LAUNCH_HINT = [
  'SVG and PNG export needs a Chromium-family browser (Chromium, Chrome, Edge) that can run headless.',
  `Check that this one works, ${OTHER_BROWSER}`,
].join('\n');

export const INSTALL_HINT = [
  'SVG and PNG export draws the diagram with Mermaid in a headless Chromium, and none was found.',
  'Install one, for example:',
  '  Debian/Ubuntu:  sudo apt-get install chromium',
  '  Fedora:         sudo dnf install chromium',
  '  macOS:          brew install --cask chromium',
  OTHER_BROWSER,
].join('\n');

/**
 * The browser to launch: `--browser`, then $CHROME_PATH, then PATH and well-known locations.
 * An explicit path that does not work is an error rather than a silent fallback.
 */
export function findBrowser(explicit: string | undefined, env: NodeJS.ProcessEnv): string {
  for (const [source, path] of [
    ['--browser', explicit],
    [BROWSER_ENV, env[BROWSER_ENV]],
  ] as const) {
    if (path === undefined || path === '') continue;
    if (!isExecutableFile(path))
      throw new UsageError(`${source} ${path}: not an executable file`, { hint: LAUNCH_HINT });
    return path;
  }
  const searchPath = (env.PATH ?? '').split(delimiter).filter((folder) => folder !== '');
  for (const name of NAMES_ON_PATH) {
    for (const folder of searchPath) {
      const candidate = join(folder, name);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  for (const candidate of WELL_KNOWN_PATHS) if (isExecutableFile(candidate)) return candidate;
  throw new UsageError('No Chromium, Chrome or Edge browser found.', { hint: INSTALL_HINT });
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
