import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import './helpers/propertySeed';
import { computeMetric } from '../../src/core/metrics';
import { averageAnswer, csatTopTwoBoxPercent, netPromoterScore } from '../../src/core/metrics/formulas';

const count = fc.nat({ max: 1_000_000 });
const RUNS = { numRuns: 2000 };

const answers = (min: number, max: number) =>
  fc
    .dictionary(fc.integer({ min, max }).map(String), count, { minKeys: 1 })
    .map((record) => new Map(Object.entries(record).map(([answer, n]) => [Number(answer), n])));

describe('metric formulas (property)', () => {
  it('NPS stays within −100..+100 and is 100·(p−d)/n', () => {
    fc.assert(
      fc.property(count, count, count, (p, q, d) => {
        const nps = netPromoterScore(p, q, d);
        if (p + q + d === 0) return assert.equal(nps, undefined);
        assert.ok(nps! >= -100 && nps! <= 100, `NPS ${nps}`);
        assert.ok(Math.abs(nps! - (100 * (p - d)) / (p + q + d)) < 1e-9);
      }),
      RUNS,
    );
  });

  it('NPS does not change when every count is scaled by the same factor', () => {
    fc.assert(
      fc.property(count, count, count, fc.integer({ min: 1, max: 100 }), (p, q, d, k) => {
        fc.pre(p + q + d > 0);
        assert.ok(Math.abs(netPromoterScore(p, q, d)! - netPromoterScore(k * p, k * q, k * d)!) < 1e-9);
      }),
      RUNS,
    );
  });

  it('NPS rises with one more promoter and falls with one more detractor', () => {
    fc.assert(
      fc.property(count, count, count, (p, q, d) => {
        fc.pre(p + q + d > 0);
        const base = netPromoterScore(p, q, d)!;
        assert.ok(netPromoterScore(p + 1, q, d)! >= base);
        assert.ok(netPromoterScore(p, q, d + 1)! <= base);
      }),
      RUNS,
    );
  });

  it('CSAT (1–5) stays within 0..100 and is scale-invariant', () => {
    fc.assert(
      fc.property(answers(1, 5), fc.integer({ min: 1, max: 50 }), (counts, k) => {
        const csat = csatTopTwoBoxPercent(counts);
        const total = [...counts.values()].reduce((a, b) => a + b, 0);
        if (total === 0) return assert.equal(csat, undefined);
        assert.ok(csat! >= 0 && csat! <= 100);
        const scaled = new Map([...counts].map(([answer, n]) => [answer, n * k]));
        assert.ok(Math.abs(csatTopTwoBoxPercent(scaled)! - csat!) < 1e-9);
      }),
      RUNS,
    );
  });

  it('averages stay within the answers given (CES 1–7, CSAT 1–10)', () => {
    fc.assert(
      fc.property(answers(1, 10), (counts) => {
        const average = averageAnswer(counts);
        const given = [...counts].filter(([, n]) => n > 0).map(([answer]) => answer);
        if (given.length === 0) return assert.equal(average, undefined);
        assert.ok(average! >= Math.min(...given) - 1e-9 && average! <= Math.max(...given) + 1e-9);
      }),
      RUNS,
    );
  });

  it('the verdict never contradicts the displayed score, in either direction', () => {
    const type = fc.constantFrom(
      'nps',
      'csat',
      'ces',
      'conversion-rate',
      'bounce-rate',
      'click-through-rate',
      'session-duration' as const,
    );
    fc.assert(
      fc.property(
        type,
        fc.double({ min: -100, max: 1000, noNaN: true }),
        fc.double({ min: -100, max: 1000, noNaN: true }),
        (metricType, value, target) => {
          const result = computeMetric({ type: metricType, value, target });
          assert.ok(result.score !== undefined && result.meetsTarget !== undefined);
          const better = result.direction === 'lower-is-better' ? result.score <= target : result.score >= target;
          assert.equal(result.meetsTarget, better);
          assert.ok(
            result.display.endsWith(
              result.meetsTarget
                ? 'meets target'
                : result.direction === 'lower-is-better'
                  ? 'above target'
                  : 'below target',
            ),
          );
        },
      ),
      RUNS,
    );
  });

  it('computeMetric never throws on any responses object the schema could let through, or not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('nps', 'csat', 'ces', 'bounce-rate' as const),
        fc.dictionary(fc.string(), fc.oneof(count, fc.double(), fc.string())),
        (type, responses) => {
          const result = computeMetric({ type, responses } as never);
          assert.equal(typeof result.display, 'string');
          if (result.score !== undefined) assert.ok(Number.isFinite(result.score));
        },
      ),
      RUNS,
    );
  });
});
