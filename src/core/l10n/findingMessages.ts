/**
 * Finding messages by `code.messageId`, per language. English comes from the engine itself
 * (each rule's declared `messages`), so only the other languages need a catalogue here.
 */
import type { Message } from './format';
import type { Language } from './language';
import { findingMessagesId } from './catalogues/findings.id';

export function findingMessages(language: Language): Readonly<Record<string, Message>> {
  return language === 'id' ? findingMessagesId : {};
}
