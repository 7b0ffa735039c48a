/**
 * The gap rules of issue 11 (new or corrected), each with the false alarm the issue lists.
 */
import { strict as assert } from 'node:assert';
import { CLEAN_MAP, edit } from './helpers/journeyMaps';
import { gaps, withCode } from './helpers/findings';

/** A minimal map: one stage with the given touchpoints (YAML items, indented 6). */
function map(touchpoints: string, personas = ''): string {
  return `journey: Test\nreviewed: 2026-11-01\n${personas}stages:\n  - id: s\n    name: Stage\n    touchpoints:\n${touchpoints}`;
}
const TWO_PERSONAS = 'personas:\n  - id: rina\n    name: Rina\n  - id: budi\n    name: Budi\n';
const only = (code: string) => ({ rules: { [code]: 'warning' as const } });

describe('gap rules of the richer format', () => {
  it('the clean map stays clean with every new rule on', () => {
    assert.deepEqual(gaps(CLEAN_MAP).findings, []);
  });

  describe('JM205 emotional-valley: only a fall into negative territory', () => {
    const fall = (from: number, to: number) =>
      map(
        `      - id: a\n        name: A\n        emotion: ${from}\n      - id: b\n        name: B\n        emotion: ${to}\n`,
      );

    it('a fall from 5 to 3 (to neutral) is not a valley: the false alarm is gone', () => {
      assert.deepEqual(withCode(gaps(fall(5, 3)), 'JM205'), []);
      assert.deepEqual(withCode(gaps(fall(5, 4)), 'JM205'), []);
    });

    it('a fall from 4 to 2 or 5 to 1 still is', () => {
      assert.equal(withCode(gaps(fall(4, 2)), 'JM205').length, 1);
      assert.equal(withCode(gaps(fall(5, 1)), 'JM205').length, 1);
    });

    it('negativeAt: 3 counts a fall to neutral, 5 every fall (the old behaviour)', () => {
      const rule = (negativeAt: number) => ({
        rules: { 'emotional-valley': { severity: 'warning' as const, options: { negativeAt } } },
      });
      assert.equal(withCode(gaps(fall(5, 3), rule(3)), 'JM205').length, 1);
      assert.equal(withCode(gaps(fall(5, 4), rule(5)), 'JM205').length, 0, 'drop 1 is still below drop 2');
      assert.equal(withCode(gaps(fall(5, 3), rule(5)), 'JM205').length, 1);
    });
  });

  describe('JM218 negative-emotion-without-pain-point', () => {
    it('flags emotion 2 with no pain point, even with no drop before it', () => {
      const run = gaps(map('      - id: a\n        name: First contact\n        emotion: 2\n'));
      const [finding] = withCode(run, 'JM218');
      assert.ok(finding);
      assert.match(finding.message, /“First contact” scores 2 out of 5 but records no pain point/);
      assert.equal(run.text.slice(finding.range.start.offset, finding.range.end.offset), '2');
    });

    it('names the personas who feel bad', () => {
      const run = gaps(map('      - id: a\n        name: A\n        emotion: { rina: 1, budi: 4 }\n', TWO_PERSONAS));
      assert.match(withCode(run, 'JM218')[0]!.message, /scores 1 out of 5 for rina/);
    });

    it('is quiet with a pain point, or at 3', () => {
      const withPain = map(
        '      - id: a\n        name: A\n        emotion: 2\n        painPoints:\n          - id: p\n            description: P\n',
      );
      assert.deepEqual(withCode(gaps(withPain), 'JM218'), []);
      assert.deepEqual(withCode(gaps(map('      - id: a\n        name: A\n        emotion: 3\n')), 'JM218'), []);
    });
  });

  describe('JM219 pain-point-at-positive-touchpoint', () => {
    const touchpoint = (emotion: string, severity = 'medium') =>
      map(
        `      - id: a\n        name: A\n        emotion: ${emotion}\n        painPoints:\n          - id: p\n            description: Something hurts\n            severity: ${severity}\n`,
        TWO_PERSONAS,
      );

    it('flags a medium or high pain point at a touchpoint scored 4 or 5', () => {
      assert.equal(withCode(gaps(touchpoint('4')), 'JM219').length, 1);
      assert.equal(withCode(gaps(touchpoint('5', 'high')), 'JM219').length, 1);
      assert.match(withCode(gaps(touchpoint('5')), 'JM219')[0]!.message, /feels 5 out of 5/);
    });

    it('is quiet when any persona scores lower, or the pain point is low severity', () => {
      assert.deepEqual(withCode(gaps(touchpoint('{ rina: 2, budi: 5 }')), 'JM219'), []);
      assert.deepEqual(withCode(gaps(touchpoint('5', 'low')), 'JM219'), []);
      assert.deepEqual(withCode(gaps(touchpoint('3')), 'JM219'), []);
    });
  });

  describe('JM220 moment-of-truth-without-evidence', () => {
    const withoutEvidence = edit(
      CLEAN_MAP,
      '        evidence:\n          - kind: interview\n            count: 12\n',
      '',
    );

    it('flags a moment of truth with no evidence, on its momentOfTruth key', () => {
      const run = gaps(withoutEvidence);
      const [finding] = withCode(run, 'JM220');
      assert.ok(finding);
      assert.equal(run.text.slice(finding.range.start.offset, finding.range.end.offset), 'momentOfTruth');
      assert.equal(finding.severity, 'info');
    });

    it('says so when the only evidence is an assumption', () => {
      const run = gaps(edit(CLEAN_MAP, 'kind: interview', 'kind: assumption'));
      assert.match(withCode(run, 'JM220')[0]!.message, /rests only on an assumption/);
    });

    it('accepts evidence on a pain point, or a measured metric at the touchpoint', () => {
      const onPain = edit(
        withoutEvidence,
        '            description: Shipping fee appears only at the last step\n',
        '            description: Shipping fee appears only at the last step\n            evidence:\n              - kind: support-tickets\n',
      );
      assert.deepEqual(withCode(gaps(onPain), 'JM220'), []);
      const measured = edit(
        withoutEvidence,
        '        momentOfTruth: true\n',
        '        momentOfTruth: true\n        metrics:\n          - type: csat\n            target: 80\n            value: 85\n',
      );
      assert.deepEqual(withCode(gaps(measured), 'JM220'), []);
    });
  });

  describe('JM221 high-severity-pain-point-only-ideas', () => {
    const status = (value: string) =>
      edit(
        edit(
          CLEAN_MAP,
          'description: Shipping fee appears only at the last step\n',
          'description: Shipping fee appears only at the last step\n            severity: high\n',
        ),
        '            owner: product\n',
        `            owner: product\n            status: ${value}\n`,
      );

    it('flags a high-severity pain point addressed only by an idea', () => {
      const [finding] = withCode(gaps(status('idea')), 'JM221');
      assert.ok(finding);
      assert.match(finding.message, /Pain point hidden-fee .* only ideas address it/);
    });

    it('says a metric already misses its target next to it', () => {
      const text = edit(
        status('idea'),
        'responses: { promoters: 48, passives: 30, detractors: 22 }',
        'responses: { promoters: 10, passives: 30, detractors: 60 }',
      );
      assert.match(withCode(gaps(text), 'JM221')[0]!.message, /NPS already misses its target/);
    });

    it('is quiet once one is planned, and for medium severity', () => {
      assert.deepEqual(withCode(gaps(status('planned')), 'JM221'), []);
      assert.deepEqual(
        withCode(
          gaps(
            edit(CLEAN_MAP, '            owner: product\n', '            owner: product\n            status: idea\n'),
          ),
          'JM221',
        ),
        [],
      );
    });
  });

  describe('JM222 touchpoint-scored-for-some-personas', () => {
    it('flags a touchpoint scored for some of its personas and lists the others', () => {
      const run = gaps(map('      - id: a\n        name: A\n        emotion: { rina: 3 }\n', TWO_PERSONAS));
      assert.match(withCode(run, 'JM222')[0]!.message, /scored for rina but not for budi/);
    });

    it('is quiet when every concerned persona is scored, or the touchpoint lists only the scored ones', () => {
      assert.deepEqual(
        withCode(
          gaps(map('      - id: a\n        name: A\n        emotion: { rina: 3, budi: 4 }\n', TWO_PERSONAS)),
          'JM222',
        ),
        [],
      );
      assert.deepEqual(
        withCode(
          gaps(
            map(
              '      - id: a\n        name: A\n        personas: [rina]\n        emotion: { rina: 3 }\n',
              TWO_PERSONAS,
            ),
          ),
          'JM222',
        ),
        [],
      );
      assert.deepEqual(
        withCode(gaps(map('      - id: a\n        name: A\n        emotion: 3\n', TWO_PERSONAS)), 'JM222'),
        [],
      );
    });
  });

  describe('JM223 assumption-only-stage', () => {
    const evidence = (first: string, second: string) =>
      map(
        `      - id: a\n        name: A\n        emotion: 3\n        evidence:\n          - kind: ${first}\n      - id: b\n        name: B\n        emotion: 3\n        evidence:\n          - kind: ${second}\n`,
      );

    it('flags a stage where every piece of evidence is an assumption', () => {
      const run = gaps(evidence('assumption', 'assumption'), only('JM223'));
      const [finding] = withCode(run, 'JM223');
      assert.ok(finding);
      assert.match(finding.message, /stage “Stage” rests on assumptions \(2 marked `assumption`/);
    });

    it('is quiet with one observed piece, or with no evidence at all', () => {
      assert.deepEqual(withCode(gaps(evidence('assumption', 'interview')), 'JM223'), []);
      assert.deepEqual(withCode(gaps(map('      - id: a\n        name: A\n        emotion: 3\n')), 'JM223'), []);
    });
  });

  describe('JM206 negative-moment-of-truth names every persona below the threshold', () => {
    it('lists them all, worst first, and points at the worst score', () => {
      const run = gaps(
        map(
          '      - id: a\n        name: Courier\n        momentOfTruth: true\n        emotion: { rina: 2, budi: 1 }\n        painPoints:\n          - id: p\n            description: P\n        opportunities:\n          - description: O\n            addresses: [p]\n            owner: ops\n',
          TWO_PERSONAS,
        ),
      );
      const [finding] = withCode(run, 'JM206');
      assert.ok(finding);
      assert.match(finding.message, /several personas feel bad here: budi 1 out of 5, rina 2 out of 5/);
      assert.equal(run.text.slice(finding.range.start.offset, finding.range.end.offset), '1');
    });
  });

  describe('JM209 single-channel-stage reads `channels`', () => {
    it('a touchpoint that spans two channels makes the stage multi-channel', () => {
      const text = map(
        '      - id: a\n        name: A\n        emotion: 3\n        channel: app\n      - id: b\n        name: B\n        emotion: 3\n        channels: [app, store]\n',
      );
      assert.deepEqual(withCode(gaps(text), 'JM209'), []);
      const single = map(
        '      - id: a\n        name: A\n        emotion: 3\n        channel: app\n      - id: b\n        name: B\n        emotion: 3\n        channels: [app]\n',
      );
      assert.equal(withCode(gaps(single), 'JM209').length, 1);
    });
  });
});
