/**
 * Turns the paths a user types (files, folders, globs) into the list of journey maps to read.
 */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { describeFileError, fileErrorWords, UsageError, type CliWords } from './errors';
import { neutralise } from './format/neutralise';
import type { IgnoreRules } from './ignoreFile';
import { fileKind, readRegularBytes } from './readFile';
import { isJourneyFileName } from '../shared/journeyFiles';

/** Folders never searched: dependencies and version-control internals. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * Expands the arguments into absolute file paths, sorted and without duplicates.
 * Folders are searched recursively for journey maps; a glob may match any file. What a search
 * or a glob finds is filtered by `.journeymapignore`; a path named explicitly never is.
 * Collects every unusable argument before failing, so the user fixes them all at once.
 */
export function collectJourneyFiles(args: readonly string[], cwd: string, ignored?: IgnoreRules): string[] {
  const files = new Set<string>();
  const problems: CliWords[] = [];
  for (const arg of args) {
    const shown = neutralise(arg);
    const absolute = resolve(cwd, arg);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      if (isDynamicPattern(arg)) {
        const matches = expandGlob(arg, cwd).filter((match) => !ignored?.isIgnored(match, false));
        if (matches.length === 0) problems.push({ key: 'cli.files.noMatch', data: { path: shown } });
        for (const match of matches) files.add(match);
        continue;
      }
      problems.push(describeMissing(arg, absolute, error));
      continue;
    }
    if (stats.isDirectory() && isJourneyFileName(absolute)) {
      // Named like a map, but a folder: the user meant a file, and searching it would hide that.
      problems.push({ key: 'cli.files.folderNamedLikeMap', data: { path: shown } });
      continue;
    }
    if (stats.isDirectory()) {
      // A folder named explicitly is searched whole when it is itself ignored (`check samples/invalid`).
      const found = findJourneyFiles(absolute, ignored?.isIgnored(absolute, true) ? undefined : ignored);
      if (found.length === 0) {
        problems.push(
          ignored !== undefined
            ? { key: 'cli.files.noMapsIgnored', data: { path: shown, ignoreFile: ignored.path } }
            : { key: 'cli.files.noMaps', data: { path: shown } },
        );
      }
      for (const file of found) files.add(file);
    } else if (!stats.isFile()) {
      problems.push({
        key: 'cli.file.other',
        data: { path: shown, reason: `is ${fileKind(stats)}, not a journey map file` },
      });
    } else {
      files.add(absolute);
    }
  }
  if (problems.length > 0) throw UsageError.keyed(problems);
  return [...files].sort();
}

/** One file argument for commands that take exactly one map (render, diff). */
export function requireFile(arg: string, cwd: string): string {
  const absolute = resolve(cwd, arg);
  let stats;
  try {
    stats = statSync(absolute);
  } catch (error) {
    throw UsageError.keyed(describeMissing(arg, absolute, error));
  }
  if (!stats.isFile()) throw new UsageError(`${neutralise(arg)}: is ${fileKind(stats)}, not a journey map file`);
  return absolute;
}

/**
 * Recursively finds journey maps under a folder, without following symbolic links to folders (no loops).
 * An entry named like a map that is a pipe, socket or device is returned too: reading it then
 * refuses it by name, instead of the search skipping it silently.
 */
export function findJourneyFiles(folder: string, ignored?: IgnoreRules): string[] {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue; // An unreadable sub-folder holds nothing we can check; the user asked for the parent.
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !ignored?.isIgnored(path, true)) pending.push(path);
      } else if (isJourneyFileName(entry.name) && !ignored?.isIgnored(path, false)) {
        found.push(path);
      }
    }
  }
  return found.sort();
}

function expandGlob(pattern: string, cwd: string): string[] {
  return globSync(pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: false,
    ignore: ['**/node_modules/**', '**/.git/**'],
    expandDirectories: false,
  }).map((path) => resolve(path));
}

/** Explains a path that cannot be stat'ed, telling a dangling symbolic link apart from a typo. */
function describeMissing(arg: string, absolute: string, error: unknown): CliWords {
  if ((error as NodeJS.ErrnoException).code === 'ELOOP') return fileErrorWords(arg, error);
  try {
    if (lstatSync(absolute).isSymbolicLink()) return { key: 'cli.file.danglingLink', data: { path: neutralise(arg) } };
  } catch {
    // Not a link either: fall through to the plain message.
  }
  return fileErrorWords(arg, error);
}

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/**
 * Reads a map as UTF-8 text. Binary content is left to the engine, which reports it at its
 * position (JM008) exactly as the editor does.
 */
export function readMapFile(path: string, displayPath: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readRegularBytes(path);
  } catch (error) {
    return { ok: false, message: describeFileError(displayPath, error) };
  }
  // A byte-order mark is not part of the YAML text; keeping it would shift every column on line 1.
  const text = bytes.toString('utf8');
  return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

/** How a path is shown to the user: relative to the working folder (absolute outside it), with forward slashes. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const shown = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  return shown.split(sep).join('/');
}
