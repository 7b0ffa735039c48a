/**
 * Errors the command line reports to the user as one clear sentence, never as a stack trace.
 * Anything else that escapes a command is a bug and is reported as such by main.ts.
 */

import { translator, type Language, type MessageData, type MessageKey } from '../core/l10n/index';
import type { MessageRef } from '../core/l10n/format';
import { neutralise } from './format/neutralise';

/** A keyed message of the CLI catalogue (cli.en.ts) with its parameters. */
export interface CliWords {
  readonly key: MessageKey;
  readonly data?: MessageData;
}

/** `words` in `language`; several are one line each. */
export function cliText(language: Language | undefined, words: CliWords | readonly CliWords[]): string {
  const t = translator(language ?? 'en');
  const list: readonly CliWords[] = Array.isArray(words) ? words : [words as CliWords];
  return list.map((one) => t.t(one.key, one.data)).join('\n');
}

/** A keyed message as a parameter of another (a file problem inside "Cannot read …"). */
export function cliRef(words: CliWords): MessageRef {
  return { ref: words.key, ...(words.data ? { data: words.data } : {}) };
}

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
  /** The message as keys of the CLI catalogue, so main.ts can word it in the reader's language. */
  readonly words: CliWords | readonly CliWords[] | undefined;
  readonly hintWords: CliWords | undefined;
  constructor(
    message: string,
    options: {
      hint?: string;
      exitCode?: ExitCodeValue;
      words?: CliWords | readonly CliWords[];
      hintWords?: CliWords;
    } = {},
  ) {
    super(message);
    this.name = 'UsageError';
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? ExitCode.usage;
    this.words = options.words;
    this.hintWords = options.hintWords;
  }

  /** A usage error worded from the catalogue; its `message` is the English text. */
  static keyed(
    words: CliWords | readonly CliWords[],
    options: { hint?: CliWords; exitCode?: ExitCodeValue } = {},
  ): UsageError {
    return new UsageError(cliText('en', words), {
      words,
      ...(options.hint ? { hint: cliText('en', options.hint), hintWords: options.hint } : {}),
      ...(options.exitCode !== undefined ? { exitCode: options.exitCode } : {}),
    });
  }

  /** The message in `language` (English when it was not keyed). */
  messageIn(language: Language | undefined): string {
    return this.words === undefined ? this.message : cliText(language, this.words);
  }

  hintIn(language: Language | undefined): string | undefined {
    return this.hintWords === undefined ? this.hint : cliText(language, this.hintWords);
  }
}

/** Node's error codes for file-system failures, turned into words a user understands. */
export function describeFileError(shownPath: string, error: unknown, language?: Language): string {
  return cliText(language, fileErrorWords(shownPath, error));
}

/** describeFileError as a keyed message, to be worded later in the reader's language. */
export function fileErrorWords(shownPath: string, error: unknown): CliWords {
  // The path is shown escaped: a file name can hold ESC or a newline.
  const path = neutralise(shownPath);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOTREG':
      return {
        key: 'cli.file.notRegular',
        data: { path, reason: error instanceof Error ? error.message : { ref: 'cli.file.notRegularReason' } },
      };
    case 'ENOSPC':
      return { key: 'cli.file.noSpace', data: { path } };
    case 'EROFS':
      return { key: 'cli.file.readOnly', data: { path } };
    case 'EEXIST':
      return { key: 'cli.file.exists', data: { path } };
    case 'ENOENT':
      return { key: 'cli.file.notFound', data: { path } };
    case 'EACCES':
    case 'EPERM':
      return { key: 'cli.file.permission', data: { path } };
    case 'EISDIR':
      return { key: 'cli.file.isFolder', data: { path } };
    case 'ENOTDIR':
      return { key: 'cli.file.notFolder', data: { path } };
    case 'ELOOP':
      return { key: 'cli.file.loop', data: { path } };
    default:
      return { key: 'cli.file.other', data: { path, reason: error instanceof Error ? error.message : String(error) } };
  }
}
