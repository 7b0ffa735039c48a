import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesSettingSchema } from '../../../src/extension/settings/rulesSettingSchema';
import { isJourneyFileName, JOURNEY_FILE_GLOB } from '../../../src/shared/journeyFiles';

const root = join(import.meta.dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;
/** The manifest's `%key%` strings resolve through package.nls.json (English, the default). */
const nls: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
const localised = (text: string) => text.replace(/^%(.+)%$/, (_, key: string) => nls[key] ?? `missing ${key}`);

/** The command ids and titles every team agreed on. */
const AGREED_COMMANDS: Record<string, string> = {
  'journeyMap.showPreview': 'Journey Map: Open Preview',
  'journeyMap.showPreviewToSide': 'Journey Map: Open Preview to the Side',
  'journeyMap.exportSvg': 'Journey Map: Export Diagram as SVG',
  'journeyMap.exportPng': 'Journey Map: Export Diagram as PNG',
  'journeyMap.exportMarkdown': 'Journey Map: Export as Markdown',
  'journeyMap.newJourney': 'Journey Map: New Journey Map',
  'journeyMap.checkWorkspace': 'Journey Map: Check All Maps in Workspace',
  'journeyMap.exportMapSvg': 'Journey Map: Export Map as SVG',
  'journeyMap.exportMapPng': 'Journey Map: Export Map as PNG',
  'journeyMap.exportMapPdf': 'Journey Map: Export Map as PDF',
  'journeyMap.preview.showMap': 'Journey Map: Show the Map View',
  'journeyMap.preview.showMermaid': 'Journey Map: Show the Mermaid View',
};

describe('package.json (the extension manifest)', () => {
  it('contributes every agreed command with its agreed title', () => {
    const titles = Object.fromEntries(
      contributes.commands.map((c: { command: string; category: string; title: string }) => [
        c.command,
        `${localised(c.category)}: ${localised(c.title)}`,
      ]),
    );
    assert.deepEqual(titles, AGREED_COMMANDS);
  });

  it('declares the journey-yaml language for both extensions, without re-registering yaml', () => {
    const ids = contributes.languages.map((language: { id: string }) => language.id);
    assert.deepEqual(ids, ['journey-yaml']);
    assert.deepEqual(contributes.languages[0].extensions, ['.journey.yaml', '.journey.yml']);
    const grammar = contributes.grammars[0];
    assert.notEqual(grammar.scopeName, 'source.yaml', 'must not redefine the built-in YAML grammar');
    const tm = JSON.parse(readFileSync(join(root, grammar.path), 'utf8'));
    assert.equal(tm.scopeName, grammar.scopeName);
    assert.deepEqual(tm.patterns, [{ include: 'source.yaml' }]);
  });

  it('never activates on everything', () => {
    const events: string[] = manifest.activationEvents ?? [];
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'), events.join(', '));
  });

  it('supports untrusted and virtual workspaces', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
  });

  it('binds the preview keys like Markdown, only in journey maps', () => {
    const keys = Object.fromEntries(
      contributes.keybindings.map((k: { command: string; key: string; when: string }) => [k.command, k]),
    );
    assert.equal(keys['journeyMap.showPreview'].key, 'ctrl+shift+v');
    assert.equal(keys['journeyMap.showPreviewToSide'].key, 'ctrl+k v');
    for (const binding of contributes.keybindings) assert.match(binding.when, /editorLangId == journey-yaml/);
  });

  it('refers only to files that exist', () => {
    const paths = [
      manifest.icon,
      ...contributes.languages.flatMap((language: { configuration: string; icon: { light: string; dark: string } }) => [
        language.configuration,
        language.icon.light,
        language.icon.dark,
      ]),
      ...contributes.grammars.map((grammar: { path: string }) => grammar.path),
      ...contributes.snippets.map((snippet: { path: string }) => snippet.path),
      ...contributes.yamlValidation.map((validation: { url: string }) => validation.url),
      contributes.jsonValidation[0].url,
    ];
    for (const path of paths) assert.ok(existsSync(join(root, path)), `${path} is missing`);
  });

  it('claims the files src/shared/journeyFiles.ts calls maps, and only those', () => {
    const endings = ['.journey.yaml', '.journey.yml'];
    assert.deepEqual(contributes.languages[0].extensions, endings);
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/*.journey.{yaml,yml}'));
    assert.equal(JOURNEY_FILE_GLOB, `**/*.{${endings.map((ending) => ending.slice(1)).join(',')}}`);
    for (const ending of endings) assert.ok(isJourneyFileName(`maps/delivery${ending}`), ending);
    for (const name of ['delivery.yaml', 'delivery.journey.json', 'journey.yaml.bak'])
      assert.ok(!isJourneyFileName(name), name);
  });

  it('publishes the journey schema for YAML tools', () => {
    assert.deepEqual(contributes.yamlValidation, [
      { fileMatch: ['*.journey.yaml', '*.journey.yml'], url: './schemas/journey.schema.json' },
    ]);
  });

  it('has the journeyMap.rules setting in step with the rule catalogue (npm run sync:settings)', () => {
    assert.deepEqual(contributes.configuration.properties['journeyMap.rules'], rulesSettingSchema());
  });

  it('has snippets that parse as JSON with a body each', () => {
    const snippets = JSON.parse(readFileSync(join(root, contributes.snippets[0].path), 'utf8'));
    assert.ok(Object.keys(snippets).length >= 4);
    for (const [name, snippet] of Object.entries<{ body: string[] }>(snippets))
      assert.ok(snippet.body.length > 0, name);
  });
});
