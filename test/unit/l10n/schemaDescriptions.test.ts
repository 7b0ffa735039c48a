/**
 * Completion and hover describe the format from the schema: every description there has a
 * current Indonesian translation in src/core/l10n/catalogues/schema.id.json (`npm run l10n:schema`
 * adds new ones and flags changed English), and the localised schema the language server uses
 * carries them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localiseSchema, SCHEMA_DESCRIPTIONS } from '../../../src/core/l10n/schemaDescriptions';
import { SchemaNavigator, type JsonSchema } from '../../../src/server/language/schemaNavigator';

const root = join(__dirname, '..', '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'schemas', 'journey.schema.json'), 'utf8')) as JsonSchema;

describe('schema descriptions in Indonesian (completion, hover)', () => {
  let english: Record<string, string | string[]>;
  before(async () => {
    const { schemaDescriptions } = await import('../../../scripts/schema-descriptions.mjs');
    english = schemaDescriptions(schema);
  });

  it('every description of the schema has a current, non-empty translation', () => {
    const overlay = SCHEMA_DESCRIPTIONS.id!;
    assert.ok(Object.keys(english).length >= 100, `${Object.keys(english).length} descriptions found`);
    const missing = Object.keys(english).filter((pointer) => !(pointer in overlay));
    assert.deepEqual(missing, [], 'no translation (run npm run l10n:schema, then translate)');
    const stale = Object.keys(english).filter(
      (pointer) => JSON.stringify(overlay[pointer]!.en) !== JSON.stringify(english[pointer]),
    );
    assert.deepEqual(stale, [], 'English changed since it was translated (npm run l10n:schema)');
    const empty = Object.keys(english).filter((pointer) => {
      const text = overlay[pointer]!.id;
      return Array.isArray(text)
        ? text.length !== (english[pointer] as string[]).length || text.some((item) => !item.trim())
        : !String(text ?? '').trim();
    });
    assert.deepEqual(empty, [], 'empty translations');
    assert.deepEqual(
      Object.keys(overlay).filter((pointer) => !(pointer in english)),
      [],
      'translations of descriptions the schema no longer has',
    );
  });

  it('the localised schema describes keys and values in Indonesian, the original stays English', () => {
    const navigator = new SchemaNavigator(localiseSchema(schema, 'id'));
    const at = (path: (string | number)[]) =>
      navigator.schemasAt(path, {}).map((s) => s.markdownDescription ?? s.description);
    assert.match(
      String(at(['stages', 0, 'touchpoints', 0, 'momentOfTruth'])),
      /momen yang menentukan persepsi pelanggan/,
    );
    const channel = navigator.schemasAt(['stages', 0, 'touchpoints', 0, 'channel'], {})[0]!;
    assert.ok(channel.markdownEnumDescriptions?.includes('Pengiriman oleh kurir dan serah terima barang.'));
    assert.match(String(new SchemaNavigator().schemasAt(['journey'], {})[0]?.description), /^The journey's title/);
  });
});
