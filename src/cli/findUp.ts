/** Finds a file by name in a folder or the nearest of its parents (how .journeymaprc.json and .journeymapignore are found). */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from './errors';
import { neutralise } from './format/neutralise';
import { fileKind } from './readFile';

/**
 * The nearest `name`. Something by that name that is not a file (a folder called
 * `.journeymaprc.json`) is an error: skipping it would silently apply a parent's settings, or none.
 */
export function findUp(start: string, name: string): string | undefined {
  let folder = resolve(start);
  for (;;) {
    const candidate = join(folder, name);
    let stats;
    try {
      stats = statSync(candidate);
    } catch {
      stats = undefined; // Not here; keep walking up.
    }
    if (stats !== undefined) {
      if (stats.isFile()) return candidate;
      throw new UsageError(`${neutralise(candidate)}: is ${fileKind(stats)}, not a file; rename or remove it`);
    }
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}
