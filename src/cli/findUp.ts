/** Finds a file by name in a folder or the nearest of its parents (how .journeymaprc.json and .journeymapignore are found). */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function findUp(start: string, name: string): string | undefined {
  let folder = resolve(start);
  for (;;) {
    const candidate = join(folder, name);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here; keep walking up.
    }
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}
