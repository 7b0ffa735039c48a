import * as assert from 'node:assert/strict';
import { personaStyle } from '../../../src/core/canvas/index';
import { mermaidActorColours, mermaidConfigFor } from '../../../src/shared/mermaidConfig';

describe('persona palette in Mermaid', () => {
  const personas = ['Rina', 'Budi', 'Ayu'];

  it('gives each persona its canvas colour whatever the diagram shows', () => {
    // Mermaid sorts actors: Ayu, Budi, Rina.
    assert.deepEqual(mermaidActorColours(['Rina', 'Budi', 'Ayu'], personas, 'light'), [
      personaStyle(2).color,
      personaStyle(1).color,
      personaStyle(0).color,
    ]);
    // A one-persona diagram of Budi keeps Budi's colour.
    assert.deepEqual(mermaidActorColours(['Budi'], personas, 'light'), [personaStyle(1).color]);
    assert.deepEqual(mermaidActorColours(['Budi'], personas, 'dark'), [personaStyle(1, 'dark').color]);
  });

  it('passes the colours to Mermaid’s journey configuration', () => {
    const config = mermaidConfigFor({ theme: 'light', actorColours: ['#000001'] });
    assert.deepEqual((config.journey as { actorColours?: string[] }).actorColours, ['#000001']);
    assert.equal((mermaidConfigFor({ theme: 'light' }).journey as { actorColours?: string[] }).actorColours, undefined);
  });
});
