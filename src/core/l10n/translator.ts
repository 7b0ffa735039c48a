/**
 * A Translator writes the engine's messages in one language. Pure data and functions: the
 * extension, the CLI and the webview pick the language (VS Code's display language, --lang
 * or LANG, a map's `language:`) and pass it in.
 */
import type { Finding } from '../findings';
import { en, type MessageKey } from './catalogues/en';
import { findingMessages } from './findingMessages';
import { formatMessage, type MessageData, type MessageRef, type MessageValue } from './format';
import type { Language } from './language';
import { schemaDescriptionIn } from './schemaDescriptions';
import { CATALOGUES, engineRef, NUMBER_LOCALES, valueIn } from './text';

export { CATALOGUES };

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
  /** A parameter as text: a `{ ref }` of the engine catalogue in this language (a metric's score line), else as it is. */
  value(value: MessageValue): string;
}

const translators = new Map<Language, Translator>();

/** A schema description quoted in a finding, in the language's words when the overlay has them. */
function localDescription(language: Language, data: MessageData | undefined): MessageData | undefined {
  const text = data?.text;
  if (typeof text !== 'string') return data;
  const local = schemaDescriptionIn(language, text);
  return local === undefined ? data : { ...data, text: local.replace(/\.$/, '') };
}

export function translator(language: Language): Translator {
  let existing = translators.get(language);
  if (existing === undefined) {
    const catalogue = CATALOGUES[language];
    const ruleCatalogue = findingMessages(language);
    const locale = NUMBER_LOCALES[language];
    const resolve = (ref: MessageRef): string => {
      const message = ruleCatalogue[ref.ref];
      // Not a phrase of the finding catalogues: a part of the engine's own (a metric's score line in JM213).
      if (message === undefined) return engineRef(language, ref) ?? ref.ref;
      const data = ref.ref === 'term.schemaDescription' ? localDescription(language, ref.data) : ref.data;
      return formatMessage(message, data, { resolve, locale });
    };
    existing = {
      language,
      t: (key, data) => formatMessage(catalogue[key] ?? en[key], data, { resolve, locale }),
      keyed(code, messageId, data, english) {
        if (messageId === undefined) return english;
        const message = ruleCatalogue[`${code}.${messageId}`];
        return message === undefined ? english : formatMessage(message, data, { resolve, locale });
      },
      value: (value) => valueIn(language, value),
      finding(finding) {
        return this.keyed(finding.code, finding.messageId, finding.data, finding.message);
      },
    };
    translators.set(language, existing);
  }
  return existing;
}
