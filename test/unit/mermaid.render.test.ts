/**
 * The samples drawn by real Mermaid in headless Chromium: every touchpoint's label
 * is in the SVG, in tasks[] order, and the ```mermaid block of the Markdown export
 * parses too.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeJourney } from '../../src/core';
import { toMarkdown } from '../../src/core/export/markdown';
import { toMermaid } from '../../src/core/mermaid';
import { chromiumAvailable, CHROMIUM_PATH, MermaidBrowser } from '../support/mermaidBrowser';

const SAMPLES = join(__dirname, '..', '..', 'samples');
const samples = readdirSync(SAMPLES).filter((name) => name.endsWith('.journey.yaml'));

describe('Mermaid rendering of the samples (real Mermaid, headless Chromium)', function () {
  this.timeout(120_000);
  let mermaid: MermaidBrowser;

  before(async function () {
    if (!chromiumAvailable())
      throw new Error(
        `No Chromium at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`,
      );
    mermaid = await MermaidBrowser.launch();
  });
  after(async () => mermaid?.close());

  it('has samples to render', () => assert.ok(samples.length >= 4, samples.join(', ')));

  // The Mermaid behaviour the generator is built around (src/core/mermaid/*.ts). If an
  // upgrade of Mermaid changes one of these, this says which decision to revisit.
  describe('Mermaid facts the generator relies on', () => {
    it('a task needs a score: without one the diagram does not parse, so a missing emotion is drawn as a neutral 3', async () => {
      const [withoutScore, emptyScore] = await mermaid.parseJourneys([
        'journey\n  section S\n    Task\n',
        'journey\n  section S\n    Task: \n',
      ]);
      assert.equal(withoutScore!.ok, false);
      // An empty score parses as 0, which Mermaid draws below the chart.
      assert.ok(emptyScore!.ok && emptyScore!.diagram.tasks[0]!.score === 0);
    });

    it('a section without tasks parses but draws nothing, hence the stand-in task for an empty stage', async () => {
      const rendered = await mermaid.render('journey\n  section Empty\n  section Full\n    Task: 3\n');
      assert.deepEqual(rendered.sectionTexts, ['Full']);
    });

    it('consecutive sections with the same name merge into one box, hence the zero-width space', async () => {
      const rendered = await mermaid.render('journey\n  section Visit\n    A: 3\n  section Visit\n    B: 3\n');
      assert.deepEqual(rendered.sectionTexts, ['Visit']);
    });

    it('raw `%%`, `#`, `;` and a leading `title` break a task; their entity codes do not', async () => {
      const [comment, hash, semicolon, keyword, escaped] = await mermaid.parseJourneys([
        'journey\n  section S\n    A%% b: 3\n',
        'journey\n  section S\n    A # b: 3\n',
        'journey\n  section S\n    A ; b: 3\n',
        'journey\n  section S\n    title of a task: 3\n',
        'journey\n  section S\n    #116;itle #37;#37; #35; #59;: 3\n',
      ]);
      assert.ok(
        comment!.ok && comment!.diagram.tasks.length === 0,
        'a character followed by %% starts a comment: the task vanishes',
      );
      assert.equal(hash!.ok, false);
      assert.equal(semicolon!.ok, false);
      assert.ok(
        keyword!.ok && keyword!.diagram.tasks.length === 0 && keyword!.diagram.title === 'of a task: 3',
        'the task became the title',
      );
      assert.ok(escaped!.ok && escaped!.diagram.tasks[0]!.name === 'title %% # ;');
    });
  });

  for (const name of samples) {
    it(`${name}: the SVG shows every touchpoint label, in tasks[] order`, async () => {
      const analysis = analyzeJourney(readFileSync(join(SAMPLES, name), 'utf8'));
      assert.ok(analysis.journey, `${name} should be a valid map`);
      const diagram = toMermaid(analysis.journey);
      const rendered = await mermaid.render(diagram.text);
      assert.equal(rendered.taskElementCount, diagram.tasks.length);
      assert.deepEqual(
        rendered.taskTexts,
        diagram.tasks.map((task) => task.label),
      );
      const touchpointNames = analysis.journey.stages.flatMap((stage) =>
        (stage.touchpoints ?? []).map((touchpoint) => touchpoint.name),
      );
      for (const label of touchpointNames) assert.ok(rendered.taskTexts.includes(label), `${label} is drawn`);
      assert.ok(rendered.allText.includes(analysis.journey.journey), 'the title is drawn');
    });

    it(`${name}: the Markdown export's mermaid block parses, for the map and for each persona`, async () => {
      const analysis = analyzeJourney(readFileSync(join(SAMPLES, name), 'utf8'));
      const personas = [undefined, ...(analysis.journey?.personas ?? []).map((persona) => persona.id)];
      const blocks = personas.map(
        (persona) =>
          /```mermaid\n([\s\S]*?)\n```/.exec(toMarkdown(analysis, persona === undefined ? {} : { persona }))![1]!,
      );
      const outcomes = await mermaid.parseJourneys(blocks);
      outcomes.forEach((outcome, index) =>
        assert.ok(outcome.ok, `persona ${personas[index] ?? '(all)'}: ${outcome.ok ? '' : outcome.error}`),
      );
    });
  }
});
