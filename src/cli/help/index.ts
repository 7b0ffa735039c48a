/** A command's help in the command line's language (`--lang`, LANG): English lives beside each command. */
import type { Language } from '../../core/l10n/index';
import { helpId, type HelpTopic } from './id';

export type { HelpTopic };

export function localHelp(topic: HelpTopic, english: string, language: Language | undefined): string {
  return language === 'id' ? helpId[topic] : english;
}
