/**
 * The preview's pushed models: a drawing the preview already has goes out as `unchanged`,
 * without its Mermaid text or canvas input, in both views; a visible change goes out in full
 * (Mermaid) or as a small patch of the canvas input the page has; editor sync is answered by
 * the server, which keeps the drawing's tasks or elements and their ranges.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeJourney } from '../../../src/core/index';
import { PreviewWatches } from '../../../src/server/features/previewWatches';
import type { PreviewModelPush } from '../../../src/shared/languageProtocol';
import type { PreviewView } from '../../../src/shared/previewProtocol';
import { applyPatch, chunksOf, hashOf } from '../../../src/shared/textPatch';

const TODAY = '2026-11-23';
const sample = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'samples', 'parcel-delivery.journey.yaml'),
  'utf8',
);

describe('PreviewWatches (models pushed per analysed version)', () => {
  for (const view of ['map', 'mermaid'] as PreviewView[]) {
    it(`sends an unchanged ${view} drawing without its input, and a changed one in full`, () => {
      const pushed: PreviewModelPush[] = [];
      const watches = new PreviewWatches((push) => pushed.push(push));
      const options = { view, theme: 'light' as const, personas: null, hiddenLanes: [] };
      const uri = 'file:///parcel.journey.yaml';
      const first = watches.answer({
        uri,
        version: 1,
        fileName: 'parcel.journey.yaml',
        analysis: analyzeJourney(sample, { today: TODAY }),
        options,
        watchId: 'panel',
      });
      assert.ok(first.drawingHash);
      assert.ok(view === 'map' ? first.message.canvasInput?.text : first.message.diagram);

      // A comment at the top: every offset below moves, nothing drawn changes.
      const commented = `# edited\n${sample}`.replace('# edited\n', '# edited!\n');
      watches.analysed(uri, 2, analyzeJourney(`# note\n${sample}`, { today: TODAY }));
      watches.analysed(uri, 3, analyzeJourney(commented, { today: TODAY }));
      // The first push moved every line down one: the Mermaid tasks carry their line, the canvas does not.
      const third = pushed[1]!;
      assert.equal(third.version, 3);
      assert.equal(third.unchanged, true, 'the same drawing is not sent again');
      assert.equal(third.message.unchanged, true);
      assert.equal(third.message.canvasInput, undefined);
      assert.equal(third.message.diagram, undefined);
      assert.ok(third.message.summary, 'the summary is this version’s');

      // A renamed touchpoint is visible: sent in full.
      const renamed = commented.replace('name: ', 'name: Renamed ');
      watches.analysed(uri, 4, analyzeJourney(renamed, { today: TODAY }));
      const fourth = pushed[2]!;
      assert.equal(fourth.unchanged, undefined);
      assert.notEqual(fourth.drawingHash, third.drawingHash);
      if (view === 'map') {
        // As a patch of what the page has, which rebuilds exactly the new input.
        const patch = fourth.message.canvasInput!;
        assert.equal(patch.base, first.drawingHash);
        assert.equal(patch.text, undefined);
        const whole = watches.answer({
          uri,
          version: 4,
          fileName: 'parcel.journey.yaml',
          analysis: analyzeJourney(renamed, { today: TODAY }),
          options,
        }).message.canvasInput!.text!;
        assert.equal(applyPatch(chunksOf(first.message.canvasInput!.text!), patch.parts!), whole);
        assert.equal(hashOf(whole), patch.hash);
        assert.ok(JSON.stringify(patch).length < whole.length / 4, 'the patch is a fraction of the input');
      }

      // Editor sync, against the version last sent (4): the cursor in a touchpoint's emotion, a click.
      const at = renamed.indexOf('emotion:', renamed.indexOf('- id: social-ad'));
      const under = watches.sync({ uri, watchId: 'panel', offset: at });
      assert.equal(under?.version, 4);
      const target = view === 'map' ? { elementId: under!.elementId! } : { taskIndex: under!.taskIndex! };
      assert.ok(view === 'map' ? under?.elementId : under?.taskIndex !== null, 'a task or element under the cursor');
      const range = watches.sync({ uri, watchId: 'panel', ...target })?.range;
      assert.ok(range);
      assert.match(
        renamed.slice(range.start.offset, range.end.offset),
        /id: social-ad/,
        'a click goes to its first line',
      );
      assert.equal(watches.sync({ uri, watchId: 'other', offset: at }), null);

      watches.unwatch(uri, 'panel');
      watches.analysed(uri, 5, analyzeJourney(renamed, { today: TODAY }));
      assert.equal(pushed.length, 3, 'nothing pushed once the preview closed');
    });
  }
});
