import { strict as assert } from 'node:assert';
import { analyzeJourney } from '../../src/core/analyze';
import { displayLabel, normalizeLineBreaks, toMermaid } from '../../src/core/mermaid';
import { chromiumAvailable, CHROMIUM_PATH, MermaidBrowser } from '../support/mermaidBrowser';
import { fixedSample, naughtyStrings, xssPayloads } from './corpora';
import { journeyWithLabels } from './labelledJourney';

/** What an HTML page can show for a label (as in mermaid.property.test.ts): line breaks normalised, unrepresentable characters as U+FFFD. */
function shownAs(label: string): string {
  return [...normalizeLineBreaks(displayLabel(label))]
    .map((char) => {
      const code = char.codePointAt(0)!;
      return (code >= 0xd800 && code <= 0xdfff) || code === 0 || (code >= 0x80 && code <= 0x9f) ? '\ufffd' : char;
    })
    .join('');
}

/**
 * A fixed sample of the corpora through real Mermaid (headless Chromium): each string, used as
 * the title, a persona, a stage and a touchpoint name, must come back from Mermaid's parser
 * exactly as written. Strings that are not a valid map (the engine refuses them with a finding)
 * are skipped: there is no diagram to draw.
 */
describe('corpora through real Mermaid: every label reads back verbatim (fixed sample)', function () {
  this.timeout(300_000);
  let mermaid: MermaidBrowser;

  before(async function () {
    if (!chromiumAvailable())
      throw new Error(
        `No Chromium at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`,
      );
    mermaid = await MermaidBrowser.launch();
  });
  after(async () => mermaid?.close());

  for (const [name, strings, count] of [
    ['Big List of Naughty Strings', naughtyStrings(), 100],
    ['XSS payloads', xssPayloads(), 50],
  ] as const) {
    it(`${name}: ${count} strings as title, persona, stage and touchpoint`, async () => {
      const sample = fixedSample(strings, count);
      const drawn = sample
        .map((text) => ({ text, journey: analyzeJourney(journeyWithLabels(text), { today: '2026-11-23' }).journey }))
        .filter((entry) => entry.journey !== undefined);
      assert.ok(drawn.length >= count * 0.8, `only ${drawn.length} of ${count} were valid maps`);
      const outcomes = await mermaid.parseJourneys(drawn.map((entry) => toMermaid(entry.journey!).text));
      const failures: string[] = [];
      outcomes.forEach((outcome, index) => {
        const { text } = drawn[index]!;
        const label = shownAs(text);
        if (!outcome.ok) return failures.push(`${JSON.stringify(text)}: Mermaid rejected it (${outcome.error})`);
        const { diagram } = outcome;
        const got = {
          title: diagram.title,
          section: diagram.sections[0],
          touchpoint: diagram.tasks[0]?.name,
          persona: diagram.tasks.find((task) => task.name === label)?.people,
        };
        if (got.title !== label || got.section !== label || got.touchpoint !== label || !got.persona?.includes(label))
          failures.push(`${JSON.stringify(text)} came back as ${JSON.stringify(got)}`);
      });
      assert.deepEqual(failures, []);
    });
  }
});
