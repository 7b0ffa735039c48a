import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import fc from 'fast-check';
import './helpers/propertySeed';
import { analyzeGaps, gapRuleCatalogue, parseRuleSettings } from '../../src/core/gaps';
import type { Journey } from '../../src/core/generated/journey';
import { parseJourney } from '../../src/core/parse/parseJourney';
import { CLEAN_MAP, edit } from './helpers/journeyMaps';
import { gaps, withCode } from './helpers/findings';

const configSchema = JSON.parse(
  readFileSync(new URL('../../schemas/journey-map.config.schema.json', import.meta.url), 'utf8'),
);

describe('gap rule settings', () => {
  const unowned = edit(CLEAN_MAP, '        owner: web team\n', '');

  it('turn a rule off by name or by code', () => {
    assert.equal(withCode(gaps(unowned), 'JM212').length, 1);
    assert.deepEqual(withCode(gaps(unowned, { rules: { 'touchpoint-without-owner': 'off' } }), 'JM212'), []);
    assert.deepEqual(withCode(gaps(unowned, { rules: { JM212: { severity: 'off' } } }), 'JM212'), []);
  });

  it('change a severity, the name winning over the code', () => {
    assert.equal(withCode(gaps(unowned, { rules: { JM212: 'error' } }), 'JM212')[0]!.severity, 'error');
    assert.equal(
      withCode(gaps(unowned, { rules: { JM212: 'error', 'touchpoint-without-owner': 'hint' } }), 'JM212')[0]!.severity,
      'hint',
    );
  });

  it('a configured severity overrides the softer default of a milder case', () => {
    const noDate = edit(CLEAN_MAP, 'reviewed: 2026-10-01\n', '');
    assert.equal(withCode(gaps(noDate), 'JM216')[0]!.severity, 'info');
    assert.equal(withCode(gaps(noDate, { rules: { 'stale-review': 'error' } }), 'JM216')[0]!.severity, 'error');
  });

  it('ignore an invalid option value at analysis time, keeping the default', () => {
    const valley = edit(
      CLEAN_MAP,
      '        owner: sales\n        emotion: 4\n',
      '        owner: sales\n        emotion: 1\n',
    );
    assert.equal(
      withCode(gaps(valley, { rules: { 'emotional-valley': { options: { drop: 'lots' } } } }), 'JM205').length,
      1,
    );
  });

  it('survive settings of the wrong shape (not validated by parseRuleSettings first)', () => {
    for (const rules of [42, 'off', ['JM212'], { JM212: null }, { JM212: { severity: 7, options: 'x' } }]) {
      assert.equal(withCode(gaps(unowned, { rules: rules as never }), 'JM212').length, 1);
    }
  });

  describe('parseRuleSettings', () => {
    it('accepts severities and options by name or code', () => {
      const value = {
        'emotional-valley': { severity: 'error', options: { drop: 3 } },
        JM216: 'off',
        'unused-persona': { severity: 'info' },
      };
      assert.deepEqual(parseRuleSettings(value), { settings: value, problems: [] });
      assert.deepEqual(parseRuleSettings(undefined), { settings: {}, problems: [] });
    });

    it('explains each problem and keeps the valid entries', () => {
      const { settings, problems } = parseRuleSettings({
        'emotional-valey': 'off',
        jm201: 'off',
        JM202: 'loud',
        'emotional-valley': { options: { drop: 7, depth: 1 } },
        'stale-review': { severity: 'warning', options: { maxAgeDays: 1.5 } },
        'unused-persona': { level: 'info' },
        'stage-without-touchpoints': { options: { minimum: 1 } },
        'missing-retention-stage': 'error',
      });
      assert.deepEqual(settings, { 'missing-retention-stage': 'error' });
      assert.deepEqual(problems, [
        'rules.emotional-valey: unknown rule; use a rule name such as pain-point-without-opportunity or a code from JM201 to JM223.',
        'rules.jm201: write the code in capitals: "JM201".',
        'rules.JM202: must be one of "off", "error", "warning", "info", "hint", or { "severity": …, "options": { … } }.',
        'rules.emotional-valley.options.drop: must be a whole number from 1 to 4 (got 7).',
        'rules.emotional-valley.options.depth: unknown option; emotional-valley has: drop, negativeAt.',
        'rules.stale-review.options.maxAgeDays: must be a whole number from 1 to 3650 (got 1.5).',
        'rules.unused-persona.level: unknown field; use "severity" or "options".',
        'rules.stage-without-touchpoints.options.minimum: unknown option; stage-without-touchpoints has no options.',
      ]);
    });

    it('rejects a rules value that is not an object', () => {
      assert.equal(parseRuleSettings(['JM201']).problems.length, 1);
      assert.equal(parseRuleSettings('off').problems.length, 1);
    });
  });

  describe('schemas/journey-map.config.schema.json', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(configSchema);

    it('lists exactly the catalogue rules, by name and by code, each with a description', () => {
      const properties = configSchema.definitions.rules.properties as Record<string, unknown>;
      const expected = gapRuleCatalogue.flatMap((rule) => [rule.name, rule.code]).sort();
      assert.deepEqual(Object.keys(properties).sort(), expected);
      for (const rule of gapRuleCatalogue)
        assert.match(configSchema.definitions[rule.name].description, new RegExp(rule.code));
    });

    it('agrees with parseRuleSettings on every generated configuration', () => {
      const level = fc.constantFrom('off', 'error', 'warning', 'info', 'hint', 'loud', 'Warning');
      const anyValue = fc.oneof(
        fc.integer({ min: -5, max: 4000 }),
        fc.double({ min: -5, max: 10, noNaN: true }),
        fc.constant('3'),
        fc.constant(null),
      );
      // Per rule: its own options (plus an unknown one), with values at and just beyond their bounds, where a disagreement would hide.
      const ruleEntry = fc.oneof(
        ...gapRuleCatalogue.map((rule) => {
          const optionEntries = [
            ...rule.options.map((option) =>
              fc.tuple(
                fc.constant(option.name),
                fc.oneof(
                  fc.constantFrom(
                    option.minimum - 1,
                    option.minimum,
                    option.minimum + 0.5,
                    option.default,
                    option.maximum,
                    option.maximum + 1,
                  ),
                  anyValue,
                ),
              ),
            ),
            fc.tuple(fc.constant('other'), anyValue),
          ];
          const options = fc
            .array(fc.oneof(...optionEntries), { maxLength: 3 })
            .map((pairs) => Object.fromEntries(pairs));
          const entry = fc.oneof(
            level,
            fc.record({ severity: level, options }, { requiredKeys: [] }),
            fc.record({ severity: level, extra: fc.constant(1) }, { requiredKeys: ['extra'] }),
            fc.constant(42),
          );
          return fc.tuple(fc.constantFrom(rule.name, rule.code, rule.code.toLowerCase()), entry);
        }),
        fc.tuple(fc.constantFrom('no-such-rule', ''), level),
      );
      const rulesObject = fc.array(ruleEntry, { maxLength: 4 }).map((pairs) => Object.fromEntries(pairs));
      fc.assert(
        fc.property(rulesObject, (rules) => {
          const schemaSays = validate({ rules });
          const parserSays = parseRuleSettings(rules).problems.length === 0;
          assert.equal(
            parserSays,
            schemaSays,
            JSON.stringify({ rules, ajv: validate.errors?.slice(0, 2), parser: parseRuleSettings(rules).problems }),
          );
        }),
        { numRuns: 3000 },
      );
    });
  });
});

describe('analyzeGaps robustness', () => {
  it('turns a rule that throws into a JM299 info finding and still runs the others', () => {
    const { parsed } = parseJourney(CLEAN_MAP);
    const journey = { ...(parsed.value as Journey) };
    // A persona list whose reading throws: the persona rules fail, the others must still report.
    Object.defineProperty(journey, 'personas', {
      get: () => {
        throw new Error('boom');
      },
    });
    const findings = analyzeGaps({ journey, parsed, metrics: [], today: '2026-11-23' });
    const failures = findings.filter((finding) => finding.code === 'JM299');
    assert.ok(failures.length >= 2);
    assert.ok(failures.every((finding) => finding.severity === 'info' && /boom/.test(finding.message)));
    assert.deepEqual(
      new Set(failures.map((finding) => finding.rule)),
      new Set(['emotional-valley', 'unused-persona', 'silent-persona', 'touchpoint-scored-for-some-personas']),
    );
  });
});
