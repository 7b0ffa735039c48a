/**
 * fast-check arbitraries for journey maps, built on the builders: mostly valid values with a
 * sprinkling of invalid ones, so generated maps exercise the schema findings and also get through
 * to metrics and gap rules. Serialise with `toYaml`.
 */
import fc from 'fast-check';
import { journey, metric, opportunity, painPoint, persona, stage, touchpoint } from './journeyBuilder';

const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

export const label = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      'Rina',
      'Check-out: step #1',
      'title x',
      '"quoted"',
      'a,b;c',
      'Kurir mengantar paket 🚚',
      '<b>bold</b>',
      'x: y # z',
    ),
  },
  { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 30 }).filter((text) => text.trim() !== '') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);
export const id = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom('rina', 'budi', 'pay', 'hidden-fee', 'a') },
  { weight: 8, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{0,10}$/).filter((text) => !text.includes('\n')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
export const personaId = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom('rina', 'budi') },
  { weight: 1, arbitrary: id },
);
export const emotion = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 1, arbitrary: fc.integer({ min: -2, max: 8 }) },
  { weight: 2, arbitrary: fc.dictionary(personaId, fc.integer({ min: 1, max: 5 }), { minKeys: 1, maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: label },
);
export const generatedTouchpoint = fc
  .record({
    id,
    name: label,
    emotion,
    channel: maybe(fc.constantFrom('app', 'store', 'whatsapp', 'delivery', 'phone', 'email', 'kiosk', 'fax')),
    personas: maybe(fc.uniqueArray(personaId, { maxLength: 2 })),
    momentOfTruth: maybe(fc.boolean()),
    pains: fc.uniqueArray(id, { maxLength: 2 }),
    addresses: fc.uniqueArray(id, { maxLength: 2 }),
  })
  .map(({ pains, addresses, ...fields }) =>
    touchpoint(fields.id, {
      ...fields,
      painPoints: pains.map((pain) => painPoint(pain)),
      opportunities: addresses.length ? [opportunity(addresses)] : undefined,
    }),
  );
const npsResponses = fc.record({ promoters: fc.nat(50), passives: fc.nat(50), detractors: fc.nat(50) });
const answer = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('1', '2', '3', '4', '5') },
  { weight: 1, arbitrary: fc.constantFrom('0', '7', '10', '11') },
);
const answerCounts = fc.dictionary(answer, fc.integer({ min: 0, max: 40 }), { minKeys: 1, maxKeys: 4 });
export const generatedMetric = fc
  .record({
    type: fc.constantFrom('csat', 'nps', 'ces', 'bounce-rate', 'conversion-rate'),
    target: maybe(
      fc.oneof(
        { weight: 5, arbitrary: fc.integer({ min: 0, max: 100 }) },
        { weight: 1, arbitrary: fc.integer({ min: -200, max: 200 }) },
      ),
    ),
    value: maybe(
      fc.oneof(
        { weight: 5, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
        { weight: 1, arbitrary: fc.double({ min: -1000, max: 1000, noNaN: true }) },
      ),
    ),
    npsResponses: maybe(npsResponses),
    answerCounts: maybe(answerCounts),
    mismatched: fc.nat(9),
  })
  // Usually the response shape that fits the type; one in ten the other shape.
  .map(({ type, npsResponses: nps, answerCounts: answers, mismatched, ...fields }) =>
    metric(type, { ...fields, responses: (type === 'nps') === mismatched > 0 ? nps : answers }),
  );

export const generatedStage = fc
  .record({
    id,
    name: label,
    kind: maybe(fc.constantFrom('awareness', 'consideration', 'purchase', 'retention', 'advocacy', 'purchse')),
    touchpoints: fc.array(generatedTouchpoint, { maxLength: 3 }),
    metrics: fc.array(generatedMetric, { maxLength: 2 }),
  })
  .map((fields) => stage(fields.id, fields));
const rawJourney = fc
  .record({
    journey: label,
    reviewed: maybe(fc.constantFrom('2026-10-01', '2020-01-01', '2026-13-01', 'yesterday')),
    personas: fc.uniqueArray(personaId, { maxLength: 3 }).map((ids) => ids.map((value) => persona(value))),
    stages: fc.array(generatedStage, { minLength: 1, maxLength: 3 }),
  })
  .map((fields) => journey(fields));

type Item = Record<string, unknown>;
const items = (value: unknown): Item[] => (Array.isArray(value) ? (value as Item[]) : []);

/**
 * Gives every stage, touchpoint and pain point a unique id and points every opportunity at pain
 * points that exist: without this, random ids make almost every generated map fail on references.
 */
function withConsistentIds(map: Item): Item {
  const painIds: string[] = [];
  map.personas = [persona('rina'), persona('budi')];
  items(map.stages).forEach((stage, s) => {
    stage.id = `stage-${s}`;
    items(stage.touchpoints).forEach((touchpoint, t) => {
      touchpoint.id = `touchpoint-${s}-${t}`;
      items(touchpoint.painPoints).forEach((pain, p) => {
        pain.id = `pain-${s}-${t}-${p}`;
        painIds.push(pain.id as string);
      });
    });
  });
  items(map.stages).forEach((stage) =>
    items(stage.touchpoints).forEach((touchpoint) =>
      items(touchpoint.opportunities).forEach((opportunity, o) => {
        opportunity.addresses = painIds.length ? [painIds[o % painIds.length]] : undefined;
      }),
    ),
  );
  return map;
}

/** Three in four maps have consistent ids; the rest keep their random (often broken) references. */
export const generatedJourney = fc
  .tuple(rawJourney, fc.nat(3))
  .map(([map, dice]) => (dice === 0 ? map : withConsistentIds(structuredClone(map))));
