import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { gapRuleCatalogue } from '../../src/core/gaps';
import { ruleConfigSchema } from '../../src/core/gaps/configSchema';
import { renderRulesMarkdown } from '../../src/core/gaps/rulesDoc';
import { placeholdersOf } from '../../src/core/messages';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('generated rule documentation', () => {
  it('docs/rules.md is up to date with the rules (run `npm run docs:rules`)', () => {
    assert.equal(read('docs/rules.md'), renderRulesMarkdown());
  });

  it('schemas/journey-map.config.schema.json is up to date with the catalogue (run `npm run docs:rules`)', () => {
    assert.deepEqual(JSON.parse(read('schemas/journey-map.config.schema.json')), ruleConfigSchema().schema);
  });

  it('gives every rule a table row linking to its anchored section, with its fixability and option defaults', () => {
    const doc = read('docs/rules.md');
    for (const rule of gapRuleCatalogue) {
      const anchor = rule.code.toLowerCase();
      const row = doc.split('\n').find((line) => line.startsWith(`| [${rule.code}](#${anchor}) |`));
      assert.ok(row, `no row for ${rule.code}`);
      assert.ok(row.includes(`\`${rule.name}\``) && row.includes(`| ${rule.defaultSeverity} |`));
      assert.ok(row.includes(rule.fixable ? '| yes |' : '| — |'));
      const section = doc.split(`## <a id="${anchor}"></a>${rule.code} `)[1]?.split('\n## ')[0];
      assert.ok(section, `no section for ${rule.code}`);
      for (const option of rule.options) assert.ok(section.includes(`| \`${option.name}\` | ${option.default} |`));
      for (const example of [...rule.examples.invalid, ...rule.examples.valid])
        assert.ok(section.includes(`\`\`\`yaml\n${example}\`\`\``), `${rule.code} example not shown as yaml`);
    }
  });

  it('codes and names are unique, codes are JM2xx and names kebab-case', () => {
    const codes = gapRuleCatalogue.map((rule) => rule.code);
    const names = gapRuleCatalogue.map((rule) => rule.name);
    assert.equal(new Set(codes).size, codes.length);
    assert.equal(new Set(names).size, names.length);
    for (const rule of gapRuleCatalogue) {
      assert.match(rule.code, /^JM2\d\d$/);
      assert.match(rule.name, /^[a-z]+(?:-[a-z]+)*$/);
      for (const option of rule.options)
        assert.ok(option.default >= option.minimum && option.default <= option.maximum);
    }
    assert.ok(gapRuleCatalogue.length >= 17);
  });

  it('every rule declares messages with camelCase ids and at least one example of each kind', () => {
    for (const rule of gapRuleCatalogue) {
      const ids = Object.keys(rule.messages);
      assert.ok(ids.length > 0, `${rule.code} has no messages`);
      for (const id of ids) {
        assert.match(id, /^[a-z][A-Za-z]*$/, `${rule.code} message id ${id}`);
        for (const name of placeholdersOf(rule.messages[id]!)) assert.match(name, /^[a-z][A-Za-z]*$/);
      }
      assert.ok(rule.examples.valid.length > 0 && rule.examples.invalid.length > 0, `${rule.code} examples`);
    }
  });
});
