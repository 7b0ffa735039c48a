/**
 * `npm run l10n:schema`: brings src/core/l10n/catalogues/schema.<lang>.json up to date with
 * schemas/journey.schema.json. Each entry is `{ en, <lang> }` keyed by the description's JSON
 * pointer: `en` is the English it translates, so a changed English description shows as stale
 * (its translation is emptied and test/unit/l10n fails until someone writes it again).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaDescriptions } from './schema-descriptions.mjs';

const root = join(import.meta.dirname, '..');
const schema = JSON.parse(readFileSync(join(root, 'schemas', 'journey.schema.json'), 'utf8'));
const english = schemaDescriptions(schema);
for (const language of ['id']) {
  const file = join(root, 'src', 'core', 'l10n', 'catalogues', `schema.${language}.json`);
  const old = JSON.parse(readFileSync(file, 'utf8'));
  const next = {};
  let stale = 0;
  for (const [pointer, en] of Object.entries(english)) {
    const entry = old[pointer];
    const same = entry && JSON.stringify(entry.en) === JSON.stringify(en);
    if (!same) stale++;
    next[pointer] = { en, [language]: same ? entry[language] : Array.isArray(en) ? en.map(() => '') : '' };
  }
  writeFileSync(file, JSON.stringify(next, null, 2) + '\n');
  console.log(`${file}: ${Object.keys(next).length} descriptions, ${stale} new or changed (to translate)`);
}
