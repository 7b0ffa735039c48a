/** Localisation of the engine's output: catalogues per language, pure (no vscode, no Node). */
export { DEFAULT_LANGUAGE, LANGUAGES, pickLanguage, toLanguage, type Language } from './language';
export { formatMessage, placeholdersOf, type Message, type MessageData } from './format';
export { CATALOGUES, translator, type Translator } from './translator';
export type { MessageKey } from './catalogues/en';
