/**
 * The preview's pushed models: a drawing the preview already has goes out as `unchanged`,
 * without its Mermaid text or canvas, in both views; a visible change goes out in full.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeJourney } from '../../../src/core/index';
import { PreviewWatches } from '../../../src/server/features/previewWatches';
import type { PreviewModelPush } from '../../../src/shared/languageProtocol';
import type { PreviewView } from '../../../src/shared/previewProtocol';

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
      assert.ok(view === 'map' ? first.message.canvas : first.message.diagram);

      // A comment at the top: every offset below moves, nothing drawn changes.
      const commented = `# edited\n${sample}`.replace('# edited\n', '# edited!\n');
      watches.analysed(uri, 2, analyzeJourney(`# note\n${sample}`, { today: TODAY }));
      watches.analysed(uri, 3, analyzeJourney(commented, { today: TODAY }));
      // The first push moved every line down one: the Mermaid tasks carry their line, the canvas does not.
      const third = pushed[1]!;
      assert.equal(third.version, 3);
      assert.equal(third.unchanged, true, 'the same drawing is not sent again');
      assert.equal(third.message.unchanged, true);
      assert.equal(third.message.canvas, undefined);
      assert.equal(third.message.diagram, undefined);
      assert.ok(third.message.summary, 'the summary is this version’s');

      // A renamed touchpoint is visible: sent in full.
      const renamed = commented.replace('name: ', 'name: Renamed ');
      watches.analysed(uri, 4, analyzeJourney(renamed, { today: TODAY }));
      const fourth = pushed[2]!;
      assert.equal(fourth.unchanged, undefined);
      assert.notEqual(fourth.drawingHash, third.drawingHash);

      watches.unwatch(uri, 'panel');
      watches.analysed(uri, 5, analyzeJourney(renamed, { today: TODAY }));
      assert.equal(pushed.length, 3, 'nothing pushed once the preview closed');
    });
  }
});
