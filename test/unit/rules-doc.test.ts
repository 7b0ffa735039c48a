import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { gapRuleCatalogue } from '../../src/core/gaps';
import { ruleConfigSchema } from '../../src/core/gaps/configSchema';
import { renderRulesMarkdown } from '../../src/core/gaps/rulesDoc';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('generated rule documentation', () => {
  it('docs/rules.md is up to date with the catalogue (run `npm run docs:rules`)', () => {
    assert.equal(read('docs/rules.md'), renderRulesMarkdown());
  });

  it('schemas/journey-map.config.schema.json is up to date with the catalogue (run `npm run docs:rules`)', () => {
    assert.deepEqual(JSON.parse(read('schemas/journey-map.config.schema.json')), ruleConfigSchema().schema);
  });

  it('the table has one row per rule with its code, name, severity and option defaults', () => {
    const doc = read('docs/rules.md');
    for (const rule of gapRuleCatalogue) {
      const row = doc.split('\n').find((line) => line.startsWith(`| ${rule.code} |`));
      assert.ok(row, `no row for ${rule.code}`);
      assert.ok(row.includes(`\`${rule.name}\``) && row.includes(`| ${rule.defaultSeverity} |`));
      for (const option of rule.options) assert.ok(row.includes(`\`${option.name}\` = ${option.default}`));
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
    assert.ok(gapRuleCatalogue.length >= 15);
  });
});
