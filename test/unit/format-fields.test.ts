import { strict as assert } from 'node:assert';
import { analyzeJourney } from '../../src/core/analyze';
import { computeMetric } from '../../src/core/metrics';
import { ReferenceCode, SchemaCode } from '../../src/core/validate/codes';
import { journey, metric, painPoint, persona, stage, toYaml, touchpoint } from './helpers/journeyBuilder';
import { marked } from './helpers/markedText';
import { applyFix, errorsOf, expectFinding, expectNoFinding } from './helpers/findings';

const TODAY = '2026-11-23';
const analyze = (text: string) => analyzeJourney(text, { today: TODAY });
const schemaAndReferenceProblems = (text: string) =>
  analyze(text).findings.filter((finding) => finding.category !== 'gap');

/** A map with two personas whose one stage has the given stage fields and one touchpoint with the given fields. */
function mapWith(touchpointFields: Record<string, unknown>, stageFields: Record<string, unknown> = {}): string {
  return toYaml(
    journey({
      personas: [persona('rina'), persona('budi')],
      stages: [stage('buy', { touchpoints: [touchpoint('pay', touchpointFields)], ...stageFields })],
    }),
  );
}

describe('format: voices, evidence, backstage and the other new fields', () => {
  it('accepts every new field where the issue puts it, and yields them on the typed journey', () => {
    const text = mapWith(
      {
        channel: undefined,
        channels: ['app', 'store'],
        feeling: { rina: 'anxious', budi: 'relieved' },
        emotion: { rina: 2, budi: 4 },
        quotes: [{ text: 'Where is my parcel?', persona: 'rina', source: 'Interview 3' }],
        thoughts: ['Will it arrive before Friday?'],
        notes: 'Seen in five of twelve interviews.',
        evidence: [{ kind: 'interview', count: 12, link: 'https://example.com/r', date: '2026-09-15' }],
        backstage: {
          frontstage: [{ description: 'Cashier confirms the pick-up slot', owner: 'store ops' }],
          actions: [{ description: 'Warehouse packs the order', owner: 'logistics' }],
          support: [{ description: 'Order management system' }],
        },
        painPoints: [painPoint('late', { evidence: [{ kind: 'support-tickets', count: 40 }], notes: 'Peak season' })],
        metrics: [
          metric('on-time-delivery', { target: 95, value: 88, persona: 'rina', evidence: [{ kind: 'analytics' }] }),
        ],
      },
      {
        owner: 'growth team',
        quotes: [{ text: 'I compare three shops first.' }],
        thoughts: ['Is this shop legit?'],
        notes: 'Stage notes',
      },
    );
    assert.deepEqual(schemaAndReferenceProblems(text), []);
    const analysis = analyze(text);
    const pay = analysis.journey!.stages[0]!.touchpoints![0]!;
    assert.deepEqual(pay.channels, ['app', 'store']);
    assert.equal(pay.backstage?.actions?.[0]?.owner, 'logistics');
    assert.equal(analysis.journey!.stages[0]!.owner, 'growth team');
  });

  it('keeps a map valid today valid: a single feeling word, a single channel', () => {
    assert.deepEqual(schemaAndReferenceProblems(mapWith({ feeling: 'relieved' })), []);
    assert.deepEqual(schemaAndReferenceProblems(mapWith({})), []);
  });

  it('refuses an evidence kind it does not know, suggesting the closest', () => {
    const finding = expectFinding(
      analyze(mapWith({ evidence: [{ kind: 'interviews' }] })).findings,
      SchemaCode.notAllowedValue,
    );
    assert.match(finding.message, /Did you mean `interview`\?/);
  });

  it('bounds quotes and evidence counts', () => {
    expectFinding(analyze(mapWith({ quotes: [{ text: 'x'.repeat(1001) }] })).findings, SchemaCode.tooLong);
    expectFinding(analyze(mapWith({ evidence: [{ kind: 'survey', count: 0 }] })).findings, SchemaCode.outOfRange);
    expectFinding(analyze(mapWith({ quotes: [{ persona: 'rina' }] })).findings, SchemaCode.missingProperty);
  });

  it('a quote, a metric or a feeling naming an unknown persona: JM110 with a did-you-mean fix', () => {
    const findings = analyze(
      mapWith({
        quotes: [{ text: 'Too slow', persona: 'rinna' }],
        feeling: { budy: 'calm' },
        metrics: [metric('csat', { value: 80, persona: 'rina2' })],
      }),
    ).findings.filter((finding) => finding.code === ReferenceCode.unknownPersona);
    assert.equal(findings.length, 3);
    assert.ok(
      findings.some((finding) => /quote refers to the persona `rinna`.*Did you mean `rina`/.test(finding.message)),
    );
    assert.ok(
      findings.some((finding) => /feeling refers to the persona `budy`.*Did you mean `budi`/.test(finding.message)),
    );
  });
});

describe('format: channel or channels, not both (JM119)', () => {
  it('both on one touchpoint: an error on `channel`, and the fix moves it into `channels`', () => {
    const { text, ranges } = marked(
      'journey: x\nstages:\n  - id: a\n    name: A\n    touchpoints:\n      - id: t\n        name: T\n        ⟦channel⟧: store\n        channels:\n          - app\n        emotion: 3\n',
    );
    const finding = expectFinding(analyze(text).findings, SchemaCode.conflictingKeys, ranges[0]);
    assert.match(finding.message, /`channel` or `channels`, not both/);
    const fixed = applyFix(text, finding);
    assert.match(fixed, /        channels:\n          - store\n          - app\n        emotion: 3\n/);
    assert.doesNotMatch(fixed, /channel:/);
    assert.deepEqual(errorsOf(analyze(fixed).findings), []);
  });

  it('a flow list, with the channel already in it: the fix only removes `channel`', () => {
    const text =
      'journey: x\nstages:\n  - id: a\n    name: A\n    touchpoints:\n      - id: t\n        name: T\n        channel: app\n        channels: [app, store]\n';
    const finding = expectFinding(analyze(text).findings, SchemaCode.conflictingKeys);
    assert.match(finding.message, /already in `channels`/);
    const fixed = applyFix(text, finding);
    assert.match(fixed, /        name: T\n        channels: \[app, store\]\n/);
    assert.deepEqual(errorsOf(analyze(fixed).findings), []);
  });

  it('a flow list without the channel: it is added in front', () => {
    const text =
      'journey: x\nstages:\n  - id: a\n    name: A\n    touchpoints:\n      - id: t\n        name: T\n        channel: store\n        channels: [app]\n';
    const fixed = applyFix(text, expectFinding(analyze(text).findings, SchemaCode.conflictingKeys));
    assert.match(fixed, /channels: \[store, app\]/);
    assert.deepEqual(errorsOf(analyze(fixed).findings), []);
  });
});

describe('format: percentages are plain numbers (85, not 85%)', () => {
  it('refuses `85%` with a message that says why and a fix to 85', () => {
    const { text, ranges } = marked(
      'journey: x\nstages:\n  - id: a\n    name: A\n    metrics:\n      - type: order-accuracy\n        value: ⟦85%⟧\n',
    );
    const finding = expectFinding(analyze(text).findings, SchemaCode.wrongType, ranges[0]);
    assert.match(finding.message, /write the plain number 85\. Percentages are plain numbers/);
    const fixed = applyFix(text, finding);
    assert.match(fixed, /value: 85\n/);
    assert.deepEqual(errorsOf(analyze(fixed).findings), []);
  });

  it('a rate above 100 is out of range for the new percentage types', () => {
    expectFinding(
      analyze(toYaml(journey({ stages: [stage('s', { metrics: [metric('churn-rate', { value: 120 })] })] }))).findings,
      SchemaCode.outOfRange,
    );
  });
});

describe('metrics: the new types and their direction of "good"', () => {
  const cases: [string, number, number, boolean, string][] = [
    ['time-to-value', 3, 5, true, 'Time to value 3 days (target at most 5 days) — meets target'],
    ['activation-rate', 41, 50, false, 'Activation rate 41% (target 50%) — below target'],
    ['retention-rate', 82.5, 80, true, 'Retention rate 82.5% (target 80%) — meets target'],
    ['churn-rate', 6, 4, false, 'Churn rate 6% (target at most 4%) — above target'],
    ['on-time-delivery', 91, 95, false, 'On-time delivery 91% (target 95%) — below target'],
    ['first-contact-resolution', 70, 70, true, 'First-contact resolution 70% (target 70%) — meets target'],
    ['order-accuracy', 99.2, 99, true, 'Order accuracy 99.2% (target 99%) — meets target'],
    ['repeat-purchase-rate', 18, 25, false, 'Repeat-purchase rate 18% (target 25%) — below target'],
    ['average-handling-time', 420, 300, false, 'Average handling time 420 s (target at most 300 s) — above target'],
  ];
  for (const [type, value, target, meets, display] of cases) {
    it(`${type}: ${display}`, () => {
      const result = computeMetric({ type, value, target } as never);
      assert.equal(result.meetsTarget, meets);
      assert.equal(result.display, display);
    });
  }

  it('custom: its own name, unit and direction', () => {
    const lower = computeMetric({
      type: 'custom',
      label: 'Failed first delivery attempts',
      unit: '%',
      direction: 'lower-is-better',
      target: 5,
      value: 7,
    });
    assert.equal(lower.label, 'Failed first delivery attempts');
    assert.equal(lower.display, 'Failed first delivery attempts 7% (target at most 5%) — above target');
    const higher = computeMetric({
      type: 'custom',
      label: 'Orders per seller',
      unit: 'orders',
      direction: 'higher-is-better',
      target: 10,
      value: 12,
    });
    assert.equal(higher.display, 'Orders per seller 12 orders (target 10 orders) — meets target');
  });

  it('custom without a direction or label is a schema error (JM102)', () => {
    const findings = analyze(
      toYaml(journey({ stages: [stage('s', { metrics: [metric('custom', { value: 3 })] })] })),
    ).findings;
    const missing = findings.filter((finding) => finding.code === SchemaCode.missingProperty).map((f) => f.message);
    assert.ok(missing.some((message) => /`direction`/.test(message)));
    assert.ok(missing.some((message) => /`label`/.test(message)));
  });

  it('`unit` or `direction` on a type that fixes its own: JM120 warning', () => {
    const findings = analyze(
      toYaml(
        journey({ stages: [stage('s', { metrics: [metric('csat', { value: 80, direction: 'lower-is-better' })] })] }),
      ),
    ).findings;
    const finding = expectFinding(findings, ReferenceCode.unitOrDirectionOnlyForCustom);
    assert.equal(finding.severity, 'warning');
  });

  it('a metric for one persona or segment says so', () => {
    assert.equal(
      computeMetric({ type: 'csat', value: 70, target: 80, persona: 'rina' }).display,
      'CSAT for rina 70% (target 80%) — below target',
    );
    assert.equal(
      computeMetric({ type: 'churn-rate', value: 3, segment: 'new sellers' }).display,
      'Churn rate for new sellers 3%',
    );
  });
});

describe('metrics: NPS from raw 0–10 answer counts', () => {
  it('groups 9–10 as promoters, 7–8 as passives, 0–6 as detractors (DOMAIN.md)', () => {
    // promoters 5 + 3 = 8, passives 4 + 2 = 6, detractors 1 + 1 + 2 + 1 + 0 + 1 + 1 = 7 → (8 − 7) / 21 = +4.8
    const responses = { 10: 5, 9: 3, 8: 4, 7: 2, 6: 1, 5: 1, 4: 2, 3: 1, 2: 0, 1: 1, 0: 1 };
    const raw = computeMetric({ type: 'nps', responses });
    const grouped = computeMetric({ type: 'nps', responses: { promoters: 8, passives: 6, detractors: 7 } });
    assert.equal(raw.score, 4.8);
    assert.equal(raw.respondents, 21);
    assert.equal(raw.score, grouped.score);
  });

  it('the boundaries: 9 is a promoter, 8 and 7 passives, 6 a detractor', () => {
    assert.equal(computeMetric({ type: 'nps', responses: { 9: 1 } }).score, 100);
    assert.equal(computeMetric({ type: 'nps', responses: { 8: 1, 7: 1 } }).score, 0);
    assert.equal(computeMetric({ type: 'nps', responses: { 6: 1 } }).score, -100);
  });

  it('raw answers in a map are valid: no schema error (the issue saw 14)', () => {
    const text = toYaml(
      journey({
        stages: [
          stage('s', {
            metrics: [
              metric('nps', {
                target: 30,
                responses: { 10: 5, 9: 3, 8: 4, 7: 2, 6: 1, 5: 1, 4: 2, 3: 1, 2: 0, 1: 1, 0: 1 },
              }),
            ],
          }),
        ],
      }),
    );
    assert.deepEqual(errorsOf(analyze(text).findings), []);
    assert.equal(analyze(text).metrics[0]!.score, 4.8);
  });

  it('a typo in a group name is still judged against the groups, with a did-you-mean fix', () => {
    const text = toYaml(
      journey({
        stages: [stage('s', { metrics: [metric('nps', { responses: { promotors: 5, passives: 1, detractors: 1 } })] })],
      }),
    );
    const finding = expectFinding(analyze(text).findings, SchemaCode.unknownProperty);
    assert.match(finding.message, /Did you mean `promoters`\?/);
  });

  it('mixing groups and answers is refused', () => {
    const text = toYaml(
      journey({ stages: [stage('s', { metrics: [metric('nps', { responses: { promoters: 5, 9: 1 } })] })] }),
    );
    assert.ok(errorsOf(analyze(text).findings).length > 0);
    expectNoFinding(analyze(toYaml(journey())).findings, SchemaCode.conflictingKeys);
  });
});
