import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { renderFormatMarkdown } from '../../scripts/formatDoc.mjs';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const schema = JSON.parse(read('schemas/journey.schema.json'));

describe('generated format reference', () => {
  it('docs/format.md is up to date with the schema (run `npm run docs:format`)', () => {
    assert.equal(read('docs/format.md'), renderFormatMarkdown(schema));
  });

  it('documents every property of every object in the schema, and every channel', () => {
    const doc = read('docs/format.md');
    const objects = [schema, ...Object.values(schema.definitions as Record<string, { properties?: object }>)];
    for (const node of objects) {
      for (const key of Object.keys(node.properties ?? {}))
        assert.ok(doc.includes(`| \`${key}\` |`), `no row for ${key}`);
    }
    for (const channel of schema.definitions.channel.enum as string[])
      assert.ok(doc.includes(`| \`${channel}\` |`), `no row for channel ${channel}`);
  });
});
