/**
 * Property: for any labels an author can write, Mermaid's own parser (real
 * mermaid, in headless Chromium) accepts the generated diagram, and every
 * title, section, task and actor reads back exactly as written.
 *
 * Seeded: the seed is printed; rerun a failure with JM_PROPERTY_SEED=<seed>.
 * JM_PROPERTY_DIAGRAMS sets how many diagrams are parsed (default 5,000).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Journey, Persona, Stage, Touchpoint } from '../../src/core/generated/journey';
import { displayLabel, normalizeLineBreaks, sectionLabels, toMermaid } from '../../src/core/mermaid';
import { describeJourney } from '../../src/core/mermaid/accessibility';
import { chromiumAvailable, CHROMIUM_PATH, MermaidBrowser, type ParsedJourneyDiagram } from '../support/mermaidBrowser';

const DIAGRAMS = Number(process.env.JM_PROPERTY_DIAGRAMS ?? 5000);
const BATCH = 50;
const SEED = Number(process.env.JM_PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** Strings that break Mermaid's journey grammar or its pre-processing when written raw. */
const TRAPS = [
  ':',
  ';',
  '#',
  ',',
  '<',
  '>',
  '&',
  '%',
  '%%',
  '"',
  "'",
  '`',
  '=',
  '{',
  '}',
  '\\',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '  ',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u000b',
  '\u0001',
  '\u007f',
  '\u200b',
  '\ufeff',
  'title ',
  'Title ',
  'section ',
  'SECTION ',
  'journey',
  'Journey ',
  'accTitle: ',
  'accDescr: ',
  'accDescr {',
  'acc',
  '#58;',
  '#35;',
  '#59;',
  '#amp;',
  '&amp;',
  '&#58;',
  '&lt;',
  '&nbsp;',
  'style',
  'classDef',
  ':#',
  ' : ',
  '---',
  '%%{init: {"theme":"dark"}}%%',
  '<br>',
  '<br/>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\ufb02\u00b0\u00b0',
  '\u00b6\u00df',
  '\ufb02\u00b0',
  'ß',
  '😀',
  '👩‍👩‍👧',
  '🇮🇩',
  '𝒜',
  '\u{10FFFD}',
  'مرحبا بالعالم',
  'שלום',
  '\u202e',
  '\u200f',
  'Pengiriman paket terlambat',
  'Kurir menyerahkan paket',
  'Pelanggan puas!',
  '東京',
  'ñ',
  'é',
  'e\u0301',
];

/** Any Unicode label: trap tokens, random code points (incl. astral ones) and graphemes, mixed. */
const labelArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...TRAPS),
        fc.string({ unit: 'binary', maxLength: 4 }),
        fc.string({ unit: 'grapheme', maxLength: 3 }),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((parts) => parts.join('')),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  fc.constantFrom(...TRAPS),
);

const emotionArb = (personaIds: string[]) =>
  fc.oneof(
    fc.constant(undefined),
    fc.integer({ min: 1, max: 5 }),
    personaIds.length === 0
      ? fc.constant(undefined)
      : fc.dictionary(fc.constantFrom(...personaIds), fc.integer({ min: 1, max: 5 }), { minKeys: 1 }),
  );

const journeyArb: fc.Arbitrary<{ journey: Journey; persona?: string }> = fc
  .array(labelArb, { maxLength: 3 })
  .chain((personaNames) => {
    const personas: Persona[] = personaNames.map((name, index) => ({ id: `p${index}`, name }));
    const ids = personas.map((persona) => persona.id);
    const touchpointArb: fc.Arbitrary<Omit<Touchpoint, 'id'>> = fc.record(
      {
        name: labelArb,
        emotion: emotionArb(ids),
        personas: ids.length === 0 ? fc.constant(undefined) : fc.option(fc.subarray(ids), { nil: undefined }),
      },
      { requiredKeys: ['name'] },
    );
    const stageArb = fc.record({ name: labelArb, touchpoints: fc.array(touchpointArb, { maxLength: 4 }) });
    return fc
      .record({
        title: labelArb,
        stages: fc.array(stageArb, { minLength: 1, maxLength: 4 }),
        persona:
          ids.length === 0 ? fc.constant(undefined) : fc.option(fc.constantFrom(...ids), { nil: undefined, freq: 4 }),
      })
      .map(({ title, stages, persona }) => {
        const journey: Journey = {
          journey: title,
          personas,
          stages: stages.map((stage, s): Stage => ({
            id: `s${s}`,
            // Every third stage repeats the previous name: Mermaid would merge them into one section.
            name: s % 3 === 2 ? stages[s - 1]!.name : stage.name,
            touchpoints: stage.touchpoints.map((touchpoint, t) => ({ ...touchpoint, id: `t${s}-${t}` })),
          })),
        };
        return persona === undefined ? { journey } : { journey, persona };
      });
  });

/**
 * What an HTML page can show for a label: line breaks normalised as HTML does, the
 * characters no HTML character reference can carry as U+FFFD, a stand-in for empty labels.
 */
function shownAs(label: string): string {
  return [...normalizeLineBreaks(displayLabel(label))]
    .map((char) => {
      const code = char.codePointAt(0)!;
      return (code >= 0xd800 && code <= 0xdfff) || code === 0 || (code >= 0x80 && code <= 0x9f) ? '\ufffd' : char;
    })
    .join('');
}

function expectedDiagram(journey: Journey, persona: string | undefined): ParsedJourneyDiagram {
  const diagram = toMermaid(journey, persona === undefined ? {} : { persona });
  const personaName = (id: string) => journey.personas!.find((p) => p.id === id)!.name;
  const title =
    persona === undefined
      ? displayLabel(journey.journey)
      : `${displayLabel(journey.journey)} — ${displayLabel(personaName(persona))}`;
  return {
    title: shownAs(title),
    accTitle: shownAs(`Journey map: ${title}`),
    accDescription: shownAs(describeJourney(title, journey.stages, diagram.tasks)),
    sections: sectionLabels(journey.stages).map(shownAs),
    tasks: diagram.tasks.map((task) => {
      const touchpoint =
        task.kind === 'touchpoint' ? journey.stages[task.stageIndex]!.touchpoints![task.path[3] as number]! : undefined;
      // A touchpoint whose personas scored it differently is drawn once per score, with those personas.
      const people =
        touchpoint === undefined
          ? []
          : task.personas !== undefined
            ? [...task.personas]
            : persona !== undefined
              ? [personaName(persona)]
              : (touchpoint.personas ?? journey.personas!.map((p) => p.id)).map(personaName);
      return {
        name: shownAs(task.label),
        section: shownAs(sectionLabels(journey.stages)[task.stageIndex]!),
        score: task.score,
        people: people.map(shownAs),
      };
    }),
  };
}

describe('Mermaid generation against real Mermaid (property, headless Chromium)', function () {
  this.timeout(600_000);
  let mermaid: MermaidBrowser;

  before(async function () {
    if (!chromiumAvailable())
      throw new Error(
        `No Chromium at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`,
      );
    mermaid = await MermaidBrowser.launch();
  });
  after(async () => mermaid?.close());

  it(`Mermaid parses every generated diagram and every label reads back verbatim (${DIAGRAMS} diagrams, seed ${SEED})`, async () => {
    console.log(`      fast-check seed ${SEED} (rerun with JM_PROPERTY_SEED=${SEED})`);
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(journeyArb, { minLength: BATCH, maxLength: BATCH }), async (cases) => {
        const texts = cases.map(
          ({ journey, persona }) => toMermaid(journey, persona === undefined ? {} : { persona }).text,
        );
        const outcomes = await mermaid.parseJourneys(texts);
        outcomes.forEach((outcome, index) => {
          const { journey, persona } = cases[index]!;
          assert.ok(outcome.ok, `Mermaid rejected:\n${texts[index]}\n${outcome.ok ? '' : outcome.error}`);
          assert.deepEqual(outcome.diagram, expectedDiagram(journey, persona), `labels changed in:\n${texts[index]}`);
        });
        checked += cases.length;
      }),
      { seed: SEED, numRuns: Math.ceil(DIAGRAMS / BATCH), endOnFailure: false },
    );
    assert.ok(checked >= DIAGRAMS);
  });

  it('the rendered SVG shows the title, accessible title and description, every task and section label verbatim, in tasks[] order (200 diagrams)', async () => {
    await fc.assert(
      fc.asyncProperty(journeyArb, async ({ journey, persona }) => {
        const diagram = toMermaid(journey, persona === undefined ? {} : { persona });
        const rendered = await mermaid.render(diagram.text);
        const expected = expectedDiagram(journey, persona);
        assert.equal(rendered.taskElementCount, diagram.tasks.length);
        assert.deepEqual(
          rendered.taskTexts,
          diagram.tasks.map((task) => shownAs(task.label)),
        );
        assert.deepEqual(
          [rendered.titleText, rendered.accTitle, rendered.accDescription],
          [expected.title, expected.accTitle, expected.accDescription],
        );
        // One section box per stage: consecutive stages with the same name are kept apart too.
        assert.deepEqual(rendered.sectionTexts, sectionLabels(journey.stages).map(shownAs));
        assert.ok(!rendered.svg.includes('<script'), 'no script element in the SVG');
        assert.ok(
          !/\son\w+=/i.test(rendered.svg.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/>[^<]*</g, '><')),
          'no event handler attribute in the SVG',
        );
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
