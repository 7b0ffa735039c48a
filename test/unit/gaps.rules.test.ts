import { strict as assert } from 'node:assert';
import { CLEAN_MAP, edit } from './helpers/journeyMaps';
import { assertRangeOn, fixesOf, gaps, withCode } from './helpers/findings';

function only(run: ReturnType<typeof gaps>, code: string) {
  const found = withCode(run, code);
  assert.equal(
    found.length,
    1,
    `expected one ${code}, got ${JSON.stringify(
      run.findings.map((f) => `${f.code} ${f.message}`),
      null,
      1,
    )}`,
  );
  return found[0]!;
}

describe('gap rules', () => {
  it('report nothing on a complete, recent, measured map', () => {
    assert.deepEqual(
      gaps(CLEAN_MAP).findings.map((f) => `${f.code} ${f.message}`),
      [],
    );
  });

  describe('JM201 pain-point-without-opportunity', () => {
    it('flags the pain point id no opportunity addresses', () => {
      const run = gaps(edit(CLEAN_MAP, 'addresses: [hidden-fee]', 'addresses: []'));
      const finding = only(run, 'JM201');
      assert.equal(finding.rule, 'pain-point-without-opportunity');
      assert.equal(finding.severity, 'warning');
      assert.equal(finding.category, 'gap');
      assert.match(finding.message, /hidden-fee .*Checkout in the app.* no opportunity/);
      assert.deepEqual(finding.path, ['stages', 1, 'touchpoints', 0, 'painPoints', 0, 'id']);
      assertRangeOn(run, finding, 'hidden-fee', '- id: hidden-fee');
    });
    it('accepts an opportunity on another touchpoint that addresses it', () => {
      let text = edit(CLEAN_MAP, 'addresses: [hidden-fee]', 'addresses: []');
      text = edit(
        text,
        '        owner: sales\n',
        '        owner: sales\n        opportunities:\n          - description: Tell the fee on the phone\n            addresses: [hidden-fee]\n            owner: sales\n',
      );
      assert.deepEqual(withCode(gaps(text), 'JM201'), []);
    });
  });

  describe('JM202 opportunity-without-owner', () => {
    it('flags the opportunity description', () => {
      const run = gaps(edit(CLEAN_MAP, '            owner: product\n', ''));
      const finding = only(run, 'JM202');
      assert.equal(finding.severity, 'warning');
      assert.match(finding.message, /no owner/);
      assertRangeOn(run, finding, 'Show the shipping fee on the product page');
    });
    it('is quiet when the opportunity has an owner', () => assert.deepEqual(withCode(gaps(CLEAN_MAP), 'JM202'), []));
  });

  describe('JM203 stage-without-touchpoints', () => {
    it('flags the name of a stage with no touchpoints', () => {
      const text = edit(
        CLEAN_MAP,
        '  - id: advocacy\n',
        '  - id: consideration\n    name: Compare shops\n    kind: consideration\n    metrics:\n      - type: ces\n        value: 5\n  - id: advocacy\n',
      );
      const run = gaps(text);
      const finding = only(run, 'JM203');
      assert.equal(finding.severity, 'warning');
      assert.match(finding.message, /“Compare shops” has no touchpoints/);
      assertRangeOn(run, finding, 'Compare shops');
    });
    it('also counts an empty touchpoints list', () => {
      const text = edit(
        CLEAN_MAP,
        '  - id: advocacy\n',
        '  - id: consideration\n    name: Compare shops\n    touchpoints: []\n    metrics:\n      - type: ces\n        value: 5\n  - id: advocacy\n',
      );
      assert.equal(withCode(gaps(text), 'JM203').length, 1);
    });
  });

  describe('JM204 touchpoint-without-emotion', () => {
    it('flags the touchpoint name', () => {
      const run = gaps(edit(CLEAN_MAP, '        owner: sales\n        emotion: 4\n', '        owner: sales\n'));
      const finding = only(run, 'JM204');
      assert.equal(finding.severity, 'warning');
      assert.match(finding.message, /“Call to confirm the order” has no emotion/);
      assertRangeOn(run, finding, 'Call to confirm the order');
    });
  });

  describe('JM205 emotional-valley', () => {
    const valley = edit(
      CLEAN_MAP,
      '        owner: sales\n        emotion: 4\n',
      '        owner: sales\n        emotion: 1\n',
    );
    it('flags a drop of 3 between consecutive touchpoints at the lower emotion', () => {
      const run = gaps(valley);
      const finding = only(run, 'JM205');
      assert.equal(finding.severity, 'warning');
      assert.match(finding.message, /drops from 3 to 1 between “Checkout in the app” and “Call to confirm the order”/);
      assertRangeOn(run, finding, '1', 'owner: sales\n        emotion: ');
      assert.equal(finding.related?.length, 1);
    });
    it('looks across stage boundaries', () => {
      const run = gaps(
        edit(
          CLEAN_MAP,
          '        owner: logistics\n        emotion: 4\n      - id: courier',
          '        owner: logistics\n        emotion: 2\n      - id: courier',
        ),
      );
      assert.match(
        only(run, 'JM205').message,
        /from 4 to 2 between “Call to confirm the order” and “Tracking notification”/,
      );
    });
    it('respects the drop option', () => {
      assert.deepEqual(
        withCode(gaps(valley, { rules: { 'emotional-valley': { options: { drop: 4 } } } }), 'JM205'),
        [],
      );
    });
    it('follows each persona through per-persona emotions', () => {
      let text = edit(
        CLEAN_MAP,
        '    name: Rina, busy online shopper\n',
        '    name: Rina, busy online shopper\n  - id: budi\n    name: Budi, first-time buyer\n',
      );
      text = edit(
        text,
        '        owner: sales\n        emotion: 4\n',
        '        owner: sales\n        emotion: { rina: 4, budi: 1 }\n',
      );
      const run = gaps(text);
      const finding = only(run, 'JM205');
      assert.match(finding.message, /from 3 to 1 for budi/);
      assert.deepEqual(finding.path, ['stages', 1, 'touchpoints', 1, 'emotion', 'budi']);
    });
    it('follows a persona only through the touchpoints that concern it, and names it', () => {
      let text = edit(
        CLEAN_MAP,
        '    name: Rina, busy online shopper\n',
        '    name: Rina, busy online shopper\n  - id: budi\n    name: Budi, first-time buyer\n',
      );
      // The phone call (emotion 1) concerns rina only: budi goes from checkout (3) to tracking (4), no valley.
      text = edit(
        text,
        '        owner: sales\n        emotion: 4\n',
        '        owner: sales\n        personas: [rina]\n        emotion: 1\n',
      );
      const run = gaps(text);
      const finding = only(run, 'JM205');
      assert.match(finding.message, /drops from 3 to 1 for rina between/);
    });
    it('ignores a drop of 1', () => assert.deepEqual(withCode(gaps(CLEAN_MAP), 'JM205'), []));
  });

  describe('JM206 negative-moment-of-truth', () => {
    it('flags the emotion of a moment of truth at 2 or below', () => {
      const run = gaps(
        edit(
          CLEAN_MAP,
          '        emotion: 3\n        momentOfTruth: true\n',
          '        emotion: 2\n        momentOfTruth: true\n',
        ),
      );
      const finding = only(run, 'JM206');
      assert.equal(finding.severity, 'warning');
      assert.match(finding.message, /“Checkout in the app” is a moment of truth and the customer feels 2 out of 5/);
      assertRangeOn(run, finding, '2', 'owner: web team\n        emotion: ');
    });
    it('is quiet at 3 unless maxEmotion says so', () => {
      assert.deepEqual(withCode(gaps(CLEAN_MAP), 'JM206'), []);
      assert.equal(withCode(gaps(CLEAN_MAP, { rules: { JM206: { options: { maxEmotion: 3 } } } }), 'JM206').length, 1);
    });
  });

  describe('JM207 missing-retention-stage / JM208 missing-advocacy-stage', () => {
    it('flag the stages key when no stage has the kind', () => {
      const run = gaps(edit(edit(CLEAN_MAP, 'kind: retention', 'kind: purchase'), 'kind: advocacy', 'kind: purchase'));
      const retention = only(run, 'JM207');
      const advocacy = only(run, 'JM208');
      assert.equal(retention.severity, 'warning');
      assert.equal(advocacy.severity, 'warning');
      assert.match(retention.message, /kind: retention/);
      assert.match(advocacy.message, /kind: advocacy.*otherwise add an Advocacy stage\./);
      assert.equal(fixesOf(run, advocacy)[0]?.title, 'Add an Advocacy stage at the end');
      assert.equal(fixesOf(run, retention)[0]?.title, 'Add a Retention stage at the end');
      assertRangeOn(run, retention, 'stages');
      assertRangeOn(run, advocacy, 'stages');
    });
    it('are quiet when the kinds are present', () => {
      const run = gaps(CLEAN_MAP);
      assert.deepEqual([...withCode(run, 'JM207'), ...withCode(run, 'JM208')], []);
    });
  });

  describe('JM209 single-channel-stage', () => {
    it('flags a stage whose touchpoints share one channel, at info', () => {
      const run = gaps(edit(CLEAN_MAP, 'channel: phone', 'channel: app'));
      const finding = only(run, 'JM209');
      assert.equal(finding.severity, 'info');
      assert.match(finding.message, /same channel \(app\)/);
      assertRangeOn(run, finding, 'Purchase', 'name: ');
    });
    it('leaves a stage with a single touchpoint alone by default', () => {
      const text = edit(
        CLEAN_MAP,
        '      - id: referral\n        name: Refers a friend\n        channel: word-of-mouth\n        digital: false\n        automated: false\n        owner: marketing\n        emotion: 5\n',
        '',
      );
      assert.deepEqual(withCode(gaps(text), 'JM209'), []);
      assert.equal(
        withCode(gaps(text, { rules: { 'single-channel-stage': { options: { minTouchpoints: 1 } } } }), 'JM209').length,
        1,
      );
    });
  });

  describe('JM210 purely-digital-or-physical-journey / JM211 purely-automated-or-human-journey', () => {
    it('flag a journey where every touchpoint is digital, or every one automated', () => {
      const text = CLEAN_MAP.replaceAll('digital: false', 'digital: true').replaceAll(
        'automated: false',
        'automated: true',
      );
      const run = gaps(text);
      assert.match(only(run, 'JM210').message, /All 8 touchpoints that record `digital` are digital; none is physical/);
      assert.match(only(run, 'JM211').message, /are automated; none is served by a person/);
      assertRangeOn(run, only(run, 'JM210'), 'journey');
      assert.equal(only(run, 'JM211').severity, 'info');
    });
    it('flag an all-human journey too', () => {
      const run = gaps(CLEAN_MAP.replaceAll('automated: true', 'automated: false'));
      assert.match(only(run, 'JM211').message, /served by a person; none is automated/);
    });
    it('are quiet on a mixed journey', () => {
      const run = gaps(CLEAN_MAP);
      assert.deepEqual([...withCode(run, 'JM210'), ...withCode(run, 'JM211')], []);
    });
  });

  describe('JM212 touchpoint-without-owner', () => {
    it('flags the touchpoint name', () => {
      const run = gaps(edit(CLEAN_MAP, '        owner: web team\n', ''));
      const finding = only(run, 'JM212');
      assert.equal(finding.severity, 'warning');
      assert.match(finding.message, /“Checkout in the app” has no owner/);
      assertRangeOn(run, finding, 'Checkout in the app');
    });
  });

  describe('JM213 metric-below-target', () => {
    it('flags an NPS computed from responses that misses its target, on the responses key', () => {
      const run = gaps(edit(CLEAN_MAP, 'target: 20', 'target: 30'));
      const finding = only(run, 'JM213');
      assert.equal(
        finding.message,
        'NPS at stage “Purchase” misses its target: NPS +26 (target +30, 100 responses) — below target. Add an opportunity with an owner to close the gap, or revisit the target.',
      );
      assertRangeOn(run, finding, 'responses', 'target: 30');
      assert.equal(
        run.text.slice(finding.related![0]!.range.start.offset, finding.related![0]!.range.end.offset),
        '30',
      );
    });
    it('treats a bounce rate above its target as missing it, on the value', () => {
      const run = gaps(
        edit(
          CLEAN_MAP,
          '      - type: conversion-rate\n        target: 5\n        value: 6\n',
          '      - type: bounce-rate\n        target: 40\n        value: 48\n',
        ),
      );
      const finding = only(run, 'JM213');
      assert.match(finding.message, /Bounce rate 48% \(target at most 40%\) — above target/);
      assertRangeOn(run, finding, '48', 'target: 40');
    });
    it('is quiet when targets are met', () => assert.deepEqual(withCode(gaps(CLEAN_MAP), 'JM213'), []));
  });

  describe('JM214 stage-without-metrics', () => {
    it('flags a stage with no metric on it or its touchpoints', () => {
      const run = gaps(
        edit(CLEAN_MAP, '    metrics:\n      - type: click-through-rate\n        target: 2\n        value: 2.5\n', ''),
      );
      const finding = only(run, 'JM214');
      assert.equal(finding.severity, 'info');
      assert.match(finding.message, /Nothing is measured in stage “Awareness”/);
      assertRangeOn(run, finding, 'Awareness', 'name: ');
    });
    it('counts a metric on a touchpoint', () => {
      let text = edit(
        CLEAN_MAP,
        '    metrics:\n      - type: click-through-rate\n        target: 2\n        value: 2.5\n',
        '',
      );
      text = edit(
        text,
        '        channel: social\n',
        '        channel: social\n        metrics:\n          - type: click-through-rate\n            value: 3\n',
      );
      assert.deepEqual(withCode(gaps(text), 'JM214'), []);
    });
  });

  describe('JM215 unused-persona', () => {
    const twoPersonas = edit(
      CLEAN_MAP,
      '    name: Rina, busy online shopper\n',
      '    name: Rina, busy online shopper\n  - id: budi\n    name: Budi, first-time buyer\n',
    );
    it('flags a persona no touchpoint concerns', () => {
      const text = twoPersonas.replaceAll('        emotion: ', '        personas: [rina]\n        emotion: ');
      const run = gaps(text);
      const finding = only(run, 'JM215');
      assert.equal(finding.severity, 'warning');
      assert.match(finding.message, /Persona budi appears in no touchpoint/);
      assertRangeOn(run, finding, 'budi');
    });
    it('treats a touchpoint without personas as concerning every persona', () => {
      assert.deepEqual(withCode(gaps(twoPersonas), 'JM215'), []);
    });
  });

  describe('JM216 stale-review', () => {
    it('flags a review older than 180 days', () => {
      const run = gaps(edit(CLEAN_MAP, 'reviewed: 2026-10-01', 'reviewed: 2026-01-10'));
      const finding = only(run, 'JM216');
      assert.equal(finding.severity, 'warning');
      assert.match(finding.message, /last reviewed on 2026-01-10, 317 days ago \(more than 180\)/);
      assertRangeOn(run, finding, '2026-01-10');
    });
    it('respects maxAgeDays and the pinned date', () => {
      assert.equal(
        withCode(gaps(CLEAN_MAP, { rules: { 'stale-review': { options: { maxAgeDays: 30 } } } }), 'JM216').length,
        1,
      );
      assert.deepEqual(withCode(gaps(CLEAN_MAP, { today: '2027-03-30' }), 'JM216'), []);
      assert.equal(withCode(gaps(CLEAN_MAP, { today: '2027-03-31' }), 'JM216').length, 1);
    });
    it('reports a missing review date at info, on the journey key', () => {
      const run = gaps(edit(CLEAN_MAP, 'reviewed: 2026-10-01\n', ''));
      const finding = only(run, 'JM216');
      assert.equal(finding.severity, 'info');
      assertRangeOn(run, finding, 'journey');
    });
  });

  describe('JM217 silent-persona', () => {
    const twoPersonas = edit(
      CLEAN_MAP,
      '    name: Rina, busy online shopper\n',
      '    name: Rina, busy online shopper\n  - id: budi\n    name: Budi, first-time buyer\n',
    );
    it('flags a persona absent from 3 consecutive stages', () => {
      // budi appears only in the awareness stage's touchpoints.
      const text = twoPersonas
        .replaceAll('        emotion: ', '        personas: [rina]\n        emotion: ')
        .replace('personas: [rina]', 'personas: [rina, budi]');
      const run = gaps(text);
      const finding = only(run, 'JM217');
      assert.equal(finding.severity, 'info');
      assert.match(
        finding.message,
        /budi appears in no touchpoint of 3 consecutive stages \(“Purchase” to “Advocacy”\)/,
      );
      assertRangeOn(run, finding, 'budi');
      assert.equal(finding.related?.length, 2);
      assert.equal(
        withCode(gaps(text, { rules: { 'silent-persona': { options: { stages: 4 } } } }), 'JM217').length,
        0,
      );
    });
    it('is quiet for a persona present throughout', () => assert.deepEqual(withCode(gaps(twoPersonas), 'JM217'), []));
  });
});
