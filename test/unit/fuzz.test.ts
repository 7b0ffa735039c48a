/**
 * Fuzzing the whole pipeline (parse → schema → semantic → metrics → gaps) with fast-check:
 * arbitrary text, generated maps, mutated sample text and YAML-token soup. The properties:
 * no exception escapes, every range (of findings, related locations and fix edits) lies inside
 * the text with start ≤ end, findings are sorted, and a `journey` is only returned without
 * syntax or schema errors. 10,500 cases per run.
 *
 * The seed is random per run and printed; reproduce a failure with FUZZ_SEED=<seed>.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyzeJourney } from '../../src/core/analyze';
import type { JourneyAnalysis } from '../../src/core/analyze';
import { generatedJourney } from './helpers/journeyArbitraries';
import { toYaml } from './helpers/journeyBuilder';
import { assertRangesInside } from './helpers/findings';

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const TODAY = '2026-11-23';

function checkInvariants(text: string, analysis: JourneyAnalysis): void {
  assert.equal(analysis.text, text);
  assertRangesInside(text, analysis.findings);
  const offsets = analysis.findings.map((finding) => finding.range.start.offset);
  assert.deepEqual(
    offsets,
    [...offsets].sort((a, b) => a - b),
    'findings not sorted',
  );
  for (const finding of analysis.findings) {
    assert.ok(finding.code.match(/^JM[0-2]\d\d$/), `bad code ${finding.code}`);
    assert.ok(finding.message.length > 0);
    assert.ok(finding.code !== 'JM011', `internal error: ${finding.message}`);
  }
  if (analysis.journey) {
    const blocking = analysis.findings.filter(
      (finding) =>
        finding.severity === 'error' &&
        (finding.category === 'syntax' || finding.category === 'schema' || finding.category === 'limit'),
    );
    assert.deepEqual(blocking, [], 'journey returned despite errors');
  }
}

function run(text: string): void {
  checkInvariants(text, analyzeJourney(text, { today: TODAY }));
}

const samplesDir = join(__dirname, '..', '..', 'samples');
const sampleTexts = [samplesDir, join(samplesDir, 'invalid')].flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => readFileSync(join(folder, name), 'utf8')),
);
const sampleLines = sampleTexts.map((text) => text.split('\n'));

/** Snippets of YAML syntax that tend to confuse a parser. */
const yamlBits = [
  '',
  ':',
  ': ',
  '- ',
  '-',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '*missing',
  '!!str ',
  '!!binary ',
  '!custom ',
  '"',
  "'",
  '#',
  ' #',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '---\n',
  '...\n',
  '? ',
  '|',
  '>-',
  '%YAML 1.2\n',
  '<<: *a',
  '\\',
  '\u00a0',
  '\uFEFF',
  '🚚',
  'emotion: ',
  'id: ',
  'stages:',
  'touchpoints:\n  - ',
  '  ',
  '    ',
  'null',
  '~',
  '1e999',
  '-0',
  '0x1F',
  '.nan',
  'true',
  '2026-02-30',
  'x'.repeat(300),
];

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    char: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bit: fc.constantFrom(...yamlBits) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, mutations: Mutation[]): string {
  let result = text;
  for (const change of mutations) {
    const at = result.length === 0 ? 0 : change.at % (result.length + 1);
    if (change.kind === 'flip') result = result.slice(0, at) + change.char + result.slice(at + 1);
    else if (change.kind === 'delete') result = result.slice(0, at) + result.slice(at + change.length);
    else if (change.kind === 'insert') result = result.slice(0, at) + change.bit + result.slice(at);
    else result = result.slice(0, at);
  }
  return result;
}

describe('fuzz: the whole pipeline never throws and keeps its ranges honest', function () {
  this.timeout(180_000);
  before(() => console.log(`      fuzz seed: ${seed} (reproduce with FUZZ_SEED=${seed})`));
  const parameters = (numRuns: number) => ({ seed, numRuns });

  it('arbitrary text (3,500 cases)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({ unit: 'grapheme', maxLength: 100 }),
        ),
        run,
      ),
      parameters(3500),
    );
  });

  it('generated maps, valid and nearly valid (1,500 cases)', () => {
    fc.assert(
      fc.property(generatedJourney, (value) => {
        const text = toYaml(value);
        const analysis = analyzeJourney(text, { today: TODAY });
        checkInvariants(text, analysis);
        // yaml wrote it, so yaml must read it back without a syntax finding.
        assert.deepEqual(
          analysis.findings.filter((finding) => finding.code.startsWith('JM0')),
          [],
        );
      }),
      parameters(1500),
    );
  });

  it('mutated windows of the sample maps (4,500 cases)', () => {
    const window = fc
      .record({ sample: fc.nat(sampleLines.length - 1), start: fc.nat(), length: fc.integer({ min: 3, max: 40 }) })
      .map(({ sample, start, length }) => {
        const lines = sampleLines[sample]!;
        const from = start % lines.length;
        return lines.slice(from, from + length).join('\n');
      });
    fc.assert(
      fc.property(window, fc.array(mutation, { minLength: 1, maxLength: 6 }), (text, mutations) =>
        run(mutate(text, mutations)),
      ),
      parameters(4500),
    );
  });

  it('YAML token soup (1,000 cases)', () => {
    const line = fc
      .array(
        fc.oneof(fc.constantFrom(...yamlBits), fc.constantFrom('journey', 'stages', 'id', 'name', 'emotion', 'x', '5')),
        { maxLength: 8 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => run(lines.join('\n'))),
      parameters(1000),
    );
  });
});
