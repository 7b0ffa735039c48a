/**
 * Runs every example a rule declares (the ones docs/rules.md shows) through the real engine,
 * with that rule alone switched on: an invalid example yields that rule's findings and nothing
 * else, each on a line marked `# ✗` and every marked line has one; a valid example yields none.
 */
import { strict as assert } from 'node:assert';
import { analyzeJourney, fixesFor } from '../../src/core/index';
import { gapRuleCatalogue, type RuleSettings } from '../../src/core/gaps';
import { EXAMPLE_TODAY, FINDING_MARKER } from '../../src/core/gaps/examples';
import { placeholdersOf } from '../../src/core/messages';
import { describeFinding, expectMarkedFindings, MARKER, markedCodes } from './helpers/findings';

function onlyRule(code: string): RuleSettings {
  return Object.fromEntries(
    gapRuleCatalogue.map((rule) => [rule.code, rule.code === code ? rule.defaultSeverity : 'off']),
  );
}

function markedLines(text: string): { line: number; codes: string[] }[] {
  return [...markedCodes(text)].map(([line, codes]) => ({ line, codes }));
}

describe('rule examples', () => {
  it('mark findings the way the test kit reads them', () => assert.equal(FINDING_MARKER, MARKER));

  for (const rule of gapRuleCatalogue) {
    describe(`${rule.code} ${rule.name}`, () => {
      rule.examples.invalid.forEach((example, index) => {
        it(`invalid example ${index + 1} yields ${rule.code} on the marked lines, and nothing else`, () => {
          const analysis = analyzeJourney(example, { rules: onlyRule(rule.code), today: EXAMPLE_TODAY });
          assert.ok(analysis.findings.length > 0, 'no finding');
          // Exactly the findings its `# ✗ JM2xx` markers name: this rule's, on the marked lines.
          expectMarkedFindings(example, analysis.findings, `${rule.code} invalid example ${index + 1}`);
          for (const { codes } of markedLines(example))
            assert.ok(
              codes.every((code) => code === rule.code),
              `an invalid example of ${rule.code} marks only ${rule.code}`,
            );
          for (const finding of analysis.findings) {
            assert.ok(finding.messageId && rule.messages[finding.messageId], `unknown message id ${finding.messageId}`);
            for (const name of placeholdersOf(rule.messages[finding.messageId]))
              assert.ok(finding.data && name in finding.data, `${finding.messageId} lacks {${name}}`);
            assert.ok(!/\{\w+\}/.test(finding.message), `unfilled placeholder in ${finding.message}`);
          }
          if (rule.fixable)
            assert.ok(
              analysis.findings.some((finding) => fixesFor(analysis, finding).length > 0),
              'a fixable rule offers a fix on its example',
            );
        });
      });
      rule.examples.valid.forEach((example, index) => {
        it(`valid example ${index + 1} yields no finding`, () => {
          assert.equal(markedLines(example).length, 0, 'a valid example marks no line');
          const analysis = analyzeJourney(example, { rules: onlyRule(rule.code), today: EXAMPLE_TODAY });
          assert.deepEqual(analysis.findings.map(describeFinding), []);
        });
      });
    });
  }

  it('a rule that is not fixable offers no fix on its examples', () => {
    for (const rule of gapRuleCatalogue.filter((candidate) => !candidate.fixable)) {
      for (const example of rule.examples.invalid) {
        const analysis = analyzeJourney(example, { rules: onlyRule(rule.code), today: EXAMPLE_TODAY });
        for (const finding of analysis.findings) assert.deepEqual(fixesFor(analysis, finding), [], rule.code);
      }
    }
  });
});
