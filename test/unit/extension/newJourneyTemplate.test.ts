import assert from 'node:assert/strict';
import { analyzeJourney } from '../../../src/core/index';
import { newJourneyTemplate, SCHEMA_MODELINE } from '../../../src/extension/commands/newJourneyTemplate';

describe('newJourneyTemplate', () => {
  const text = newJourneyTemplate('2026-11-23');
  const analysis = analyzeJourney(text, { today: '2026-11-23' });

  it('is a valid map: no syntax, schema or reference errors', () => {
    const errors = analysis.findings.filter((finding) => finding.category !== 'gap');
    assert.deepEqual(errors, []);
    assert.ok(analysis.journey, 'the typed journey is available');
  });

  it('has the five canonical stages in order', () => {
    assert.deepEqual(
      analysis.journey?.stages.map((stage) => stage.kind),
      ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'],
    );
    for (const stage of analysis.journey?.stages ?? []) {
      assert.ok(stage.customerGoal && stage.businessGoal, `${stage.id} has both goals`);
      assert.ok((stage.touchpoints?.length ?? 0) > 0, `${stage.id} has a touchpoint`);
    }
  });

  it('starts with the schema modeline and carries the review date', () => {
    assert.ok(text.startsWith(SCHEMA_MODELINE));
    assert.equal(analysis.journey?.reviewed, '2026-11-23');
  });

  it('opens with the hints a user sees in Problems: the four stages that measure nothing yet, as info', () => {
    // Purchase comes with a metric to fill in; the other stages ask for one. Nothing is an
    // error or a warning: a new map must not open red.
    assert.deepEqual(
      analysis.findings.map((finding) => ({
        code: finding.code,
        severity: finding.severity,
        on: text.slice(finding.range.start.offset, finding.range.end.offset),
      })),
      ['Awareness', 'Consideration', 'Retention', 'Advocacy'].map((stage) => ({
        code: 'JM214',
        severity: 'info',
        on: stage,
      })),
    );
    for (const finding of analysis.findings) assert.match(finding.message, /metric/i);
  });
});
