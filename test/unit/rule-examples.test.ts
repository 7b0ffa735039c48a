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
import { describeFinding } from './helpers/findings';

function onlyRule(code: string): RuleSettings {
  return Object.fromEntries(
    gapRuleCatalogue.map((rule) => [rule.code, rule.code === code ? rule.defaultSeverity : 'off']),
  );
}

function markedLines(text: string): number[] {
  return text.split('\n').flatMap((line, index) => (line.trimEnd().endsWith(FINDING_MARKER) ? [index + 1] : []));
}

describe('rule examples', () => {
  for (const rule of gapRuleCatalogue) {
    describe(`${rule.code} ${rule.name}`, () => {
      rule.examples.invalid.forEach((example, index) => {
        it(`invalid example ${index + 1} yields ${rule.code} on the marked lines, and nothing else`, () => {
          const analysis = analyzeJourney(example, { rules: onlyRule(rule.code), today: EXAMPLE_TODAY });
          const listing = analysis.findings.map(describeFinding).join('\n  ');
          assert.ok(analysis.findings.length > 0, `no finding`);
          assert.deepEqual(
            analysis.findings.map((finding) => finding.code),
            analysis.findings.map(() => rule.code),
            `other findings:\n  ${listing}`,
          );
          assert.deepEqual(
            analysis.findings.map((finding) => finding.range.start.line),
            markedLines(example),
            `findings not on the lines marked ${FINDING_MARKER}:\n  ${listing}`,
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
