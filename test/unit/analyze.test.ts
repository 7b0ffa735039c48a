import { strict as assert } from 'node:assert';
import { analyzeJourney } from '../../src/core/analyze';
import * as engine from '../../src/core/index';
import { assertRangesInside, errorsOf } from './helpers/expectFindings';
import { journey, metric, stage, toYaml, touchpoint } from './helpers/journeyBuilder';

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

  it('has no journey and no metrics when there is a schema error', () => {
    const analysis = analyzeJourney(
      toYaml(journey({ stages: [stage('s', { touchpoints: [touchpoint('t', { emotion: 9 })] })] })),
    );
    assert.equal(analysis.journey, undefined);
    assert.deepEqual(analysis.metrics, []);
    assert.ok(analysis.findings.every((finding) => finding.category !== 'gap'));
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
