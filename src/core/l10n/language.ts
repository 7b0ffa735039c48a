/**
 * The languages the engine writes in, and how a locale tag from anywhere (VS Code's
 * display language, LANG/LC_ALL, a map's `language:`) becomes one of them.
 */
export const LANGUAGES = ['en', 'id'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * `id`, `id-ID`, `id_ID.UTF-8`, and the legacy `in` → 'id'; `en`, `en-GB`, `C`, `POSIX` → 'en';
 * anything else → undefined (so the caller falls back to the next source, then English).
 */
export function toLanguage(tag: string | undefined | null): Language | undefined {
  if (typeof tag !== 'string') return undefined;
  const base =
    tag
      .trim()
      .toLowerCase()
      .split(/[-_.@]/)[0] ?? '';
  if (base === 'id' || base === 'in') return 'id';
  if (base === 'en' || base === 'c' || base === 'posix') return 'en';
  return undefined;
}

/** The first of the given tags that names a language we have, else English. */
export function pickLanguage(...tags: readonly (string | undefined | null)[]): Language {
  for (const tag of tags) {
    const language = toLanguage(tag);
    if (language !== undefined) return language;
  }
  return DEFAULT_LANGUAGE;
}
