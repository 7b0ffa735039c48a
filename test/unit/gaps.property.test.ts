import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import './helpers/propertySeed';
import { stringify } from 'yaml';
import { analyzeJourney } from '../../src/core/analyze';
import { fixesFor } from '../../src/core/fixes';
import { TODAY } from './helpers/journeyMaps';
import { applyEdits } from './helpers/findings';

const PERSONAS = ['rina', 'budi', 'sari'];
const CHANNELS = ['app', 'website', 'phone', 'store', 'delivery', 'whatsapp', 'email'];
const KINDS = ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'];
/** Realistic names plus the characters that break naive YAML or comment handling. */
const NAME = fc.constantFrom(
  'Checkout',
  'Kurir mengantar paket',
  'Pay: card # or cash',
  '"Quoted" name',
  "It's late",
  'Émoji 📦 ok',
  '- dash first',
  'yes',
  '12',
  'a, b; c',
);
const OWNER = fc.constantFrom('web team', 'logistics', 'support', 'Tim CX');

const emotion = (personas: string[]) =>
  personas.length > 0
    ? fc.oneof(
        fc.integer({ min: 1, max: 5 }),
        fc
          .subarray(personas, { minLength: 1 })
          .chain((ids) =>
            fc
              .tuple(...ids.map(() => fc.integer({ min: 1, max: 5 })))
              .map((scores) => Object.fromEntries(ids.map((id, i) => [id, scores[i]]))),
          ),
      )
    : fc.integer({ min: 1, max: 5 });

const metric = fc.oneof(
  fc.record(
    {
      type: fc.constant('nps'),
      target: fc.integer({ min: -100, max: 100 }),
      responses: fc.record({ promoters: fc.nat(200), passives: fc.nat(200), detractors: fc.nat(200) }),
    },
    { requiredKeys: ['type'] },
  ),
  fc.record(
    { type: fc.constant('csat'), target: fc.integer({ min: 0, max: 100 }), value: fc.integer({ min: 0, max: 100 }) },
    { requiredKeys: ['type'] },
  ),
  fc.record(
    {
      type: fc.constant('bounce-rate'),
      target: fc.integer({ min: 0, max: 100 }),
      value: fc.integer({ min: 0, max: 100 }),
    },
    { requiredKeys: ['type'] },
  ),
);

/** Schema-valid journeys with every optional field sometimes missing: the maps the gap rules see. */
const journeyArbitrary = fc.subarray(PERSONAS).chain((personas) => {
  const touchpoint = (stage: number, index: number) =>
    fc
      .record(
        {
          channel: fc.constantFrom(...CHANNELS),
          digital: fc.boolean(),
          automated: fc.boolean(),
          owner: OWNER,
          personas: fc.subarray(personas),
          emotion: emotion(personas),
          momentOfTruth: fc.boolean(),
          painCount: fc.integer({ min: 0, max: 2 }),
          opportunities: fc.array(fc.record({ owner: OWNER, addressesFirst: fc.boolean() }, { requiredKeys: [] }), {
            maxLength: 2,
          }),
          metrics: fc.array(metric, { maxLength: 1 }),
        },
        { requiredKeys: ['painCount', 'opportunities'] },
      )
      .chain((fields) => NAME.map((name) => ({ name, fields })))
      .map(({ name, fields }) => {
        const id = `t${stage}-${index}`;
        const painPoints = Array.from({ length: fields.painCount }, (_, p) => ({
          id: `${id}-p${p}`,
          description: `Pain ${p}`,
        }));
        const { painCount: _count, opportunities, ...rest } = fields;
        return {
          id,
          name,
          ...rest,
          ...(painPoints.length > 0 ? { painPoints } : {}),
          ...(opportunities.length > 0
            ? {
                opportunities: opportunities.map(({ addressesFirst, ...opportunity }) => ({
                  description: 'Fix it',
                  ...(addressesFirst && painPoints[0] ? { addresses: [painPoints[0].id] } : {}),
                  ...opportunity,
                })),
              }
            : {}),
        };
      });
  const stage = (index: number) =>
    fc
      .record(
        {
          name: NAME,
          kind: fc.constantFrom(...KINDS),
          touchpointCount: fc.integer({ min: 0, max: 3 }),
          metrics: fc.array(metric, { maxLength: 1 }),
        },
        { requiredKeys: ['name', 'touchpointCount'] },
      )
      .chain(({ touchpointCount, ...fields }) =>
        fc.tuple(...Array.from({ length: touchpointCount }, (_, t) => touchpoint(index, t))).map((touchpoints) => ({
          id: `s${index}`,
          ...fields,
          ...(touchpoints.length > 0 ? { touchpoints } : {}),
        })),
      );
  return fc
    .record(
      {
        reviewed: fc
          .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2026-11-23T00:00:00Z'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        stageCount: fc.integer({ min: 1, max: 6 }),
      },
      { requiredKeys: ['stageCount'] },
    )
    .chain(({ stageCount, reviewed }) =>
      fc.tuple(...Array.from({ length: stageCount }, (_, s) => stage(s))).map((stages) => ({
        journey: 'Generated journey',
        ...(reviewed ? { reviewed } : {}),
        ...(personas.length > 0 ? { personas: personas.map((id) => ({ id, name: id })) } : {}),
        stages,
      })),
    );
});

const styleArbitrary = fc.record({
  indent: fc.constantFrom(2, 4),
  quoted: fc.boolean(),
  crlf: fc.boolean(),
  flow: fc.boolean(),
});

/** Block or flow style (flow maps get no fix, never a wrong one), two or four spaces, plain or quoted strings, LF or CRLF. */
function toText(journey: unknown, style: { indent: number; quoted: boolean; crlf: boolean; flow: boolean }): string {
  const text = stringify(journey, {
    indent: style.indent,
    ...(style.quoted ? { defaultStringType: 'QUOTE_DOUBLE' as const, defaultKeyType: 'PLAIN' as const } : {}),
    ...(style.flow ? { collectionStyle: 'flow' as const } : {}),
  });
  return style.crlf ? text.replaceAll('\n', '\r\n') : text;
}

describe('gap rules on generated maps (property)', () => {
  it('never fail, place every finding inside the text, and every fix re-analyses clean', function () {
    this.timeout(120_000);
    let fixesTried = 0;
    fc.assert(
      fc.property(journeyArbitrary, styleArbitrary, (journey, style) => {
        const text = toText(journey, style);
        const analysis = analyzeJourney(text, { today: TODAY });
        assert.ok(
          analysis.journey,
          `generated map is not valid: ${JSON.stringify(analysis.findings.slice(0, 2))}\n${text}`,
        );
        fixesTried += analysis.findings.reduce((n, finding) => n + fixesFor(analysis, finding).length, 0);
        for (const finding of analysis.findings) {
          assert.notEqual(finding.code, 'JM299', finding.message);
          const { start, end } = finding.range;
          assert.ok(
            0 <= start.offset && start.offset <= end.offset && end.offset <= text.length,
            `${finding.code} range out of the text`,
          );
          assert.deepEqual(analysis.parsed.positionAt(start.offset), start);
          for (const fix of fixesFor(analysis, finding)) {
            const fixed = applyEdits(text, fix.edits);
            const again = analyzeJourney(fixed, { today: TODAY });
            assert.ok(
              again.journey,
              `"${fix.title}" broke the map: ${JSON.stringify(again.findings.filter((f) => f.category !== 'gap').slice(0, 2))}\n${fixed}`,
            );
            const same = again.findings.filter(
              (other) => other.code === finding.code && JSON.stringify(other.path) === JSON.stringify(finding.path),
            );
            assert.deepEqual(
              same.map((f) => f.message),
              [],
              `"${fix.title}" did not remove ${finding.code}\n${fixed}`,
            );
          }
        }
      }),
      { numRuns: Number(process.env.JM_GAP_RUNS ?? 300) },
    );
    // The generator must reach the fixes, or this test proves nothing about them.
    assert.ok(fixesTried > 100, `only ${fixesTried} fixes tried`);
    if (process.env.JM_GAP_VERBOSE) console.log(`      ${fixesTried} fixes applied and re-analysed`);
  });
});
