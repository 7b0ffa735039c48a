/**
 * Finding messages by `code.messageId`, per language: the gap rules' (JM2xx) and the syntax,
 * limit, schema and reference findings' (JM0xx, JM1xx), with the phrases they are built from
 * (`term.*`). English gap messages come from each rule's declared `messages`; English JM0xx/JM1xx
 * from codes.en.ts.
 */
import { codeMessagesEn } from './catalogues/codes.en';
import { codeMessagesId } from './catalogues/codes.id';
import { findingMessagesId } from './catalogues/findings.id';
import type { Message } from './format';
import type { Language } from './language';

const byLanguage: Readonly<Record<Language, Readonly<Record<string, Message>>>> = {
  en: codeMessagesEn,
  id: { ...findingMessagesId, ...codeMessagesId },
};

export function findingMessages(language: Language): Readonly<Record<string, Message>> {
  return byLanguage[language];
}

/** Only the gap rules' translations (the completeness test compares them with the rules' meta). */
export function gapRuleMessages(language: Language): Readonly<Record<string, Message>> {
  return language === 'id' ? findingMessagesId : {};
}
