/**
 * Gap findings carried over between versions (src/core/gaps/findingReuse.ts): after an edit
 * inside one touchpoint or stage, the language server keeps the previous finding of every
 * report the edit left alone, its ranges moved, and words and locates only the rest. Thousands
 * of seeded random edits that stay inside one unit (typing in names, changing and removing
 * emotions, owners and pain points, adding comments and suppression comments) are chained on
 * generated maps full of gap findings; every version's findings, their ranges, related places
 * and quick fixes must equal a fresh full analysis'. Replay with JM_PROPERTY_SEED=<seed>.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeJourney, fixesFor, type JourneyAnalysis } from '../../../src/core/index';
import { incrementalAnalyzer, type IncrementalStats } from '../../../src/server/incremental/incrementalAnalyzer';
import type { DocumentSettings } from '../../../src/server/settings';
import { mapWithTouchpoints } from '../helpers/generatedMaps';
import { PROPERTY_SEED } from '../helpers/propertySeed';

const TODAY = '2026-11-23';
const SETTINGS: DocumentSettings = { rules: {}, validationDelayMs: 0, validateClosedMaps: false, generation: 0 };
/** Chains of 8 to 24 edits: ~1,500 edits that change the text by default; raise GAP_REUSE_RUNS to soak. */
const RUNS = Number(process.env.GAP_REUSE_RUNS ?? 100);

/** The benchmark map, with some owners removed so that findings with quick fixes are among those carried over. */
function startMap(touchpoints: number): string {
  let index = 0;
  return mapWithTouchpoints(touchpoints).replace(/\n {8}owner: support/g, (line) => (index++ % 3 === 0 ? '' : line));
}

type Edit =
  | { kind: 'typeInName'; touchpoint: number; text: string }
  | { kind: 'setEmotion'; touchpoint: number; score: number }
  | { kind: 'dropLine'; touchpoint: number; key: 'owner' | 'emotion' | 'channel' | 'painPoints' }
  | { kind: 'addLine'; touchpoint: number; line: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('typeInName' as const),
      touchpoint: fc.nat(),
      text: fc.stringMatching(/^[a-z ]{1,6}$/),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('setEmotion' as const),
      touchpoint: fc.nat(),
      score: fc.integer({ min: 1, max: 5 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('dropLine' as const),
      touchpoint: fc.nat(),
      key: fc.constantFrom('owner' as const, 'emotion' as const, 'channel' as const, 'painPoints' as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('addLine' as const),
      touchpoint: fc.nat(),
      line: fc.constantFrom(
        'owner: ops',
        'emotion: 1',
        'momentOfTruth: true',
        '# a note',
        '# journey-map-disable-next-line JM205',
        'painPoints:\n          - id: new-pain\n            description: Lost parcel\n            severity: high',
      ),
    }),
  },
);

/** The touchpoints' `- id:` lines, as [start of the item's text, end of it). */
function touchpointSpans(text: string): [number, number][] {
  const starts: number[] = [];
  for (let at = text.indexOf('\n      - id: '); at !== -1; at = text.indexOf('\n      - id: ', at + 1))
    starts.push(at + 1);
  return starts.map((start) => {
    const next = /\n {0,6}\S/.exec(text.slice(start + 7));
    return [start, next ? start + 7 + next.index + 1 : text.length];
  });
}

function apply(text: string, change: Edit): string {
  const spans = touchpointSpans(text);
  if (spans.length === 0) return text;
  const [start, end] = spans[change.touchpoint % spans.length]!;
  const item = text.slice(start, end);
  let changed = item;
  switch (change.kind) {
    case 'typeInName':
      changed = item.replace(/(name: "[^"\n]*)"/, `$1${change.text}"`);
      break;
    case 'setEmotion':
      changed = item.replace(/emotion: (\d|\{[^}\n]*\})/, `emotion: ${change.score}`);
      break;
    case 'dropLine':
      changed =
        change.key === 'painPoints'
          ? item.replace(/ {8}painPoints:\n(?: {10,}.*\n)*/, '')
          : item.replace(new RegExp(` {8}${change.key}:.*\\n`), '');
      break;
    case 'addLine': {
      // A key the touchpoint has already would be a duplicate key: a syntax error, analysed in full.
      const key = /^(\w+):/.exec(change.line)?.[1];
      if (key && new RegExp(`\\n {8}${key}:`).test(item)) return text;
      changed = item.replace(/\n/, `\n        ${change.line}\n`);
      break;
    }
  }
  return text.slice(0, start) + changed + text.slice(end);
}

/** What an editor gets of a finding: everything in it, and its quick fixes. */
function observable(analysis: JourneyAnalysis): unknown {
  return JSON.parse(
    JSON.stringify(analysis.findings.map((finding) => ({ ...finding, fixes: fixesFor(analysis, finding) }))),
  );
}

describe('gap findings carried over between versions equal a fresh analysis (property)', function () {
  this.timeout(Math.max(180_000, RUNS * 2_000));

  it('over thousands of edits inside one touchpoint, findings, ranges, related places and fixes included', () => {
    const stats: IncrementalStats = { incremental: 0, full: 0 };
    let versions = 0;
    let carried = 0;
    let compared = 0;
    const maps = [startMap(12), startMap(25)];
    fc.assert(
      fc.property(fc.constantFrom(...maps), fc.array(edit, { minLength: 8, maxLength: 24 }), (map, edits) => {
        let text = map;
        let previous = incrementalAnalyzer(TODAY)(text, SETTINGS, undefined);
        const analyze = incrementalAnalyzer(TODAY, stats);
        for (const change of edits) {
          const next = apply(text, change);
          if (next === text) continue; // nothing to change there (no such line)
          text = next;
          const incremental = analyze(text, SETTINGS, previous);
          const fresh = analyzeJourney(text, { today: TODAY });
          assert.deepEqual(observable(incremental), observable(fresh), `after ${JSON.stringify(change)}`);
          // Carried over without a change: the very object of the previous version.
          carried += incremental.findings.filter((finding) => previous.findings.includes(finding)).length;
          compared += incremental.findings.length;
          versions++;
          previous = incremental;
        }
      }),
      { seed: PROPERTY_SEED, numRuns: RUNS },
    );
    console.log(
      `      ${versions} versions: ${stats.incremental} incremental, ${stats.full} full; ${carried} of ${compared} findings carried over unchanged`,
    );
    // The property is about the incremental path: most versions must take it, and carry findings over.
    assert.ok(
      stats.incremental >= versions * 0.8,
      `only ${stats.incremental} of ${versions} versions were incremental`,
    );
    assert.ok(carried >= compared * 0.3, `only ${carried} of ${compared} findings were carried over`);
  });
});
