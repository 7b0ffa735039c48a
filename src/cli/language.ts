/**
 * The language of the command line's words: `--lang en|id` (a global option, accepted
 * before or after the command), else the locale in LC_ALL, LC_MESSAGES or LANG, else English.
 * A map's own `language:` still decides the language of its Markdown export and diff.
 */
import { pickLanguage, toLanguage, LANGUAGES, type Language } from '../core/l10n/index';
import { UsageError } from './errors';

export interface LanguageChoice {
  readonly language: Language;
  /** The arguments without `--lang <value>`. */
  readonly args: string[];
}

export function chooseLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): LanguageChoice {
  const args: string[] = [];
  let requested: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') {
      args.push(...argv.slice(index));
      break;
    }
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      requested = arg === '--lang' ? argv[++index] : arg.slice('--lang='.length);
      if (requested === undefined || toLanguage(requested) === undefined)
        throw new UsageError(`Invalid value for --lang: "${requested ?? ''}" (expected ${LANGUAGES.join(', ')})`);
      continue;
    }
    args.push(arg);
  }
  // An empty variable does not count (POSIX): LC_ALL= LANG=id_ID.UTF-8 means Indonesian.
  const fromEnv = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return { language: requested !== undefined ? pickLanguage(requested) : pickLanguage(fromEnv), args };
}
