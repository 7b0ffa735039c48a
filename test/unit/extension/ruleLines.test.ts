import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gapRuleCatalogue } from '../../../src/core/index';
import { ruleLines } from '../../../src/extension/diagnostics/ruleLines';

describe('ruleLines (Problems panel links into docs/rules.md)', () => {
  it('finds the row of every rule of the catalogue in the packaged docs', () => {
    const markdown = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'rules.md'), 'utf8');
    const lines = ruleLines(markdown);
    const rows = markdown.split('\n');
    for (const rule of gapRuleCatalogue) {
      const line = lines.get(rule.code);
      assert.ok(line, `${rule.code} has a row`);
      assert.ok(rows[line - 1]?.includes(rule.name), `${rule.code}'s row names ${rule.name}`);
    }
  });

  it('finds the row of every syntax and schema code in docs/codes.md', () => {
    const markdown = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'codes.md'), 'utf8');
    const lines = ruleLines(markdown);
    for (const code of ['JM001', 'JM004', 'JM101', 'JM105', 'JM110', 'JM112'])
      assert.ok(lines.get(code), `${code} has a row`);
  });

  it('ignores codes outside the first column', () => {
    assert.deepEqual([...ruleLines('text JM201\n| x | JM202 |\n| JM203 | y |\n')], [['JM203', 3]]);
  });
});
