import { strict as assert } from 'node:assert';
import { walkJourney } from '../../src/core/journeyWalk';
import { journey, opportunity, painPoint, persona, stage, touchpoint } from './helpers/journeyBuilder';

describe('walkJourney', () => {
  const map = journey({
    personas: [persona('rina')],
    stages: [
      stage('buy', {
        metrics: [{ type: 'nps', value: 20 }],
        touchpoints: [
          touchpoint('pay', {
            painPoints: [painPoint('slow')],
            opportunities: [opportunity(['slow'])],
            metrics: [{ type: 'csat', value: 4 }],
          }),
        ],
      }),
      stage('use'),
    ],
  });

  it('gives every item its document path and its parent', () => {
    const walk = walkJourney(map);
    assert.deepEqual(
      walk.personas.map((visit) => visit.path),
      [['personas', 0]],
    );
    assert.deepEqual(
      walk.stages.map((visit) => visit.path),
      [
        ['stages', 0],
        ['stages', 1],
      ],
    );
    assert.deepEqual(
      walk.touchpoints.map((visit) => [visit.path, visit.parent.stageIndex]),
      [
        [['stages', 0, 'touchpoints', 0], 0],
        [['stages', 1, 'touchpoints', 0], 1],
      ],
    );
    assert.deepEqual(walk.painPoints[0]!.path, ['stages', 0, 'touchpoints', 0, 'painPoints', 0]);
    assert.equal(walk.painPoints[0]!.parent, walk.touchpoints[0]);
    assert.deepEqual(walk.opportunities[0]!.path, ['stages', 0, 'touchpoints', 0, 'opportunities', 0]);
  });

  it('lists a stage’s own metrics before its touchpoints’ (the order of the analysis’ metrics)', () => {
    const walk = walkJourney(map);
    assert.deepEqual(
      walk.metrics.map((visit) => [visit.path, visit.scope]),
      [
        [['stages', 0, 'metrics', 0], 'stage'],
        [['stages', 0, 'touchpoints', 0, 'metrics', 0], 'touchpoint'],
      ],
    );
    assert.equal(walk.stages[0]!.metrics[0], walk.metrics[0]);
    assert.equal(walk.touchpoints[0]!.metrics[0], walk.metrics[1]);
  });

  it('skips entries that are not objects but keeps the document’s indexes', () => {
    const walk = walkJourney({ stages: ['oops', { touchpoints: [null, { id: 'b' }] }], personas: 'none' });
    assert.deepEqual(
      walk.stages.map((visit) => visit.stageIndex),
      [1],
    );
    assert.deepEqual(walk.touchpoints[0]!.path, ['stages', 1, 'touchpoints', 1]);
    assert.equal(walk.personas.length, 0);
  });

  it('walks nothing in a value that is not a map', () => {
    for (const value of [undefined, null, 'text', [1, 2]]) assert.equal(walkJourney(value).stages.length, 0);
  });
});
