import { strict as assert } from 'node:assert';
import { analyzeJourney } from '../../src/core/analyze';
import * as engine from '../../src/core/index';
import { journey, metric, stage, toYaml, touchpoint } from './helpers/journeyBuilder';
import { assertRangesInside, errorsOf } from './helpers/findings';

const TODAY = '2026-11-23';

describe('analyzeJourney', () => {
  it('returns the typed journey, metrics and gap findings for a valid map', () => {
    const text = toYaml(
      journey({
        stages: [
          stage('s', {
            kind: 'purchase',
            metrics: [metric('nps', { target: 30, responses: { promoters: 50, passives: 30, detractors: 20 } })],
          }),
        ],
      }),
    );
    const analysis = analyzeJourney(text, { today: TODAY });
    assert.ok(analysis.journey);
    assert.equal(analysis.text, text);
    assert.equal(analysis.metrics.length, 1);
    assert.equal(analysis.metrics[0]!.score, 30);
    assert.deepEqual(analysis.metrics[0]!.path, ['stages', 0, 'metrics', 0]);
    assert.ok(
      analysis.findings.some((finding) => finding.category === 'gap'),
      'expected gap findings (no retention stage…)',
    );
  });

  it('has no journey and no metrics when there is a schema error, but still runs the gap rules on the valid part', () => {
    const analysis = analyzeJourney(
      toYaml(
        journey({
          stages: [
            stage('s', {
              touchpoints: [touchpoint('t', { emotion: 9, owner: undefined }), touchpoint('u', { owner: undefined })],
            }),
          ],
        }),
      ),
      { today: '2026-01-01' },
    );
    assert.equal(analysis.journey, undefined);
    assert.deepEqual(analysis.metrics, []);
    const gaps = analysis.findings.filter((finding) => finding.category === 'gap');
    assert.ok(
      gaps.some((finding) => finding.code === 'JM207'),
      'journey-wide gaps still reported',
    );
    assert.ok(
      gaps.some((finding) => JSON.stringify(finding.path?.slice(0, 4)) === '["stages",0,"touchpoints",1]'),
      'the valid touchpoint still gets its gaps',
    );
    assert.ok(
      gaps.every((finding) => JSON.stringify(finding.path?.slice(0, 4)) !== '["stages",0,"touchpoints",0]'),
      'nothing is said about the touchpoint with the error',
    );
  });

  it('points gap findings of a partly valid map at their own nodes after an invalid item is set aside', () => {
    const text = [
      'journey: Parcel delivery',
      'stages:',
      '  - name: No id here',
      '  - id: delivery',
      '    name: Delivery',
      '    touchpoints:',
      '      - id: courier',
      '        name: Courier',
      '',
    ].join('\n');
    const analysis = analyzeJourney(text, { today: '2026-01-01' });
    assert.equal(errorsOf(analysis.findings)[0]?.code, 'JM102');
    const owner = analysis.findings.find((finding) => finding.code === 'JM212');
    assert.ok(owner, 'touchpoint-without-owner on the valid stage');
    assert.deepEqual(owner.path, ['stages', 1, 'touchpoints', 0, 'name']);
    assert.equal(owner.range.start.line, 8);
    assert.ok(!analysis.findings.some((finding) => finding.code === 'JM203' && finding.range.start.line === 3));
  });

  it('says nothing journey-wide that a wrong top-level value would falsify (a bad date is not a missing one)', () => {
    const stages = [stage('s', { touchpoints: [touchpoint('t', { owner: undefined })] })];
    const analysis = analyzeJourney(toYaml({ ...journey({ stages }), reviewed: '2026-02-30' }), {
      today: '2026-01-01',
    });
    assert.equal(errorsOf(analysis.findings)[0]?.code, 'JM107');
    assert.ok(!analysis.findings.some((finding) => finding.code === 'JM216'));
    assert.ok(
      analysis.findings.some((finding) => finding.code === 'JM212'),
      'item-level gaps still reported',
    );
  });

  it('places a finding about a key written twice on the value that counts (the last), and its fix rewrites that line', () => {
    const text = [
      'journey: x',
      'stages:',
      '  - id: a',
      '    name: A',
      '    touchpoints:',
      '      - id: t',
      '        name: T',
      '        emotion: 3',
      '        emotion: 9',
      '',
    ].join('\n');
    const analysis = analyzeJourney(text);
    const clamp = analysis.findings.find((finding) => finding.code === 'JM105');
    assert.ok(clamp);
    assert.equal(clamp.range.start.line, 9);
    assert.equal(text.slice(clamp.range.start.offset, clamp.range.end.offset), '9');
    assert.equal(clamp.fixes?.[0]?.edits[0]?.range.start.line, 9);
  });

  it('keeps the journey when only references are broken (the preview can still draw it)', () => {
    const analysis = analyzeJourney(
      toYaml(journey({ stages: [stage('s', { touchpoints: [touchpoint('t', { personas: ['nobody'] })] })] })),
    );
    assert.ok(analysis.journey);
    assert.equal(errorsOf(analysis.findings)[0]?.code, 'JM110');
  });

  it('sorts findings by position', () => {
    const text = toYaml(
      journey({
        colour: 'red',
        stages: [stage('s', { touchpoints: [touchpoint('t', { emotion: 9, channel: 'fax' })] })],
      }),
    );
    const offsets = analyzeJourney(text).findings.map((finding) => finding.range.start.offset);
    assert.deepEqual(
      offsets,
      [...offsets].sort((a, b) => a - b),
    );
    assert.ok(offsets.length >= 3);
  });

  it('passes the rule settings and today to the gap rules', () => {
    const text = toYaml(journey({ reviewed: '2020-01-01' }));
    const stale = (options: engine.AnalyzeOptions) =>
      analyzeJourney(text, options).findings.filter((finding) => finding.rule === 'stale-review');
    assert.equal(stale({ today: TODAY }).length, 1);
    assert.equal(stale({ today: '2020-01-02' }).length, 0);
    assert.equal(stale({ today: TODAY, rules: { 'stale-review': 'off' } }).length, 0);
  });

  it('never throws, even for input that is not a string', () => {
    for (const input of [undefined, null, 42, {}, [], 'journey: [', '\uFEFFjourney: bom\nstages: [{id: a, name: A}]']) {
      const analysis = analyzeJourney(input as unknown as string);
      assert.equal(typeof analysis.text, 'string');
      assertRangesInside(analysis.text, analysis.findings);
    }
  });

  it('exposes the engine contract from src/core/index.ts', () => {
    for (const name of [
      'analyzeJourney',
      'parseJourney',
      'analyzeGaps',
      'gapRuleCatalogue',
      'parseRuleSettings',
      'computeMetric',
      'computeJourneyMetrics',
      'toMermaid',
      'diffJourneys',
      'formatDiffMarkdown',
      'toMarkdown',
    ]) {
      assert.ok(name in engine, `${name} is not exported`);
    }
  });
});
