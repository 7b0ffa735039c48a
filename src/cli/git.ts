/**
 * Reads a file as it was at a git revision (`git show <rev>:<path>`), for `diff --git`.
 * git runs with an argument list, never through a shell, so paths and revisions are inert.
 */
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { UsageError } from './errors';

/** Maps can be large; a journey map over 64 MB is not one (the engine refuses far less). */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

export interface GitFileVersion {
  /** The path inside the repository, `/`-separated. */
  readonly repoPath: string;
  readonly text: string;
}

export function readFileAtRevision(absolutePath: string, revision: string): GitFileVersion {
  if (revision.startsWith('-')) throw new UsageError(`--git ${revision}: a revision cannot start with "-"`);
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
  if (verified.status !== 0) throw new UsageError(`--git ${revision}: no such revision in this repository`);

  const shown = spawnSync('git', ['show', `${revision}:${repoPath}`], { cwd: root, maxBuffer: MAX_OUTPUT_BYTES });
  if (shown.error) throw gitError(shown.error);
  if (shown.status !== 0) {
    const reason = shown.stderr.toString('utf8');
    if (/does not exist|exists on disk, but not in/.test(reason)) {
      throw new UsageError(
        `${repoPath} did not exist at ${revision}: there is nothing to compare with (the whole map is new)`,
      );
    }
    throw new UsageError(`git show ${revision}:${repoPath} failed: ${reason.trim().split('\n')[0]}`);
  }
  const text = shown.stdout.toString('utf8');
  return { repoPath, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
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
