/**
 * Which files are journey maps: `*.journey.yaml` and `*.journey.yml`, in any case. The CLI,
 * the extension (file watcher, workspace search, preview) and the export naming read it from
 * here; package.json's globs say the same, and test/unit/extension/packageManifest.test.ts
 * keeps them in agreement.
 */

/** The ending of a map's file name. */
export const JOURNEY_FILE_PATTERN = /\.journey\.ya?ml$/i;

/** The same, as a workspace glob (VS Code's findFiles and file watchers). */
export const JOURNEY_FILE_GLOB = '**/*.{journey.yaml,journey.yml}';

export function isJourneyFileName(path: string): boolean {
  return JOURNEY_FILE_PATTERN.test(path);
}
