/**
 * A comment-only edit leaves the preview's drawing alone: on a big generated map (1,200
 * touchpoints, past Mermaid's text limit, so the Map view's canvas is drawn), the drawingHash
 * the server sends is the same before and after a comment is typed, whether the edit is analysed
 * in full (a comment at the top) or incrementally (a comment line inside a touchpoint), and
 * differs after a visible edit. The benchmark map of 3,800 touchpoints once broke the schema's
 * 200-touchpoints-per-stage limit, so nothing was drawn and no version could be "unchanged".
 */
import assert from 'node:assert/strict';
import type { JourneyAnalysis } from '../../../src/core/index';
import { buildPreviewUpdate } from '../../../src/shared/previewUpdate';
import { drawingHash } from '../../../src/server/features/previewWatches';
import { incrementalAnalyzer, type IncrementalStats } from '../../../src/server/incremental/incrementalAnalyzer';
import type { DocumentSettings } from '../../../src/server/settings';
import type { PreviewView } from '../../../src/shared/previewProtocol';
import { mapWithTouchpoints } from '../helpers/generatedMaps';

const TODAY = '2026-11-23';
const SETTINGS: DocumentSettings = { rules: {}, validationDelayMs: 0, validateClosedMaps: false, generation: 0 };

function hashOf(analysis: JourneyAnalysis, view: PreviewView): string | undefined {
  const model = buildPreviewUpdate({
    uri: 'file:///big.journey.yaml',
    version: 1,
    fileName: 'big.journey.yaml',
    analysis,
    options: { view, theme: 'light', personas: null, hiddenLanes: [] },
  });
  return drawingHash(model.message);
}

describe('a comment-only edit keeps the drawingHash of a big map', function () {
  this.timeout(120_000);

  it('at 1,200 touchpoints, in both views, analysed in full and incrementally', () => {
    const stats: IncrementalStats = { incremental: 0, full: 0 };
    const analyze = incrementalAnalyzer(TODAY, stats);
    const base = mapWithTouchpoints(1200);
    const first = analyze(base, SETTINGS, undefined);
    assert.deepEqual(
      first.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.message),
      [],
      'the generated map is valid at this size',
    );
    // A visible edit: a touchpoint's name, in the middle of the map.
    const nameEnd = base.indexOf('"\n', base.indexOf('name: "Touchpoint', Math.floor(base.length / 2)));
    const renamed = `${base.slice(0, nameEnd)} again${base.slice(nameEnd)}`;
    const named = analyze(renamed, SETTINGS, first);
    // A comment typed into the first line, then a comment line inside a touchpoint.
    const topComment = `${renamed.slice(0, 2)}note: ${renamed.slice(2)}`;
    const commentedTop = analyze(topComment, SETTINGS, named);
    const lineEnd = topComment.indexOf('\n', topComment.indexOf('owner: support', Math.floor(topComment.length / 3)));
    const inner = `${topComment.slice(0, lineEnd + 1)}        # checked with the support team\n${topComment.slice(lineEnd + 1)}`;
    const commentedInside = analyze(inner, SETTINGS, commentedTop);
    assert.ok(stats.incremental >= 2, `the name and the inner comment were spliced (${JSON.stringify(stats)})`);

    for (const view of ['map', 'mermaid'] as PreviewView[]) {
      const before = hashOf(first, view);
      const afterName = hashOf(named, view);
      assert.ok(before, `${view}: something is drawn`);
      assert.notEqual(afterName, before, `${view}: a renamed touchpoint is a new drawing`);
      assert.equal(hashOf(commentedTop, view), afterName, `${view}: a comment at the top changes nothing drawn`);
      assert.equal(
        hashOf(commentedInside, view),
        afterName,
        `${view}: a comment inside a touchpoint changes nothing drawn`,
      );
    }
  });
});
