/**
 * Errors the command line reports to the user as one clear sentence, never as a stack trace.
 * Anything else that escapes a command is a bug and is reported as such by main.ts.
 */

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
export function describeFileError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
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
      return `${path}: too many symbolic links (a link loop?)`;
    default:
      return `${path}: cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
}
