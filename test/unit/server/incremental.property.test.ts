/**
 * The language server's incremental analysis (re-parse one touchpoint or stage, splice it
 * into the previous tree, re-run the whole-map checks) gives exactly what a fresh full
 * analysis gives: findings with their ranges, messages and fixes, the value, the metrics
 * and the ranges of every stage and touchpoint. Thousands of random edits (typing,
 * deleting, pasting, indenting, line-ending changes) are chained on the samples and on
 * generated maps; each version is analysed both ways. The seed is printed; reproduce a
 * failure with INCREMENTAL_SEED=<seed>.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyzeJourney, type JourneyAnalysis } from '../../../src/core/index';
import { incrementalAnalyzer, type IncrementalStats } from '../../../src/server/incremental/incrementalAnalyzer';
import type { DocumentSettings } from '../../../src/server/settings';
import { generatedJourney } from '../helpers/journeyArbitraries';
import { toYaml } from '../helpers/journeyBuilder';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const TODAY = '2026-11-23';
const SETTINGS: DocumentSettings = { rules: {}, validationDelayMs: 0, validateClosedMaps: false, generation: 0 };
const SEED = process.env.INCREMENTAL_SEED ? Number(process.env.INCREMENTAL_SEED) : Math.floor(Math.random() * 2 ** 31);

/** Runs per property (each a chain of up to 12 edits): ~1,000 edits by default; raise it to soak. */
const RUNS = Number(process.env.INCREMENTAL_RUNS ?? 80);

const samples = readdirSync(join(ROOT, 'samples'))
  .filter((name) => name.endsWith('.journey.yaml'))
  .map((name) => readFileSync(join(ROOT, 'samples', name), 'utf8'));

type Edit =
  | { kind: 'type'; at: number; text: string }
  | { kind: 'typeInValue'; line: number; text: string }
  | { kind: 'addLine'; line: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'paste'; from: number; length: number; at: number }
  | { kind: 'indent'; line: number; by: number }
  | { kind: 'lineEndings'; crlf: boolean };

const typed = fc.oneof(
  fc.constantFrom(' ', ':', '-', '\n', 'a', 'e', '1', '5', '#', '"', "'", '[', ']', ',', '{', '}', '\t', '&', '*', '|'),
  fc.constantFrom(
    'owner: ops',
    '\n        owner: x',
    '\n      - id: new\n        name: New',
    'emotion: 4',
    '  ',
    'é',
    '😀',
  ),
  fc.string({ maxLength: 6 }),
);
const word = fc.stringMatching(/^[a-z ]{1,8}$/);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  // What an author mostly does: type inside a value, or add a key line, which keeps the map readable.
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('typeInValue' as const), line: fc.nat(), text: word }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('addLine' as const),
      line: fc.nat(),
      text: fc.constantFrom(
        'owner: ops',
        'channel: web',
        'emotion: 2',
        'momentOfTruth: true',
        'description: x',
        'bad key',
      ),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: typed }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 40 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('paste' as const),
      from: fc.nat(),
      length: fc.integer({ min: 1, max: 200 }),
      at: fc.nat(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.constantFrom(-2, -1, 1, 2) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('lineEndings' as const), crlf: fc.boolean() }) },
);

function apply(text: string, change: Edit): string {
  const n = text.length;
  switch (change.kind) {
    case 'type': {
      const at = n === 0 ? 0 : change.at % (n + 1);
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case 'delete': {
      if (n === 0) return text;
      const at = change.at % n;
      return text.slice(0, at) + text.slice(at + change.length);
    }
    case 'paste': {
      if (n === 0) return text;
      const from = change.from % n;
      const at = change.at % (n + 1);
      return text.slice(0, at) + text.slice(from, from + change.length) + text.slice(at);
    }
    case 'typeInValue': {
      // After the `: ` of a random `key: value` line (or at its end when it has none).
      const lines = text.split('\n');
      const index = change.line % lines.length;
      const line = lines[index]!;
      const colon = line.indexOf(': ');
      const at = colon >= 0 ? colon + 2 + ((change.line >> 4) % Math.max(1, line.length - colon - 1)) : line.length;
      lines[index] = line.slice(0, at) + change.text + line.slice(at);
      return lines.join('\n');
    }
    case 'addLine': {
      // A new key line under a random line, at that line's key indentation.
      const lines = text.split('\n');
      const index = change.line % lines.length;
      const indent = /^( *)(?:- )?/.exec(lines[index]!)!;
      const column = indent[0].length;
      lines.splice(index + 1, 0, ' '.repeat(column) + change.text);
      return lines.join('\n');
    }
    case 'indent': {
      const lines = text.split('\n');
      const index = change.line % lines.length;
      const line = lines[index]!;
      lines[index] = change.by > 0 ? ' '.repeat(change.by) + line : line.replace(new RegExp(`^ {1,${-change.by}}`), '');
      return lines.join('\n');
    }
    case 'lineEndings':
      return change.crlf ? text.replace(/\r?\n/g, '\r\n') : text.replace(/\r\n/g, '\n');
  }
}

/** Everything a client sees of an analysis, as plain data. */
function observable(analysis: JourneyAnalysis): unknown {
  const { parsed } = analysis;
  const ranges: unknown[] = [];
  const stages = (parsed.value as { stages?: unknown })?.stages;
  if (Array.isArray(stages))
    stages.forEach((stage, s) => {
      for (const part of ['value', 'item', 'key'] as const) ranges.push(parsed.rangeOf(['stages', s], part));
      const touchpoints = (stage as { touchpoints?: unknown })?.touchpoints;
      if (Array.isArray(touchpoints))
        touchpoints.forEach((_touchpoint, t) => {
          for (const part of ['value', 'item', 'key'] as const)
            ranges.push(parsed.rangeOf(['stages', s, 'touchpoints', t], part));
          ranges.push(parsed.rangeOf(['stages', s, 'touchpoints', t, 'name'], 'value'));
        });
    });
  return JSON.parse(
    JSON.stringify({
      findings: analysis.findings,
      value: parsed.value,
      journey: analysis.journey !== undefined,
      metrics: analysis.metrics,
      ranges,
    }),
  );
}

describe('incremental analysis equals a fresh full analysis (property)', function () {
  this.timeout(Math.max(120_000, RUNS * 3_000)); // a soak (INCREMENTAL_RUNS) takes longer
  const stats: IncrementalStats = { incremental: 0, full: 0 };
  before(() => console.log(`      incremental seed: ${SEED} (reproduce with INCREMENTAL_SEED=${SEED})`));
  after(() => console.log(`      versions analysed incrementally: ${stats.incremental}, from scratch: ${stats.full}`));

  function check(start: string, edits: readonly Edit[]): void {
    const analyze = incrementalAnalyzer(TODAY, stats);
    let text = start;
    let previous = analyze(text, SETTINGS, undefined);
    for (const change of edits) {
      text = apply(text, change);
      const incremental = analyze(text, SETTINGS, previous);
      const fresh = analyzeJourney(text, { today: TODAY });
      assert.deepEqual(observable(incremental), observable(fresh), `after ${JSON.stringify(change)}`);
      previous = incremental;
    }
  }

  it('on the samples (typing, deleting, pasting, indenting, line endings)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.array(edit, { minLength: 1, maxLength: 12 }), (sample, edits) =>
        check(sample, edits),
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('on generated maps', () => {
    fc.assert(
      fc.property(generatedJourney, fc.array(edit, { minLength: 1, maxLength: 12 }), (map, edits) =>
        check(toYaml(map), edits),
      ),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });

  /** Types `typed` one character at a time at `at`; each version is checked against a fresh analysis. */
  function typeAt(sample: string, at: number, typed: string): IncrementalStats {
    const local: IncrementalStats = { incremental: 0, full: 0 };
    const counted = incrementalAnalyzer(TODAY, local);
    let previous = counted(sample, SETTINGS, undefined);
    local.full = 0; // the first analysis of the sample is always a full one
    let text = sample;
    for (const [index, character] of [...typed].entries()) {
      text = text.slice(0, at + index) + character + text.slice(at + index);
      previous = counted(text, SETTINGS, previous);
      assert.deepEqual(observable(previous), observable(analyzeJourney(text, { today: TODAY })), `after ${index + 1}`);
    }
    return local;
  }

  it('re-parses one unit per keystroke while typing inside a touchpoint (a splice after a splice)', () => {
    for (const sample of samples) {
      // Type into the first touchpoint's name, inside its quotes when it has them (the samples quote
      // names with a `:` in them; typing before the quote would make the line invalid YAML).
      const name = sample.indexOf('name:', sample.indexOf('touchpoints:')) + 'name: '.length;
      const at = /['"]/.test(sample[name]!) ? name + 1 : name;
      const local = typeAt(sample, at, ' and more');
      assert.equal(local.incremental, 9, `incremental ${local.incremental}, full ${local.full}`);
    }
  });

  it('splices again from the last clean tree once a transient syntax error is typed away', () => {
    const sample = samples.find((text) => text.includes('touchpoints:'))!;
    // A new key line typed character by character: `action` alone is not YAML yet (no `:`), `action: x` is.
    const touchpoint = sample.indexOf('- id:', sample.indexOf('touchpoints:'));
    const lineEnd = sample.indexOf('\n', touchpoint);
    const indent = ' '.repeat(touchpoint - sample.lastIndexOf('\n', touchpoint) - 1 + 2);
    const start = `${sample.slice(0, lineEnd + 1)}${indent}\n${sample.slice(lineEnd + 1)}`;
    const local = typeAt(start, lineEnd + 1 + indent.length, 'action: waits');
    // `a` … `action` (6 versions) have a syntax error and need a full parse; `action:` … `action: waits` splice.
    assert.ok(local.full <= 6, `incremental ${local.incremental}, full ${local.full}`);
    assert.ok(local.incremental >= 7, `incremental ${local.incremental}, full ${local.full}`);
  });
});
