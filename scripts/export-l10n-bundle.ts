// Writes l10n/bundle.l10n.json (the English messages, keyed by themselves) from the sources'
// vscode.l10n.t calls, and lists what each translation lacks or no longer needs.
// Run after adding or changing a message: npm run l10n:export (test/unit/l10n checks both).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectL10nMessages } from './l10n-messages';

const root = join(import.meta.dirname, '..');
const messages = collectL10nMessages(root);
const bundle = Object.fromEntries(messages.map((message) => [message, message]));
writeFileSync(join(root, 'l10n', 'bundle.l10n.json'), `${JSON.stringify(bundle, null, 2)}\n`);
console.log(`[l10n:export] ${messages.length} messages in l10n/bundle.l10n.json`);
for (const file of readdirSync(join(root, 'l10n')).filter((name) => /^bundle\.l10n\.[\w-]+\.json$/.test(name))) {
  const translated = JSON.parse(readFileSync(join(root, 'l10n', file), 'utf8')) as Record<string, string>;
  const missing = messages.filter((message) => !(message in translated));
  const stale = Object.keys(translated).filter((message) => !(message in bundle));
  for (const message of missing) console.log(`[l10n:export] ${file} lacks: ${message}`);
  for (const message of stale) console.log(`[l10n:export] ${file} no longer needs: ${message}`);
}
