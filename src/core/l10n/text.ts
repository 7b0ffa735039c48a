/**
 * The engine's own words (catalogues/en.ts, id.ts) without the finding catalogues: what the
 * preview page needs, so its bundle does not carry every finding message and the schema overlay.
 */
import { en, type MessageKey } from './catalogues/en';
import { id } from './catalogues/id';
import { formatMessage, type Message, type MessageData } from './format';
import type { Language } from './language';

export const CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageKey, Message>>>> = { en, id };

/** How each language groups a number's digits (`{count:n}`): 50,000 / 50.000. */
export const NUMBER_LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', id: 'id-ID' };

export type TextFunction = (key: MessageKey, data?: MessageData) => string;

export function textIn(language: Language): TextFunction {
  const catalogue = CATALOGUES[language];
  return (key, data) => formatMessage(catalogue[key] ?? en[key], data, { locale: NUMBER_LOCALES[language] });
}
