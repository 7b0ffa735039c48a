/**
 * Writing exports without ever destroying input. Before anything is drawn, every planned output
 * is checked: it must not be one of the run's input maps (through `.` segments, symbolic links
 * or hard links: files are compared by device and inode), two maps must not write the same file,
 * and a file that already exists is not replaced unless --force says so. Each file is then
 * written atomically: a temporary file in the same folder, renamed (or, without --force, linked)
 * into place, so a reader never sees half an SVG and a failed write leaves the old file intact.
 */
import { closeSync, linkSync, openSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describeFileError, UsageError } from '../errors';
import { neutralise } from '../format/neutralise';

/** A file that could not be written (ENOSPC, EACCES…): exit 2; a batch names it and goes on. */
export class OutputWriteError extends UsageError {}

/** One file a run means to write, and the map it comes from. */
export interface PlannedOutput {
  readonly target: string;
  readonly source: string;
}

/** How paths are shown in messages (relative to the working folder). */
export type ShowPath = (absolutePath: string) => string;

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

const identity = (stats: Stats) => `${stats.dev}:${stats.ino}`;

/**
 * Every problem with the planned outputs, one sentence each (empty when all can be written).
 * `inputs` are all the maps the run reads; `force` allows replacing existing files, never inputs.
 */
export function checkPlannedOutputs(
  planned: readonly PlannedOutput[],
  inputs: readonly string[],
  options: { force: boolean; show: ShowPath },
): string[] {
  const show = (path: string) => neutralise(options.show(path));
  const inputIds = new Map<string, string>();
  for (const input of inputs) {
    const stats = statOrUndefined(input);
    if (stats !== undefined) inputIds.set(identity(stats), input);
  }
  const problems: string[] = [];
  const claimed = new Map<string, PlannedOutput>();
  for (const output of planned) {
    const target = resolve(output.target);
    const previous = claimed.get(target);
    if (previous !== undefined) {
      if (previous.source !== output.source) {
        problems.push(
          `${show(target)}: both ${show(previous.source)} and ${show(output.source)} would be written to this file ` +
            `(same name: rename one map, or export them separately)`,
        );
      }
      continue;
    }
    claimed.set(target, output);
    const stats = statOrUndefined(target);
    if (stats === undefined) continue;
    const input = inputIds.get(identity(stats));
    if (input !== undefined) {
      problems.push(
        `${show(target)}: is the map ${show(input)} itself${input !== target ? ' (through a link or another path)' : ''}; ` +
          `refusing to overwrite an input. Choose another output path.`,
      );
    } else if (stats.isDirectory()) {
      problems.push(`${show(target)}: is a folder; cannot write a file there`);
    } else if (!options.force) {
      problems.push(`${show(target)}: already exists and was not written by this run; use --force to replace it`);
    }
  }
  return problems;
}

/** Throws a UsageError (exit 2) listing every problem, when there is any. */
export function assertPlannedOutputs(
  planned: readonly PlannedOutput[],
  inputs: readonly string[],
  options: { force: boolean; show: ShowPath },
): void {
  const problems = checkPlannedOutputs(planned, inputs, options);
  if (problems.length === 0) return;
  throw new UsageError(
    `${problems.length === 1 ? 'An output' : `${problems.length} outputs`} cannot be written; nothing was written:\n` +
      problems.map((problem) => `  ${problem}`).join('\n'),
  );
}

/**
 * Writes `bytes` to `target` through a temporary file in the same folder. Without `replace`, the
 * file is linked into place, which fails if something appeared at `target` meanwhile; with it,
 * renamed over the old file. Errors are UsageErrors naming the file (ENOSPC, EACCES…).
 */
export function writeAtomically(target: string, bytes: string | Uint8Array, replace: boolean, shown: string): void {
  const folder = dirname(target);
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let created = false;
  try {
    const fd = openSync(temp, 'wx', 0o666);
    created = true;
    try {
      const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
      let offset = 0;
      while (offset < buffer.length) offset += writeSync(fd, buffer, offset, buffer.length - offset);
    } finally {
      closeSync(fd);
    }
    if (replace) {
      renameSync(temp, target);
      created = false;
    } else {
      linkSync(temp, target);
    }
  } catch (error) {
    throw new OutputWriteError(`Cannot write ${describeFileError(shown, error)}`);
  } finally {
    if (created) {
      try {
        unlinkSync(temp);
      } catch {
        // Already gone.
      }
    }
  }
}
