/**
 * A Translator writes the engine's messages in one language. Pure data and functions: the
 * extension, the CLI and the webview pick the language (VS Code's display language, --lang
 * or LANG, a map's `language:`) and pass it in.
 */
import type { Finding } from '../findings';
import { en, type MessageKey } from './catalogues/en';
import { id } from './catalogues/id';
import { findingMessages } from './findingMessages';
import { formatMessage, type Message, type MessageData } from './format';
import type { Language } from './language';

export const CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageKey, Message>>>> = { en, id };

export interface Translator {
  readonly language: Language;
  /** The message `key` in this language with its `{placeholders}` filled from `data`. */
  t(key: MessageKey, data?: MessageData): string;
  /**
   * A finding's message in this language: from its `messageId` and `data` when the catalogue
   * has them, else the English message the engine wrote (never an empty string).
   */
  finding(
    finding: Pick<Finding, 'code' | 'message'> & { readonly messageId?: string; readonly data?: MessageData },
  ): string;
  /**
   * Any keyed message of a finding's code (a fix title, a related place): `messageId` with
   * `data` through the catalogue, else `english`, the text the engine wrote.
   */
  keyed(code: string, messageId: string | undefined, data: MessageData | undefined, english: string): string;
}

const translators = new Map<Language, Translator>();

export function translator(language: Language): Translator {
  let existing = translators.get(language);
  if (existing === undefined) {
    const catalogue = CATALOGUES[language];
    const ruleCatalogue = findingMessages(language);
    existing = {
      language,
      t: (key, data) => formatMessage(catalogue[key] ?? en[key], data),
      keyed(code, messageId, data, english) {
        if (messageId === undefined) return english;
        const message = ruleCatalogue[`${code}.${messageId}`];
        return message === undefined ? english : formatMessage(message, data);
      },
      finding(finding) {
        return this.keyed(finding.code, finding.messageId, finding.data, finding.message);
      },
    };
    translators.set(language, existing);
  }
  return existing;
}
