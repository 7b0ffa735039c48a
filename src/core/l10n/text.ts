/**
 * The engine's own words (catalogues/en.ts, id.ts) without the finding catalogues: what the
 * preview page needs, so its bundle does not carry every finding message and the schema overlay.
 */
import { en, type MessageKey } from './catalogues/en';
import { id } from './catalogues/id';
import {
  formatMessage,
  isMessageRef,
  type Message,
  type MessageData,
  type MessageRef,
  type MessageValue,
} from './format';
import type { Language } from './language';

export const CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageKey, Message>>>> = { en, id };

/** How each language groups a number's digits (`{count:n}`): 50,000 / 50.000. */
export const NUMBER_LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', id: 'id-ID' };

export type TextFunction = (key: MessageKey, data?: MessageData) => string;

/**
 * A `{ ref }` of the engine catalogue in `language` (a metric's score line is built of them);
 * undefined when the catalogue has no such key.
 */
export function engineRef(language: Language, ref: MessageRef): string | undefined {
  const message = CATALOGUES[language][ref.ref as MessageKey] ?? en[ref.ref as MessageKey];
  if (message === undefined) return undefined;
  return formatMessage(message, ref.data, {
    resolve: (inner) => engineRef(language, inner) ?? inner.ref,
    locale: NUMBER_LOCALES[language],
  });
}

/** A message parameter as text: a string or number as it is, a ref in `language`. */
export function valueIn(language: Language, value: MessageValue): string {
  return isMessageRef(value) ? (engineRef(language, value) ?? value.ref) : String(value);
}

export function textIn(language: Language): TextFunction {
  const catalogue = CATALOGUES[language];
  const options = {
    resolve: (ref: MessageRef) => engineRef(language, ref) ?? ref.ref,
    locale: NUMBER_LOCALES[language],
  };
  return (key, data) => formatMessage(catalogue[key] ?? en[key], data, options);
}
