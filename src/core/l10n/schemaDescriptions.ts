/**
 * The schema's descriptions in other languages: catalogues/schema.<lang>.json holds, per JSON
 * pointer of schemas/journey.schema.json, the English it translates (`en`) and the translation.
 * `npm run l10n:schema` adds new pointers and empties stale ones; test/unit/l10n checks that every
 * description has a current, non-empty translation. Pure data: no schema import here, so the
 * bundles that only render findings do not carry the schema.
 */
import type { Language } from './language';
import schemaId from './catalogues/schema.id.json';

type Entry = { readonly en: string | readonly string[] } & Readonly<Record<string, string | readonly string[]>>;

export const SCHEMA_DESCRIPTIONS: Readonly<Partial<Record<Language, Readonly<Record<string, Entry>>>>> = {
  id: schemaId as Record<string, Entry>,
};

const byEnglish = new Map<Language, Map<string, string>>();

/** A description quoted in a finding (JM102), by its English text (without its final period). */
export function schemaDescriptionIn(language: Language, english: string): string | undefined {
  const overlay = SCHEMA_DESCRIPTIONS[language];
  if (!overlay) return undefined;
  let map = byEnglish.get(language);
  if (!map) {
    map = new Map();
    for (const entry of Object.values(overlay)) {
      const local = entry[language];
      if (typeof entry.en === 'string' && typeof local === 'string' && local)
        map.set(entry.en.replace(/\.$/, ''), plain(local));
    }
    byEnglish.set(language, map);
  }
  return map.get(english.replace(/\.$/, ''));
}

/** Markdown emphasis removed, for the plain `description` fields (code spans stay: they read well). */
function plain(markdown: string): string {
  return markdown.replace(/\*\*/g, '');
}

/**
 * A copy of the schema with its descriptions in `language` (description, markdownDescription,
 * enumDescriptions, markdownEnumDescriptions), for completion and hover; English or a missing
 * translation keeps the schema's own text.
 */
export function localiseSchema<T>(schema: T, language: Language): T {
  const overlay = SCHEMA_DESCRIPTIONS[language];
  if (!overlay) return schema;
  const copy = (node: unknown, pointer: string): unknown => {
    if (Array.isArray(node)) return node.map((child, index) => copy(child, `${pointer}/${index}`));
    if (!node || typeof node !== 'object') return node;
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      const isText = (key === 'description' || key === 'markdownDescription') && typeof child === 'string';
      result[key] = isText ? child : copy(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
    const text = overlay[pointer]?.[language];
    if (typeof text === 'string' && text) {
      if (typeof result.description === 'string') result.description = plain(text);
      if (typeof result.markdownDescription === 'string') result.markdownDescription = text;
    }
    const list = overlay[`${pointer}/enumDescriptions`]?.[language];
    if (Array.isArray(list) && list.every((item) => typeof item === 'string' && item)) {
      if (Array.isArray(result.enumDescriptions)) result.enumDescriptions = list.map(plain);
      if (Array.isArray(result.markdownEnumDescriptions)) result.markdownEnumDescriptions = [...list];
    }
    return result;
  };
  return copy(schema, '') as T;
}
