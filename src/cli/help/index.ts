/** A command's help in the command line's language (`--lang`, LANG): English lives beside each command. */
import type { Language } from '../../core/l10n/index';
import type { CliContext } from '../context';
import { ExitCode, type ExitCodeValue } from '../errors';
import { helpId, type HelpTopic } from './id';

export type { HelpTopic };

export function localHelp(topic: HelpTopic, english: string, language: Language | undefined): string {
  return language === 'id' ? helpId[topic] : english;
}

/** Writes a command's help (its --help) and returns the exit code that goes with it. */
export function printHelp(
  context: Pick<CliContext, 'stdout' | 'language'>,
  topic: HelpTopic,
  english: string,
): ExitCodeValue {
  context.stdout.write(localHelp(topic, english, context.language));
  return ExitCode.ok;
}
