/**
 * Reads a file as it was at a git revision (`git show <rev>:<path>`), for `diff --git`.
 * git runs with an argument list, never through a shell, so paths and revisions are inert.
 */
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { UsageError } from './errors';
import { neutralise } from './format/neutralise';

/** Maps can be large; a journey map over 64 MB is not one (the engine refuses far less). */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

export interface GitFileVersion {
  /** The path inside the repository at the revision, `/`-separated (the old name after a rename). */
  readonly repoPath: string;
  readonly text: string;
  /** Set when the file had another name at the revision: the rename was followed. */
  readonly renamedFrom?: string;
}

export function readFileAtRevision(absolutePath: string, revision: string): GitFileVersion {
  if (revision.startsWith('-')) throw UsageError.keyed({ key: 'cli.git.dashRevision', data: { revision } });
  const folder = dirname(realpathSync(absolutePath));
  const root = runGit(
    ['rev-parse', '--show-toplevel'],
    folder,
    `${absolutePath} is not inside a git repository`,
  ).trim();
  const repoPath = relative(realpathSync(root), realpathSync(absolutePath)).split(sep).join('/');

  const verified = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], {
    cwd: root,
    encoding: 'utf8',
  });
  if (verified.status !== 0) throw UsageError.keyed({ key: 'cli.git.noRevision', data: { revision } });

  let shown = showAt(root, revision, repoPath);
  let oldPath = repoPath;
  if (shown.missing) {
    // Moved since the revision (`git mv`, committed or not): follow the rename, as `git log --follow` would.
    const renamed = renamedFrom(root, revision, repoPath);
    if (renamed === undefined) {
      throw UsageError.keyed({
        key: 'cli.git.newFile',
        data: { path: neutralise(repoPath), revision: neutralise(revision) },
      });
    }
    oldPath = renamed;
    shown = showAt(root, revision, oldPath);
    if (shown.missing) {
      throw new UsageError(
        `${neutralise(oldPath)} (renamed to ${neutralise(repoPath)}) cannot be read at ${neutralise(revision)}`,
      );
    }
  }
  const text = shown.text;
  return {
    repoPath: oldPath,
    text: text.startsWith('\uFEFF') ? text.slice(1) : text,
    ...(oldPath !== repoPath ? { renamedFrom: oldPath } : {}),
  };
}

function showAt(root: string, revision: string, path: string): { missing: true } | { missing: false; text: string } {
  const shown = spawnSync('git', ['show', `${revision}:${path}`], { cwd: root, maxBuffer: MAX_OUTPUT_BYTES });
  if (shown.error) throw gitError(shown.error);
  if (shown.status !== 0) {
    const reason = shown.stderr.toString('utf8');
    if (/does not exist|exists on disk, but not in/.test(reason)) return { missing: true };
    throw new UsageError(
      `git show ${revision}:${neutralise(path)} failed: ${neutralise(reason.trim().split('\n')[0] ?? '')}`,
    );
  }
  return { missing: false, text: shown.stdout.toString('utf8') };
}

/**
 * The path `repoPath` had at `revision`, when git's rename detection (`diff -M`, the same as
 * `log --follow`) pairs it with a file deleted since; the working tree and the index count, so
 * an uncommitted `git mv` is followed too.
 */
function renamedFrom(root: string, revision: string, repoPath: string): string | undefined {
  const listed = spawnSync('git', ['diff', '--find-renames', '--name-status', '-z', '--no-ext-diff', revision, '--'], {
    cwd: root,
    maxBuffer: MAX_OUTPUT_BYTES,
    encoding: 'utf8',
  });
  if (listed.error || listed.status !== 0) return undefined;
  const fields = listed.stdout.split('\0');
  for (let index = 0; index < fields.length;) {
    const status = fields[index] ?? '';
    if (status.startsWith('R') || status.startsWith('C')) {
      const [from, to] = [fields[index + 1], fields[index + 2]];
      if (status.startsWith('R') && to === repoPath && from !== undefined) return from;
      index += 3;
    } else {
      index += 2;
    }
  }
  return undefined;
}

function runGit(args: string[], cwd: string, failure: string): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.error) throw gitError(result.error);
  if (result.status !== 0) throw new UsageError(failure);
  return result.stdout;
}

function gitError(error: Error): UsageError {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT')
    return new UsageError('git is not installed (or not on PATH); `diff --git` needs it.');
  return new UsageError(`git could not run: ${error.message}`);
}
