// Regenerates the `journeyMap.rules` setting's schema in package.json from the gap rule
// catalogue (src/core/gaps), so the Settings UI and settings.json completion list every
// rule with its documentation. Run after adding or renaming a rule: npm run sync:settings
// (test/unit/extension/packageManifest.test.ts fails while they differ).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesSettingSchema } from '../src/extension/settings/rulesSettingSchema';

const path = join(import.meta.dirname, '..', 'package.json');
const manifest = JSON.parse(readFileSync(path, 'utf8'));
manifest.contributes.configuration.properties['journeyMap.rules'] = rulesSettingSchema();
writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
console.log('[sync:settings] journeyMap.rules updated in package.json');
