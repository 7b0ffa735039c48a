/**
 * `.journeymapignore`: gitignore-syntax patterns for maps a folder search should skip (for
 * example deliberately broken examples). Found like the config, walking up from the working
 * folder; patterns are relative to the file's folder. Paths named explicitly are never ignored.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { describeFileError, UsageError } from './errors';
import { findUp } from './findUp';

export const IGNORE_FILE_NAME = '.journeymapignore';

export interface IgnoreRules {
  /** The ignore file, for messages. */
  readonly path: string;
  /** True when a path found by a folder search or a glob should be skipped. */
  isIgnored(absolutePath: string, isFolder: boolean): boolean;
}

export function loadIgnoreRules(cwd: string): IgnoreRules | undefined {
  const path = findUp(cwd, IGNORE_FILE_NAME);
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${describeFileError(path, error)}`);
  }
  const base = dirname(path);
  const matcher: Ignore = ignore().add(text);
  return {
    path,
    isIgnored(absolutePath, isFolder) {
      const rel = relative(base, absolutePath);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
      const posix = rel.split(sep).join('/');
      return matcher.ignores(isFolder ? `${posix}/` : posix);
    },
  };
}
