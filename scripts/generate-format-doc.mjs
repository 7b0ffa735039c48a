// Writes docs/format.md from schemas/journey.schema.json (`npm run docs:format`).
// test/unit/format-doc.test.ts fails when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderFormatMarkdown } from './formatDoc.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const schema = JSON.parse(readFileSync(root + 'schemas/journey.schema.json', 'utf8'));
writeFileSync(root + 'docs/format.md', renderFormatMarkdown(schema));
console.log('wrote docs/format.md');
