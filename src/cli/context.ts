import type { Language } from '../core/l10n/index';

/** What a command needs from the process, passed in so each command reads as a plain function. */

export interface OutputStream {
  write(chunk: string | Uint8Array): boolean;
  readonly isTTY?: boolean;
  /** Terminal width, when a terminal. */
  readonly columns?: number;
}

export interface CliContext {
  readonly cwd: string;
  /** The language of messages, summaries and exports (--lang, else LC_ALL/LC_MESSAGES/LANG); English when absent. */
  readonly language?: Language;
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
}

/** Environment variable that pins "today" for the stale-review rule (tests, reproducible CI runs). */
export const TODAY_ENV = 'JOURNEY_MAP_TODAY';
