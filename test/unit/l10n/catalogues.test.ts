/**
 * Every message exists in every language, with the same placeholders: the engine's
 * catalogues (src/core/l10n), the manifest (package.nls*.json) and the extension's runtime
 * bundle (l10n/bundle.l10n*.json against the vscode.l10n.t calls in the source).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CATALOGUES, LANGUAGES, placeholdersOf, type Message } from '../../../src/core/l10n/index';
import { gapRuleCatalogue } from '../../../src/core/gaps/catalogue';
import { gapRuleMessages } from '../../../src/core/l10n/findingMessages';
import { collectL10nMessages, L10N_SOURCE_FOLDERS, sourceFiles } from '../../../scripts/l10n-messages';

const root = join(__dirname, '..', '..', '..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

function assertSameKeysAndPlaceholders(
  reference: Readonly<Record<string, Message>>,
  other: Readonly<Record<string, Message>>,
  what: string,
): void {
  const missing = Object.keys(reference).filter((key) => !(key in other));
  const extra = Object.keys(other).filter((key) => !(key in reference));
  assert.deepEqual(missing, [], `${what}: keys missing`);
  assert.deepEqual(extra, [], `${what}: keys that the reference does not have`);
  const mismatched = Object.keys(reference).filter(
    (key) => placeholdersOf(reference[key]!).join(',') !== placeholdersOf(other[key]!).join(','),
  );
  assert.deepEqual(
    mismatched.map((key) => `${key}: ${placeholdersOf(reference[key]!)} vs ${placeholdersOf(other[key]!)}`),
    [],
    `${what}: placeholders differ`,
  );
}

describe('message catalogues: every key in every language', () => {
  describe('the engine (src/core/l10n)', () => {
    for (const language of LANGUAGES.filter((language) => language !== 'en')) {
      it(`${language} has every English key, with the same {placeholders}`, () => {
        assertSameKeysAndPlaceholders(CATALOGUES.en, CATALOGUES[language], `src/core/l10n/catalogues/${language}.ts`);
      });
    }

    it('has no empty message in any language', () => {
      for (const language of LANGUAGES)
        for (const [key, message] of Object.entries(CATALOGUES[language])) {
          const texts = typeof message === 'string' ? [message] : [message.one, message.other];
          assert.ok(
            texts.every((text) => text.trim() !== ''),
            `${language} ${key} is empty`,
          );
        }
    });
  });

  describe('finding messages (each gap rule’s meta.messages, by code.messageId)', () => {
    const english: Record<string, Message> = Object.fromEntries(
      gapRuleCatalogue.flatMap((rule) =>
        Object.entries(rule.messages).map(([messageId, text]) => [`${rule.code}.${messageId}`, text]),
      ),
    );

    it('every rule declares its messages', () => {
      assert.ok(Object.keys(english).length >= gapRuleCatalogue.length);
    });

    for (const language of LANGUAGES.filter((language) => language !== 'en')) {
      it(`${language} translates every rule message (src/core/l10n/catalogues/findings.${language}.ts)`, () => {
        assertSameKeysAndPlaceholders(english, gapRuleMessages(language), `findings.${language}.ts`);
      });
    }
  });

  describe('the manifest (package.nls*.json)', () => {
    const manifestText = readFileSync(join(root, 'package.json'), 'utf8');
    const used = [...new Set([...manifestText.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]!))].sort();
    const english = readJson('package.nls.json') as Record<string, string>;
    const translations = readdirSync(root).filter((name) => /^package\.nls\.[\w-]+\.json$/.test(name));

    it('has an English text for every %key% package.json uses, and no unused text', () => {
      assert.ok(used.length >= 10, `only ${used.length} keys: the manifest is not localised`);
      assert.deepEqual(
        used.filter((key) => !(key in english)),
        [],
        'keys missing from package.nls.json',
      );
      assert.deepEqual(
        Object.keys(english).filter((key) => !used.includes(key)),
        [],
        'package.nls.json keys nobody uses',
      );
    });

    it('localises every command title, category and setting description', () => {
      const manifest = JSON.parse(manifestText);
      const literal = (text: unknown) => typeof text === 'string' && !/^%.+%$/.test(text);
      for (const command of manifest.contributes.commands) {
        assert.ok(!literal(command.title), `${command.command} title`);
        assert.ok(!literal(command.category), `${command.command} category`);
      }
      for (const [name, setting] of Object.entries<Record<string, unknown>>(
        manifest.contributes.configuration.properties,
      ))
        assert.ok(!literal(setting.markdownDescription ?? setting.description), `${name} description`);
      assert.ok(!literal(manifest.displayName) && !literal(manifest.description));
    });

    it('has Indonesian (package.nls.id.json) and every translation has every key', () => {
      assert.ok(translations.includes('package.nls.id.json'), translations.join(', '));
      for (const file of translations)
        assertSameKeysAndPlaceholders(english, readJson(file) as Record<string, string>, file);
    });
  });

  describe('the extension at run time (l10n/bundle.l10n*.json)', () => {
    const keys = collectL10nMessages(root);

    it('finds the extension’s messages in the source (vscode.l10n.t with a literal)', () => {
      assert.ok(keys.length >= 10, `only ${keys.length} vscode.l10n.t calls found`);
      const dynamic = L10N_SOURCE_FOLDERS.flatMap((folder) => sourceFiles(join(root, folder))).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/l10n\.t\((?!\s*['"])/g)].map(() => relative(root, file)),
      );
      assert.deepEqual(dynamic, [], 'vscode.l10n.t needs a literal message so the bundles can be checked');
    });

    it('l10n/bundle.l10n.json lists exactly the messages the source uses (npm run l10n:export)', () => {
      const bundle = readJson('l10n/bundle.l10n.json');
      assert.deepEqual(Object.keys(bundle).sort(), keys);
    });

    it('package.json points VS Code at the bundles', () => {
      assert.equal(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).l10n, './l10n');
    });

    for (const language of LANGUAGES.filter((language) => language !== 'en')) {
      it(`l10n/bundle.l10n.${language}.json translates every message, with the same {0} placeholders`, () => {
        const bundle = readJson(`l10n/bundle.l10n.${language}.json`) as Record<string, string>;
        const english = Object.fromEntries(keys.map((key) => [key, key]));
        assertSameKeysAndPlaceholders(english, bundle, `l10n/bundle.l10n.${language}.json`);
      });
    }
  });
});
