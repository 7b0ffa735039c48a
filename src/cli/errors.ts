/**
 * Errors the command line reports to the user as one clear sentence, never as a stack trace.
 * Anything else that escapes a command is a bug and is reported as such by main.ts.
 */

import { neutralise } from './format/neutralise';

/** Exit codes, as documented in docs/cli.md. */
export const ExitCode = {
  /** Nothing wrong (warnings within --max-warnings). */
  ok: 0,
  /** The maps have errors, too many warnings, or cannot be rendered. */
  findings: 1,
  /** Bad usage, a missing or unreadable file, a folder with no maps, no browser. */
  usage: 2,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** A problem with how the tool was called or with the files it was given (exit 2). */
export class UsageError extends Error {
  readonly exitCode: ExitCodeValue;
  /** Shown after the message, e.g. "Run `journey-map check --help` for the options." */
  readonly hint: string | undefined;
  constructor(message: string, options: { hint?: string; exitCode?: ExitCodeValue } = {}) {
    super(message);
    this.name = 'UsageError';
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? ExitCode.usage;
  }
}

/** Node's error codes for file-system failures, turned into words a user understands. */
export function describeFileError(shownPath: string, error: unknown): string {
  // The path is shown escaped: a file name can hold ESC or a newline.
  const path = neutralise(shownPath);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOTREG':
      return `${path}: ${error instanceof Error ? error.message : 'not a regular file'}; a journey map is a file`;
    case 'ENOSPC':
      return `${path}: no space left on the device`;
    case 'EROFS':
      return `${path}: the file system is read-only`;
    case 'EEXIST':
      return `${path}: already exists`;
    case 'ENOENT':
      return `${path}: no such file or folder`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`;
    case 'EISDIR':
      return `${path}: is a folder, not a file`;
    case 'ENOTDIR':
      return `${path}: a part of this path is not a folder`;
    case 'ELOOP':
      return `${path}: a symbolic link that points back to itself (a link loop), so it leads to no file`;
    default:
      return `${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
