import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeJourney } from '../../src/core/analyze';
import validateJourney from '../../src/core/generated/validate-journey.js';
import { SyntaxCode } from '../../src/core/parse/codes';
import { MAX_ENTRIES, MAX_FINDINGS } from '../../src/core/parse/limits';
import { worstCases } from './boundedWork';

/**
 * Counts the array elements that array methods walk or copy while `action` runs: a quadratic
 * scan (a `concat` per item, a `find` over every key per key) shows up as work that quadruples
 * when the input doubles. Counting, not timing, so it cannot flake on a busy machine.
 */
function arrayWork(action: () => void): number {
  const methods = [
    'concat',
    'find',
    'findIndex',
    'some',
    'every',
    'filter',
    'includes',
    'indexOf',
    'slice',
    'map',
  ] as const;
  const proto = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = methods.map((name) => proto[name]!);
  let work = 0;
  methods.forEach((name, i) => {
    const original = originals[i]!;
    proto[name] = function (this: unknown[], ...args: unknown[]) {
      work += this.length;
      if (name === 'concat') for (const arg of args) if (Array.isArray(arg)) work += arg.length;
      return original.apply(this, args);
    };
  });
  try {
    action();
  } finally {
    methods.forEach((name, i) => (proto[name] = originals[i]!));
  }
  return work;
}

describe('bounded work on worst-case inputs', () => {
  it('the generated validator appends errors in place instead of concatenating per item', () => {
    const code = readFileSync(join(__dirname, '..', '..', 'src', 'core', 'generated', 'validate-journey.js'), 'utf8');
    assert.doesNotMatch(code, /\.concat\(/);
    const stages = (n: number) => ({ journey: 'x', stages: Array(n).fill(1) });
    const small = arrayWork(() => validateJourney(stages(4000)));
    const large = arrayWork(() => validateJourney(stages(8000)));
    assert.equal(validateJourney.errors?.length, 8001, 'every wrong stage is still reported by ajv');
    assert.ok(large <= 2.2 * small + 100, `validator work grew from ${small} to ${large} when the list doubled`);
  });

  for (const shape of worstCases) {
    it(`analysis work grows linearly: ${shape.name}`, function () {
      this.timeout(120_000);
      const n = 1500;
      const small = arrayWork(() => analyzeJourney(shape.build(n), { today: '2026-11-23' }));
      const large = arrayWork(() => analyzeJourney(shape.build(2 * n), { today: '2026-11-23' }));
      assert.ok(
        large <= 2.5 * small + 1000,
        `array work went from ${small} to ${large} (×${(large / small).toFixed(1)}) when the input doubled`,
      );
    });
  }

  it(`reports at most ${MAX_FINDINGS} findings and one closing finding that counts the rest`, () => {
    const text = worstCases[0]!.build(3000);
    const { findings } = analyzeJourney(text);
    assert.equal(findings.length, MAX_FINDINGS + 1);
    const last = findings[findings.length - 1]!;
    assert.equal(last.code, SyntaxCode.tooManyFindings);
    assert.equal(last.severity, 'error');
    // 3,000 wrong stages + "more than 100 stages" = 3,001 problems; 1,000 are shown.
    assert.match(last.message, /^2,001 more findings are not shown/);
    assert.ok(findings.slice(0, -1).every((finding) => finding.code !== SyntaxCode.tooManyFindings));
  });

  it('the cap is an option, and the closing finding takes the worst severity left out', () => {
    const text = `journey: x\nstages:\n  - id: s\n    name: S\n    touchpoints:\n${Array.from(
      { length: 30 },
      (_, i) => `      - id: t${i}\n        name: T${i}\n`,
    ).join('')}`;
    const all = analyzeJourney(text, { today: '2026-11-23' }).findings;
    const capped = analyzeJourney(text, { today: '2026-11-23', maxFindings: 10 }).findings;
    assert.ok(all.length > 11);
    assert.equal(capped.length, 11);
    assert.deepEqual(capped.slice(0, 10), all.slice(0, 10));
    assert.match(capped[10]!.message, new RegExp(`^${all.length - 10} more findings`));
    const worst = all.slice(10).some((finding) => finding.severity === 'error') ? 'error' : 'warning';
    assert.equal(capped[10]!.severity, worst);
  });

  it(`refuses a file of over ${MAX_ENTRIES.toLocaleString('en-US')} entries before parsing it`, () => {
    const text = `journey: x\nstages: [${Array(MAX_ENTRIES + 1)
      .fill('1')
      .join(',')}]\n`;
    assert.ok(text.length < 1024 * 1024);
    const work = arrayWork(() => analyzeJourney(text));
    const { findings } = analyzeJourney(text);
    assert.deepEqual(
      findings.map((finding) => finding.code),
      [SyntaxCode.tooLarge],
    );
    assert.match(findings[0]!.message, /too many entries/);
    assert.ok(work < 1000, `refusing did ${work} units of array work`);
  });

  it('a realistic map of the same size is not refused', () => {
    const stage = (s: number) =>
      `  - id: s${s}\n    name: Stage ${s}\n    touchpoints:\n${Array.from(
        { length: 50 },
        (_, t) => `      - id: t${s}-${t}\n        name: Touchpoint ${t}\n        channel: email\n        emotion: 3\n`,
      ).join('')}`;
    const text = `journey: x\nstages:\n${Array.from({ length: 100 }, (_, s) => stage(s)).join('')}`;
    const codes = new Set(analyzeJourney(text, { today: '2026-11-23' }).findings.map((finding) => finding.code));
    assert.ok(!codes.has(SyntaxCode.tooLarge));
  });
});
