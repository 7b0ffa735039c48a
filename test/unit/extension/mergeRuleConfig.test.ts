import assert from 'node:assert/strict';
import { mergeRuleConfig, rulesOfConfigFile } from '../../../src/shared/mergeRuleConfig';

describe('mergeRuleConfig (.journeymaprc.json rules + journeyMap.rules setting)', () => {
  it('lets the setting win rule by rule and keeps the other rules of the file', () => {
    assert.deepEqual(mergeRuleConfig({ 'emotional-valley': 'error', JM212: 'off' }, { 'emotional-valley': 'info' }), {
      'emotional-valley': 'info',
      JM212: 'off',
    });
  });

  it('keeps the file options when the setting only changes the level', () => {
    assert.deepEqual(
      mergeRuleConfig(
        { 'emotional-valley': { severity: 'warning', options: { drop: 3 } } },
        { 'emotional-valley': 'error' },
      ),
      {
        'emotional-valley': { severity: 'error', options: { drop: 3 } },
      },
    );
  });

  it('ignores sources that are not objects', () => {
    assert.deepEqual(mergeRuleConfig(undefined, null), {});
    assert.deepEqual(mergeRuleConfig(['x'], 'error'), {});
  });
});

describe('rulesOfConfigFile', () => {
  it('reads the rules', () => {
    assert.deepEqual(rulesOfConfigFile('{ "rules": { "JM201": "off" } }'), { rules: { JM201: 'off' } });
    assert.deepEqual(rulesOfConfigFile('{}'), { rules: {} });
  });

  it('explains a broken file instead of throwing', () => {
    assert.match(rulesOfConfigFile('{ "rules": ').problem ?? '', /not valid JSON/);
    assert.match(rulesOfConfigFile('[]').problem ?? '', /JSON object/);
    assert.match(rulesOfConfigFile('{ "rules": 3 }').problem ?? '', /"rules" must be an object/);
  });
});
