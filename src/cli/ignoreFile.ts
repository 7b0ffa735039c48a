/**
 * `.journeymapignore`: gitignore-syntax patterns for maps a folder search should skip (for
 * example deliberately broken examples). Found like the config, walking up from the working
 * folder; patterns are relative to the file's folder. Paths named explicitly are never ignored.
 */
import { dirname, isAbsolute, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { describeFileError, UsageError } from './errors';
import { findUp } from './findUp';
import { readRegularFile } from './readFile';

export const IGNORE_FILE_NAME = '.journeymapignore';

export interface IgnoreRules {
  /** The ignore file, for messages. */
  readonly path: string;
  /** True when a path found by a folder search or a glob should be skipped. */
  isIgnored(absolutePath: string, isFolder: boolean): boolean;
}

/**
 * A pattern longer than this is not a path pattern anyone writes; refusing it up front gives a
 * clear message where the regular expression it compiles to would be "too large" deep inside.
 */
export const MAX_PATTERN_LENGTH = 4096;

export function loadIgnoreRules(cwd: string): IgnoreRules | undefined {
  const path = findUp(cwd, IGNORE_FILE_NAME);
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = readRegularFile(path);
  } catch (error) {
    throw new UsageError(`Cannot read ${describeFileError(path, error)}`);
  }
  const base = dirname(path);
  const matcher = compilePatterns(text, path);
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

/**
 * git's semantics: patterns are case-sensitive (the `ignore` package folds case by default, as
 * git does only with core.ignorecase). Each pattern is compiled up front, so a pattern that
 * cannot be used is reported with its line number instead of failing later as an internal error.
 */
export function compilePatterns(text: string, path: string): Ignore {
  const matcher = ignore({ ignorecase: false });
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.length > MAX_PATTERN_LENGTH) {
      throw new UsageError(
        `${path}:${index + 1}: this pattern is ${line.length.toLocaleString('en')} characters long, ` +
          `more than the ${MAX_PATTERN_LENGTH.toLocaleString('en')} a pattern may have`,
      );
    }
    try {
      ignore({ ignorecase: false }).add(line).ignores('probe');
    } catch (error) {
      const reason = error instanceof Error ? error.message.slice(0, 200) : String(error);
      throw new UsageError(`${path}:${index + 1}: this pattern cannot be used (${reason})`);
    }
    matcher.add(line);
  }
  return matcher;
}
