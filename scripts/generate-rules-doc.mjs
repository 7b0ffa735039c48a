// Writes docs/rules.md and schemas/journey-map.config.schema.json from the gap rule
// catalogue (src/core/gaps). Run with `npm run docs:rules` (node --import tsx, since the
// catalogue is TypeScript). test/unit/rules-doc.test.ts fails when either file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ruleConfigSchema } from '../src/core/gaps/configSchema.ts';
import { renderRulesMarkdown } from '../src/core/gaps/rulesDoc.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputs = {
  'docs/rules.md': renderRulesMarkdown(),
  'schemas/journey-map.config.schema.json': `${JSON.stringify(ruleConfigSchema().schema, null, 2)}\n`,
};
for (const [path, content] of Object.entries(outputs)) {
  writeFileSync(root + path, content);
  console.log(`wrote ${path}`);
}
