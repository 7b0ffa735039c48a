import { closestMatch, editDistance } from '../../src/core/text/closestMatch';
import { strict as assert } from 'node:assert';
import { analyzeJourney } from '../../src/core/analyze';
import { ReferenceCode, SchemaCode } from '../../src/core/validate/codes';
import { journey, metric, opportunity, painPoint, persona, stage, toYaml, touchpoint } from './helpers/journeyBuilder';
import { marked } from './helpers/markedText';
import { applyFix, errorsOf, expectFinding, expectNoFinding } from './helpers/findings';

const TODAY = '2026-11-23';
const analyze = (text: string) => analyzeJourney(text, { today: TODAY });

/** A map whose one stage has the given touchpoint fields, as YAML. */
function withTouchpoint(fields: Record<string, unknown>): string {
  return toYaml(journey({ stages: [stage('buy', { touchpoints: [touchpoint('pay', fields)] })] }));
}

describe('validate: a valid map', () => {
  it('has no schema or reference finding and yields the typed journey', () => {
    const analysis = analyze(toYaml(journey()));
    assert.deepEqual(
      analysis.findings.filter((f) => !f.code.startsWith('JM2')),
      [],
    );
    assert.equal(analysis.journey?.journey, 'Test journey');
  });
});

describe('validate: schema findings at the exact place', () => {
  it('JM101 unknown property: on the key, with a rename fix for a near miss', () => {
    const { text, ranges } = marked('journey: x\nstages:\n  - id: a\n    name: A\n    ⟦custmerGoal⟧: Sleep well\n');
    const finding = expectFinding(analyze(text).findings, SchemaCode.unknownProperty, ranges[0]);
    assert.match(finding.message, /Did you mean `customerGoal`\?/);
    assert.match(applyFix(text, finding), /    customerGoal: Sleep well/);
  });

  for (const [typo, meant] of [
    ['onwer', 'owner'],
    ['nmae', 'name'],
  ] as const) {
    it(`JM101 unknown property: a transposition (\`${typo}\`) is one edit from \`${meant}\``, () => {
      const { text, ranges } = marked(
        `journey: x\nstages:\n  - id: a\n    name: A\n    touchpoints:\n      - id: t\n        name: T\n        ⟦${typo}⟧: Support\n`.replace(
          '        name: T\n        ⟦nmae⟧',
          '        ⟦nmae⟧',
        ),
      );
      const finding = expectFinding(analyze(text).findings, SchemaCode.unknownProperty, ranges[0]);
      assert.match(finding.message, new RegExp(`Did you mean \`${meant}\`\\?`));
    });
  }

  it('suggestions use Damerau–Levenshtein: swapped neighbours cost one edit', () => {
    assert.equal(editDistance('onwer', 'owner'), 1);
    assert.equal(editDistance('nmae', 'name'), 1);
    assert.equal(editDistance('ab', 'ba'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('ca', 'abc'), 3); // optimal string alignment: no edit of a transposed pair
    assert.equal(closestMatch('pesronas', ['personas', 'persona']), 'personas');
  });

  it('JM101 unknown property: lists what is expected when nothing is close', () => {
    const { text, ranges } = marked('journey: x\n⟦colour⟧: blue\nstages: [{ id: a, name: A }]\n');
    const finding = expectFinding(analyze(text).findings, SchemaCode.unknownProperty, ranges[0]);
    assert.match(finding.message, /Expected: `journey`, `description`/);
    assert.equal(finding.fixes, undefined);
  });

  it("JM102 missing property in a list item: on the item's first line, with an id made from the name", () => {
    const { text, ranges } = marked(
      'journey: x\nstages:\n  - id: a\n    name: A\n    touchpoints:\n      - ⟦name: Book a room⟧\n        emotion: 3\n',
    );
    const finding = expectFinding(analyze(text).findings, SchemaCode.missingProperty, ranges[0]);
    assert.match(finding.message, /The touchpoint “Book a room” has no `id`/);
    const fixed = applyFix(text, finding);
    assert.match(fixed, /      - id: book-a-room\n        name: Book a room\n/);
    expectNoFinding(analyze(fixed).findings, SchemaCode.missingProperty);
  });

  it('JM102 missing property of the whole map: on the first line', () => {
    const { text, ranges } = marked('⟦journey: Only a title⟧\n');
    const finding = expectFinding(analyze(text).findings, SchemaCode.missingProperty, ranges[0]);
    assert.match(finding.message, /journey map has no `stages`/);
  });

  it('JM102 missing property of a nested mapping: on its key', () => {
    const text = toYaml(
      journey({ stages: [stage('s', { metrics: [metric('nps', { responses: { promoters: 1, passives: 2 } })] })] }),
    );
    const finding = expectFinding(analyze(text).findings, SchemaCode.missingProperty);
    assert.equal(text.slice(finding.range.start.offset, finding.range.end.offset), 'responses');
    assert.match(finding.message, /`detractors`/);
  });

  it('JM103 wrong type: on the value, with yes → true as the fix', () => {
    const { text, ranges } = marked(
      withTouchpoint({ digital: 'DIGITAL' }).replace('digital: DIGITAL', 'digital: ⟦yes⟧'),
    );
    const finding = expectFinding(analyze(text).findings, SchemaCode.wrongType, ranges[0]);
    assert.equal(finding.message, '`digital` should be `true` or `false`, not “yes”.');
    assert.match(applyFix(text, finding), /digital: true/);
  });

  it('JM103 an empty value says so', () => {
    const text = 'journey: x\nstages:\n  - id: a\n    name:\n';
    const finding = expectFinding(analyze(text).findings, SchemaCode.wrongType, '4:5-4:9');
    assert.match(finding.message, /`name` has no value/);
  });

  it('JM103 emotion of the wrong kind gives one finding, not one per anyOf branch', () => {
    const text = withTouchpoint({ emotion: 'happy' });
    const findings = errorsOf(analyze(text).findings);
    assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
    assert.match(
      findings[0]!.message,
      /score from 1 \(very negative\) to 5 \(very positive\), or one score per persona/,
    );
  });

  it('JM104 not an allowed value: lists the values and suggests the closest', () => {
    const { text, ranges } = marked(
      withTouchpoint({ channel: 'CHANNEL' }).replace('channel: CHANNEL', 'channel: ⟦whatsap⟧'),
    );
    const finding = expectFinding(analyze(text).findings, SchemaCode.notAllowedValue, ranges[0]);
    assert.match(finding.message, /Did you mean `whatsapp`\? Use one of: ads, search/);
    assert.match(applyFix(text, finding), /channel: whatsapp/);
  });

  it('JM104 with no close value offers no fix', () => {
    const finding = expectFinding(
      analyze(withTouchpoint({ channel: 'carrier-pigeon' })).findings,
      SchemaCode.notAllowedValue,
    );
    assert.equal(finding.fixes, undefined);
  });

  it('JM105 emotion above 5: a hint and a "Clamp to 5" fix', () => {
    const { text, ranges } = marked(withTouchpoint({ emotion: 99 }).replace('emotion: 99', 'emotion: ⟦7⟧'));
    const finding = expectFinding(analyze(text).findings, SchemaCode.outOfRange, ranges[0]);
    assert.match(finding.message, /from 1 \(very negative\) to 5 \(very positive\); 7 is above/);
    assert.equal(finding.fixes![0]!.title, 'Clamp to 5');
    assert.deepEqual(errorsOf(analyze(applyFix(text, finding)).findings), []);
  });

  it('JM105 per-persona emotion below 1: on that persona\'s score, "Clamp to 1"', () => {
    const text = withTouchpoint({ emotion: { rina: 0 } });
    const finding = expectFinding(analyze(text).findings, SchemaCode.outOfRange);
    assert.equal(text.slice(finding.range.start.offset, finding.range.end.offset), '0');
    assert.equal(finding.fixes![0]!.title, 'Clamp to 1');
    assert.deepEqual(finding.path, ['stages', 0, 'touchpoints', 0, 'emotion', 'rina']);
  });

  it('JM105 NPS target beyond +100', () => {
    const text = toYaml(journey({ stages: [stage('s', { metrics: [metric('nps', { target: 130 })] })] }));
    const finding = expectFinding(analyze(text).findings, SchemaCode.outOfRange);
    assert.match(finding.message, /NPS runs from −100 to \+100/);
  });

  it('JM106 too long, JM108 empty', () => {
    const findings = analyze(toYaml(journey({ journey: 'x'.repeat(201), description: '' }))).findings;
    assert.match(expectFinding(findings, SchemaCode.tooLong).message, /201 characters; at most 200/);
    expectFinding(findings, SchemaCode.empty);
    expectFinding(analyze('journey: x\nstages: []\n').findings, SchemaCode.empty, '2:9-2:11');
  });

  it('JM107 an id with spaces: fix with a valid id', () => {
    const text = toYaml(journey({ personas: [persona('Rina K')] }));
    const finding = expectFinding(analyze(text).findings, SchemaCode.badFormat);
    assert.match(finding.message, /“Rina K” is not a valid id/);
    assert.match(applyFix(text, finding), /id: rina-k/);
  });

  it('JM107 dates: wrong shape and impossible day', () => {
    assert.match(
      expectFinding(analyze(toYaml(journey({ reviewed: '1 Oct 2026' }))).findings, SchemaCode.badFormat).message,
      /YYYY-MM-DD/,
    );
    assert.match(
      expectFinding(analyze(toYaml(journey({ reviewed: '2026-02-30' }))).findings, SchemaCode.badFormat).message,
      /not a real date/,
    );
  });

  it('JM107 a survey answer that is not 0–10: on the key', () => {
    const text = toYaml(
      journey({ stages: [stage('s', { metrics: [metric('csat', { responses: { 5: 3, eleven: 2 } })] })] }),
    );
    const finding = expectFinding(analyze(text).findings, SchemaCode.badFormat);
    assert.equal(text.slice(finding.range.start.offset, finding.range.end.offset), 'eleven');
  });

  it('JM109 a persona listed twice', () => {
    const text = withTouchpoint({ personas: ['rina', 'rina'] });
    const finding = expectFinding(analyze(text).findings, SchemaCode.duplicateEntry);
    assert.deepEqual(finding.path, ['stages', 0, 'touchpoints', 0, 'personas', 1]);
    assert.equal(finding.related?.length, 1);
  });

  it('writes messages for people, not validator jargon', () => {
    const text = withTouchpoint({ digital: 'yes', emotion: 9, channel: 'web', colour: 'red' });
    for (const finding of analyze(text).findings) {
      assert.doesNotMatch(
        finding.message,
        /must have required property|must be equal to one of|must NOT|must match|anyOf|additionalProperties/,
      );
    }
  });
});

describe('validate: references and semantic checks', () => {
  it('JM110 unknown persona with a did-you-mean fix', () => {
    const text = withTouchpoint({ personas: ['rinna'] });
    const finding = expectFinding(analyze(text).findings, ReferenceCode.unknownPersona);
    assert.match(finding.message, /`rinna`.*Did you mean `rina`\?/);
    assert.deepEqual(errorsOf(analyze(applyFix(text, finding)).findings), []);
  });

  it('JM110 unknown persona lists the known ones when nothing is close', () => {
    const finding = expectFinding(
      analyze(withTouchpoint({ personas: ['zeus'] })).findings,
      ReferenceCode.unknownPersona,
    );
    assert.match(finding.message, /Known personas: `rina`/);
  });

  it('JM111 unknown pain point in an opportunity', () => {
    const text = withTouchpoint({ painPoints: [painPoint('hidden-fee')], opportunities: [opportunity(['hiden-fee'])] });
    const finding = expectFinding(analyze(text).findings, ReferenceCode.unknownPainPoint);
    assert.equal(finding.fixes![0]!.edits[0]!.newText, 'hidden-fee');
  });

  it('JM111 an opportunity may address a pain point of another touchpoint', () => {
    const text = toYaml(
      journey({
        stages: [
          stage('s', {
            touchpoints: [
              touchpoint('a', { painPoints: [painPoint('slow')] }),
              touchpoint('b', { opportunities: [opportunity(['slow'])] }),
            ],
          }),
        ],
      }),
    );
    expectNoFinding(analyze(text).findings, ReferenceCode.unknownPainPoint);
  });

  it('JM112 duplicate ids, with the first as related location', () => {
    const text = toYaml(journey({ stages: [stage('s', { touchpoints: [touchpoint('pay'), touchpoint('pay')] })] }));
    const finding = expectFinding(analyze(text).findings, ReferenceCode.duplicateId);
    assert.equal(finding.related![0]!.range.start.line < finding.range.start.line, true);
    assert.deepEqual(finding.path, ['stages', 0, 'touchpoints', 1, 'id']);
  });

  it('JM112 a stage and a touchpoint may share an id', () => {
    const text = toYaml(journey({ stages: [stage('checkout', { touchpoints: [touchpoint('checkout')] })] }));
    expectNoFinding(analyze(text).findings, ReferenceCode.duplicateId);
  });

  it('JM113 emotion for an unknown persona: on the key, with a fix', () => {
    const text = withTouchpoint({ emotion: { rina: 3, rinaa: 2 } });
    const finding = expectFinding(analyze(text).findings, ReferenceCode.emotionForUnknownPersona);
    assert.equal(text.slice(finding.range.start.offset, finding.range.end.offset), 'rinaa');
    assert.equal(finding.fixes![0]!.edits[0]!.newText, 'rina');
  });

  it('JM114 emotion for a persona the touchpoint does not concern (warning)', () => {
    const text = toYaml(
      journey({
        personas: [persona('rina'), persona('budi')],
        stages: [stage('s', { touchpoints: [touchpoint('t', { personas: ['rina'], emotion: { rina: 3, budi: 2 } })] })],
      }),
    );
    assert.equal(
      expectFinding(analyze(text).findings, ReferenceCode.emotionForPersonaNotAtTouchpoint).severity,
      'warning',
    );
  });

  it('JM115 responses where nobody answered', () => {
    const text = toYaml(
      journey({
        stages: [stage('s', { metrics: [metric('nps', { responses: { promoters: 0, passives: 0, detractors: 0 } })] })],
      }),
    );
    assert.equal(expectFinding(analyze(text).findings, ReferenceCode.noRespondents).severity, 'warning');
  });

  it("JM116 answers outside the metric's scale: CSAT 1–5 and 1–10, CES 1–7", () => {
    const on = (fields: Record<string, unknown>) =>
      analyze(toYaml(journey({ stages: [stage('s', { metrics: [fields] })] }))).findings;
    expectFinding(on(metric('csat', { responses: { 5: 3, 6: 1 } })), ReferenceCode.answerOutsideScale);
    expectNoFinding(on(metric('csat', { scale: 10, responses: { 10: 3, 6: 1 } })), ReferenceCode.answerOutsideScale);
    expectFinding(on(metric('ces', { responses: { 7: 3, 8: 1 } })), ReferenceCode.answerOutsideScale);
    expectFinding(on(metric('ces', { responses: { 0: 1, 7: 3 } })), ReferenceCode.answerOutsideScale);
  });

  it('JM117 both a value and responses; JM118 a scale on a non-CSAT metric (warnings)', () => {
    const findings = analyze(
      toYaml(
        journey({ stages: [stage('s', { metrics: [metric('ces', { value: 4, scale: 5, responses: { 7: 1 } })] })] }),
      ),
    ).findings;
    assert.equal(expectFinding(findings, ReferenceCode.valueAndResponses).severity, 'warning');
    assert.equal(expectFinding(findings, ReferenceCode.scaleOnlyForCsat).severity, 'warning');
  });

  it("a metric with neither value nor responses is valid (measuring it is a gap rule's business)", () => {
    const findings = analyze(
      toYaml(journey({ stages: [stage('s', { metrics: [metric('csat', { target: 80 })] })] })),
    ).findings;
    assert.deepEqual(
      findings.filter((f) => f.code.startsWith('JM1')),
      [],
    );
  });

  it('reports reference problems even while the map has schema errors elsewhere', () => {
    const findings = analyze(withTouchpoint({ personas: ['rinna'], emotion: 9 })).findings;
    expectFinding(findings, SchemaCode.outOfRange);
    expectFinding(findings, ReferenceCode.unknownPersona);
  });
});
