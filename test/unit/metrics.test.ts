import { strict as assert } from 'node:assert';
import type { Journey, Metric } from '../../src/core/generated/journey';
import { computeJourneyMetrics, computeMetric } from '../../src/core/metrics';
import { parseJourney } from '../../src/core/parse/parseJourney';
import { CLEAN_MAP } from './helpers/journeyMaps';

describe('metrics', () => {
  describe('NPS', () => {
    it('is % promoters − % detractors, with the sign shown', () => {
      const result = computeMetric({
        type: 'nps',
        target: 30,
        responses: { promoters: 48, passives: 30, detractors: 22 },
      });
      assert.equal(result.score, 26);
      assert.equal(result.respondents, 100);
      assert.equal(result.source, 'responses');
      assert.equal(result.meetsTarget, false);
      assert.equal(result.display, 'NPS +26 (target +30, 100 responses) — below target');
    });
    it('keeps one decimal and shows negative scores plainly', () => {
      const result = computeMetric({ type: 'nps', responses: { promoters: 1, passives: 1, detractors: 4 } });
      assert.equal(result.score, -50);
      assert.equal(computeMetric({ type: 'nps', responses: { promoters: 1, passives: 1, detractors: 1 } }).score, 0);
      assert.equal(computeMetric({ type: 'nps', responses: { promoters: 2, passives: 0, detractors: 1 } }).score, 33.3);
      assert.equal(
        computeMetric({ type: 'nps', responses: { promoters: 1, passives: 0, detractors: 2 } }).display,
        'NPS -33.3 (3 responses)',
      );
    });
    it('has no score when nobody answered', () => {
      const result = computeMetric({
        type: 'nps',
        target: 10,
        responses: { promoters: 0, passives: 0, detractors: 0 },
      });
      assert.equal(result.score, undefined);
      assert.equal(result.meetsTarget, undefined);
      assert.equal(result.source, 'none');
      assert.equal(result.display, 'NPS not measured yet (target +10, 0 responses)');
    });
    it('meets a target it equals', () => {
      assert.equal(computeMetric({ type: 'nps', target: 26, value: 26 }).meetsTarget, true);
    });
  });

  describe('CSAT', () => {
    it('on the 1–5 scale is the percentage answering 4 or 5', () => {
      const result = computeMetric({ type: 'csat', target: 85, responses: { 5: 42, 4: 40, 3: 10, 2: 5, 1: 3 } });
      assert.equal(result.score, 82);
      assert.equal(result.display, 'CSAT 82% (target 85%, 100 responses) — below target');
    });
    it('on the 1–10 scale is the plain average', () => {
      const result = computeMetric({ type: 'csat', scale: 10, target: 8, responses: { 10: 2, 7: 1 } });
      assert.equal(result.score, 9);
      assert.equal(result.display, 'CSAT 9 / 10 (target 8 / 10, 3 responses) — meets target');
    });
    it('reports answers outside the scale instead of guessing', () => {
      const result = computeMetric({ type: 'csat', responses: { 5: 3, 9: 1 } });
      assert.equal(result.score, undefined);
      assert.match(result.problem ?? '', /Answers 9 are outside the CSAT scale 1–5/);
    });
  });

  describe('CES', () => {
    it('is the average answer on 1–7, two decimals', () => {
      const result = computeMetric({ type: 'ces', target: 5, responses: { 7: 1, 6: 1, 4: 1 } });
      assert.equal(result.score, 5.67);
      assert.equal(result.display, 'CES 5.67 / 7 (target 5 / 7, 3 responses) — meets target');
    });
    it('rejects a 0 answer (the CES scale starts at 1)', () => {
      assert.match(
        computeMetric({ type: 'ces', responses: { 0: 1, 5: 1 } }).problem ?? '',
        /outside the CES scale 1–7/,
      );
    });
  });

  describe('behavioural metrics', () => {
    it('bounce rate is better lower', () => {
      assert.equal(computeMetric({ type: 'bounce-rate', target: 40, value: 35 }).meetsTarget, true);
      const above = computeMetric({ type: 'bounce-rate', target: 40, value: 48.456 });
      assert.equal(above.meetsTarget, false);
      assert.equal(above.direction, 'lower-is-better');
      assert.equal(above.display, 'Bounce rate 48.46% (target at most 40%) — above target');
    });
    it('conversion, click-through and session duration are better higher', () => {
      assert.equal(
        computeMetric({ type: 'conversion-rate', target: 4, value: 3.2 }).display,
        'Conversion rate 3.2% (target 4%) — below target',
      );
      assert.equal(computeMetric({ type: 'click-through-rate', value: 2.5 }).display, 'Click-through rate 2.5%');
      assert.equal(
        computeMetric({ type: 'session-duration', target: 120, value: 95.4 }).display,
        'Session duration 95 s (target 120 s) — below target',
      );
    });
    it('say that responses do not apply to them', () => {
      const result = computeMetric({ type: 'conversion-rate', responses: { 5: 1 } } as Metric);
      assert.equal(result.source, 'none');
      assert.match(result.problem ?? '', /give `value` instead/);
    });
  });

  it('falls back to the explicit value when the responses cannot be used', () => {
    const result = computeMetric({ type: 'csat', value: 70, responses: { 5: 0, 4: 0 } });
    assert.equal(result.score, 70);
    assert.equal(result.source, 'value');
  });

  it('prefers the responses when both are given (they are the evidence)', () => {
    const result = computeMetric({ type: 'nps', value: 50, responses: { promoters: 1, passives: 0, detractors: 0 } });
    assert.equal(result.score, 100);
    assert.equal(result.source, 'responses');
  });

  it('keeps the question as asked', () => {
    assert.equal(
      computeMetric({ type: 'ces', label: 'How easy was tracking?', value: 6 }).question,
      'How easy was tracking?',
    );
  });

  describe('computeJourneyMetrics', () => {
    it('returns every metric of a real map with its path and scope', () => {
      const text = CLEAN_MAP.replace(
        '        channel: social\n',
        '        channel: social\n        metrics:\n          - type: click-through-rate\n            value: 3\n',
      );
      const journey = parseJourney(text).parsed.value as Journey;
      const results = computeJourneyMetrics(journey);
      assert.deepEqual(
        results.map((r) => [r.path.join('.'), r.scope, r.stageIndex, r.touchpointIndex, r.display]),
        [
          ['stages.0.metrics.0', 'stage', 0, undefined, 'Click-through rate 2.5% (target 2%) — meets target'],
          ['stages.0.touchpoints.0.metrics.0', 'touchpoint', 0, 0, 'Click-through rate 3%'],
          ['stages.1.metrics.0', 'stage', 1, undefined, 'NPS +26 (target +20, 100 responses) — meets target'],
          ['stages.2.metrics.0', 'stage', 2, undefined, 'CSAT 90% (target 80%, 100 responses) — meets target'],
          ['stages.3.metrics.0', 'stage', 3, undefined, 'Conversion rate 6% (target 5%) — meets target'],
        ],
      );
    });
  });
});
