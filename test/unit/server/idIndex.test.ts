import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeJourney } from '../../../src/core/index';
import { describeDefinition } from '../../../src/server/language/idDescriptions';
import { indexIds, occurrenceAt, referenceKindAt, sameId } from '../../../src/server/language/idIndex';

const samples = join(import.meta.dirname, '..', '..', '..', 'samples');

function indexOf(text: string) {
  const { parsed } = analyzeJourney(text, { today: '2026-11-01' });
  return { parsed, occurrences: indexIds(parsed.value, parsed.rangeOf.bind(parsed)) };
}

const MAP = `journey: Delivery
personas:
  - id: rina
    name: Rina, busy shopper
  - id: budi
    name: Budi
stages:
  - id: retention
    name: Retention
    touchpoints:
      - id: courier
        name: Courier hands over the parcel
        personas: [rina, budi]
        emotion: { rina: 2, budi: 4 }
        painPoints:
          - id: late
            description: The parcel arrives a day late
            severity: high
        opportunities:
          - description: Text the real delivery slot
            addresses:
              - late
`;

describe('indexIds (persona and pain point ids, on the engine parse)', () => {
  const { parsed, occurrences } = indexOf(MAP);

  it('finds definitions and references of a persona, with exact ranges', () => {
    const rina = sameId(occurrences, { kind: 'persona', id: 'rina' });
    assert.deepEqual(
      rina.map((occurrence) => [
        occurrence.role,
        MAP.slice(occurrence.range.start.offset, occurrence.range.end.offset),
      ]),
      [
        ['definition', 'rina'],
        ['reference', 'rina'],
        ['reference', 'rina'],
      ],
    );
    // The per-persona emotion reference is the key.
    assert.deepEqual(rina[2]?.path, ['stages', 0, 'touchpoints', 0, 'emotion', 'rina']);
    assert.equal(rina[2]?.range.start.line, 14);
  });

  it('finds a pain point and the opportunity that addresses it', () => {
    const late = sameId(occurrences, { kind: 'painPoint', id: 'late' });
    assert.deepEqual(
      late.map((occurrence) => occurrence.role),
      ['definition', 'reference'],
    );
    assert.equal(late[1]?.range.start.line, 22);
  });

  it('finds the occurrence under a cursor, at either end of the word', () => {
    const offset = MAP.indexOf('budi: 4');
    assert.equal(occurrenceAt(occurrences, offset)?.id, 'budi');
    assert.equal(occurrenceAt(occurrences, offset + 4)?.id, 'budi');
    assert.equal(occurrenceAt(occurrences, MAP.indexOf('Courier')), undefined);
  });

  it('describes what an id names, escaping the map text', () => {
    assert.equal(describeDefinition(parsed.value, ['personas', 0, 'id']), 'Persona **Rina, busy shopper**');
    assert.equal(
      describeDefinition(parsed.value, ['stages', 0, 'touchpoints', 0, 'painPoints', 0, 'id']),
      'Pain point (high): The parcel arrives a day late',
    );
    const hostile = indexOf(
      'journey: x\npersonas:\n  - id: p\n    name: "<img src=x onerror=alert(1)> [link](javascript:alert(1))"\nstages: []\n',
    );
    const text = describeDefinition(hostile.parsed.value, ['personas', 0, 'id']) ?? '';
    // Every Markdown/HTML-significant character is backslash-escaped, so it shows literally.
    assert.doesNotMatch(text.replace(/^Persona \*\*|\*\*$/g, ''), /(^|[^\\])[<>[\]()*_`]/, text);
    assert.match(text, /\\<img src=x onerror=alert\\\(1\\\)\\>/);
  });

  it('knows which paths are references', () => {
    assert.equal(referenceKindAt(['stages', 0, 'touchpoints', 1, 'personas', 0], false), 'persona');
    assert.equal(referenceKindAt(['stages', 0, 'touchpoints', 1, 'emotion', 'rina'], true), 'persona');
    assert.equal(referenceKindAt(['stages', 0, 'touchpoints', 1, 'emotion', 'rina'], false), undefined);
    assert.equal(
      referenceKindAt(['stages', 0, 'touchpoints', 1, 'opportunities', 0, 'addresses', 2], false),
      'painPoint',
    );
    assert.equal(referenceKindAt(['personas', 0, 'id'], false), undefined);
  });

  it('indexes every sample without losing a range', () => {
    for (const name of ['parcel-delivery', 'travel-booking-app', 'taco-restaurant', 'toko-online-pengiriman']) {
      const text = readFileSync(join(samples, `${name}.journey.yaml`), 'utf8');
      const { occurrences: found } = indexOf(text);
      assert.ok(found.length > 0, name);
      for (const occurrence of found) {
        const written = text
          .slice(occurrence.range.start.offset, occurrence.range.end.offset)
          .replace(/^["']|["']$/g, '');
        assert.equal(written, occurrence.id, `${name}: ${occurrence.path.join('.')}`);
      }
    }
  });

  it('still works while the map has schema errors', () => {
    const { occurrences: found } = indexOf(
      'journey: x\npersonas:\n  - id: rina\nstages:\n  - id: s\n    touchpoints:\n      - id: t\n        emotion: 9\n        personas: [rina]\n',
    );
    assert.equal(sameId(found, { kind: 'persona', id: 'rina' }).length, 2);
  });
});

describe('indexIds: every place the engine reads a persona id', () => {
  const text = `journey: Delivery
personas:
  - id: rina
    name: Rina
stages:
  - id: retention
    name: Retention
    quotes:
      - text: Where is my parcel?
        persona: rina
    metrics:
      - type: nps
        value: 20
        persona: rina
    touchpoints:
      - id: courier
        name: Courier
        feeling: { rina: anxious }
        quotes:
          - text: Late again
            persona: rina
        metrics:
          - type: csat
            value: 3.1
            persona: rina
`;
  it('finds feeling keys and the persona of quotes and metrics, on stages and touchpoints (so a rename reaches them)', () => {
    const { occurrences } = indexOf(text);
    assert.deepEqual(
      sameId(occurrences, { kind: 'persona', id: 'rina' }).map((occurrence) => occurrence.path.join('.')),
      [
        'personas.0.id',
        'stages.0.quotes.0.persona',
        'stages.0.metrics.0.persona',
        'stages.0.touchpoints.0.feeling.rina',
        'stages.0.touchpoints.0.quotes.0.persona',
        'stages.0.touchpoints.0.metrics.0.persona',
      ],
    );
    for (const occurrence of occurrences)
      assert.equal(text.slice(occurrence.range.start.offset, occurrence.range.end.offset), 'rina');
  });
  it('knows those paths are persona references', () => {
    assert.equal(referenceKindAt(['stages', 0, 'quotes', 0, 'persona'], false), 'persona');
    assert.equal(referenceKindAt(['stages', 0, 'metrics', 1, 'persona'], false), 'persona');
    assert.equal(referenceKindAt(['stages', 0, 'touchpoints', 2, 'quotes', 0, 'persona'], false), 'persona');
    assert.equal(referenceKindAt(['stages', 0, 'touchpoints', 2, 'metrics', 0, 'persona'], false), 'persona');
    assert.equal(referenceKindAt(['stages', 0, 'touchpoints', 2, 'feeling', 'rina'], true), 'persona');
    assert.equal(referenceKindAt(['stages', 0, 'touchpoints', 2, 'metrics', 0, 'type'], false), undefined);
    assert.equal(referenceKindAt(['stages', 0, 'quotes', 0, 'persona'], true), undefined);
  });
});
