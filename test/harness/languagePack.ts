/**
 * VS Code's display language on the web needs a language pack. code-server resolves the locale
 * (`--locale`, argv.json, the `vscode.nls.locale` cookie, Accept-Language) and then looks it up in
 * `<user-data>/languagepacks.json`, the cache VS Code writes when a language-pack extension
 * (`contributes.localizations`) is installed; with no entry for the language it falls back to
 * English, `vscode.env.language` stays `en`, and no extension sees Indonesian. (Read in code-server
 * 4.139.1's out/server-main.js: getNLSConfiguration and the workbench page's WORKBENCH_NLS_URL.)
 *
 * Microsoft's Indonesian pack comes from the Marketplace, which these machines cannot reach, so the
 * harness writes the cache entry an installed pack would leave, pointing at a translation of VS
 * Code's own strings that translates none of them: VS Code then runs in `id` (the workbench's
 * `_VSCODE_NLS_LANGUAGE`, which the web-worker extension host inherits) with its own menus in
 * English, and everything this extension shows comes from its own Indonesian catalogues.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeLanguagePackCache(userDataDir: string, language: string, label: string): void {
  const translations = join(userDataDir, `language-pack-${language}`, 'main.i18n.json');
  mkdirSync(join(translations, '..'), { recursive: true });
  // The format of a pack's translations/main.i18n.json; with no `contents`, every string stays English.
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const cache = {
    [language]: {
      hash: `journey-map-test-${language}`,
      extensions: [{ extensionIdentifier: { id: `journey-map-test.language-pack-${language}` }, version: '0.0.0' }],
      translations: { vscode: translations },
      label,
    },
  };
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify(cache));
}
