/**
 * Properties of the diff and the Markdown export on generated maps (pure Node, no
 * browser): never throw, plain JSON, a map compared with itself is unchanged, and
 * whatever the labels, every Markdown table row keeps its number of cells.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Journey } from '../../src/core/generated/journey';
import { diffJourneys, formatDiffMarkdown } from '../../src/core/diff';
import { toMarkdown } from '../../src/core/export/markdown';

const SEED = Number(process.env.JM_PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));

const textArb = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  fc.constantFrom(
    'a | b',
    'line\nbreak',
    '<script>x</script>',
    '**bold**',
    '`code`',
    '@team',
    '\\|',
    '[x](y)',
    'a\r\nb',
    '|',
    '\\',
  ),
);
/** Small id pools, so two generated maps share most of their ids and the diff has matches to compare. */
const stageId = fc.constantFrom('awareness', 'consideration', 'purchase', 'retention', 'advocacy');
const touchpointId = fc.constantFrom('t1', 't2', 't3', 't4', 't5', 't6');
const painId = fc.constantFrom('p1', 'p2', 'p3');

const journeyArb: fc.Arbitrary<Journey> = fc
  .record({
    journey: textArb,
    personas: fc.constantFrom(
      [{ id: 'rina', name: 'Rina' }],
      [
        { id: 'rina', name: 'Rina | R' },
        { id: 'budi', name: 'Budi' },
      ],
    ),
    stages: fc.uniqueArray(
      fc.record({
        id: stageId,
        name: textArb,
        customerGoal: fc.option(textArb, { nil: undefined }),
        touchpoints: fc.uniqueArray(
          fc.record({
            id: touchpointId,
            name: textArb,
            owner: fc.option(textArb, { nil: undefined }),
            momentOfTruth: fc.option(fc.boolean(), { nil: undefined }),
            emotion: fc.option(
              fc.oneof(fc.integer({ min: 1, max: 5 }), fc.record({ rina: fc.integer({ min: 1, max: 5 }) })),
              { nil: undefined },
            ),
            painPoints: fc.uniqueArray(fc.record({ id: painId, description: textArb }), {
              selector: (p) => p.id,
              maxLength: 2,
            }),
            opportunities: fc.array(
              fc.record({
                description: textArb,
                addresses: fc.uniqueArray(painId, { maxLength: 2 }),
                owner: fc.option(textArb, { nil: undefined }),
              }),
              { maxLength: 2 },
            ),
          }),
          { selector: (t) => t.id, maxLength: 3 },
        ),
      }),
      { selector: (s) => s.id, minLength: 1, maxLength: 4 },
    ),
  })
  .map(withoutUndefined);

/** JSON-like maps, as the YAML parser produces: no keys holding undefined. */
function withoutUndefined(journey: unknown): Journey {
  return JSON.parse(JSON.stringify(journey)) as Journey;
}

function analysisOf(journey: Journey) {
  return { journey, findings: [], metrics: [] };
}

function tableWidths(markdown: string): number[][] {
  return markdown
    .split('\n\n')
    .filter((block) => block.startsWith('| '))
    .map((block) => block.split('\n').map((row) => row.split(/(?<!\\)\|/).length));
}

describe('diff and Markdown export on generated maps (property)', () => {
  it('diffJourneys never throws, is plain JSON, and formats to Markdown (1,000 pairs)', () => {
    fc.assert(
      fc.property(journeyArb, journeyArb, (before, after) => {
        const diff = diffJourneys(analysisOf(before), analysisOf(after));
        assert.deepEqual(JSON.parse(JSON.stringify(diff)), diff);
        const markdown = formatDiffMarkdown(diff, { beforeLabel: 'a`b', afterLabel: 'c' });
        assert.doesNotMatch(markdown, /<script>/);
        for (const widths of tableWidths(markdown))
          assert.ok(
            widths.every((width) => width === widths[0]),
            `a table row lost its shape:\n${markdown}`,
          );
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('a map compared with itself is unchanged (500 maps)', () => {
    fc.assert(
      fc.property(journeyArb, (journey) => {
        const diff = diffJourneys(analysisOf(journey), analysisOf(structuredClone(journey)));
        assert.equal(diff.unchanged, true, JSON.stringify(diff));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('toMarkdown keeps every table row the width of its header, whatever the labels (500 maps)', () => {
    fc.assert(
      fc.property(journeyArb, (journey) => {
        const markdown = toMarkdown(analysisOf(journey));
        const tables = tableWidths(markdown);
        assert.ok(tables.length >= 1);
        for (const widths of tables)
          assert.ok(
            widths.every((width) => width === widths[0]),
            `a table row lost its shape:\n${markdown}`,
          );
        assert.doesNotMatch(markdown, /<script>/);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
