/**
 * Reads the `.journeymaprc.json` that applies to a map on disk: the nearest one walking up
 * from the map's folder, as `journey-map check` finds it. Node only (the web worker has no
 * file system; there the client sends the file's rules).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulesOfConfigFile } from '../shared/mergeRuleConfig';
import type { SettingsHost } from './settings';

const CONFIG_FILE_NAME = '.journeymaprc.json';

export function nodeSettingsHost(): SettingsHost {
  return {
    readConfigFileRules(uri: string): unknown {
      if (!uri.startsWith('file:')) return undefined;
      let folder = dirname(fileURLToPath(uri));
      for (;;) {
        const candidate = join(folder, CONFIG_FILE_NAME);
        if (isFile(candidate)) {
          const { rules, problem } = rulesOfConfigFile(readFileSync(candidate, 'utf8').replace(/^\uFEFF/, ''));
          if (problem) throw new Error(`${candidate} ${problem}; its rules are ignored.`);
          return rules;
        }
        const parent = dirname(folder);
        if (parent === folder) return undefined;
        folder = parent;
      }
    },
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
