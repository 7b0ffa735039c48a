import * as assert from 'node:assert/strict';
import { personaStyle } from '../../../src/core/canvas/index';
import { toMermaid } from '../../../src/core/mermaid/index';
import type { Journey } from '../../../src/core/generated/journey';
import { mermaidActorColours } from '../../../src/shared/mermaidConfig';

describe('persona palette in Mermaid', () => {
  // Map order Rina, Budi, Ayu: palette slots 0, 1, 2. Mermaid sorts actors: Ayu, Budi, Rina.
  const journey = {
    journey: 'Palette',
    personas: [
      { id: 'rina', name: 'Rina' },
      { id: 'budi', name: 'Budi' },
      { id: 'ayu', name: 'Ayu' },
    ],
    stages: [{ id: 's', name: 'S', touchpoints: [{ id: 't', name: 'T', emotion: { rina: 4, budi: 2, ayu: 3 } }] }],
  } as unknown as Journey;

  it('gives each actor its persona’s palette slot, in the order Mermaid colours actors', () => {
    assert.deepEqual(toMermaid(journey).actorSlots, [2, 1, 0]);
    // A one-persona diagram of Budi keeps Budi's slot.
    assert.deepEqual(toMermaid(journey, { persona: 'budi' }).actorSlots, [1]);
  });

  it('sorts by Mermaid’s own key: an escaped name sorts by its placeholder, not by its text', () => {
    // `:` is written #58; and held by Mermaid as "ﬂ°°58¶ß", which sorts after "Zed".
    const named = {
      ...journey,
      personas: [
        { id: 'a', name: ':Colon' },
        { id: 'b', name: 'Zed' },
      ],
      stages: [{ id: 's', name: 'S', touchpoints: [{ id: 't', name: 'T', emotion: 3 }] }],
    } as unknown as Journey;
    assert.deepEqual(toMermaid(named).actorSlots, [1, 0]);
  });

  it('turns slots into the palette’s colours for the theme', () => {
    assert.deepEqual(mermaidActorColours([2, 1, 0], 'light'), [
      personaStyle(2).color,
      personaStyle(1).color,
      personaStyle(0).color,
    ]);
    assert.deepEqual(mermaidActorColours([1], 'dark'), [personaStyle(1, 'dark').color]);
    assert.deepEqual(mermaidActorColours([1], 'high-contrast-light'), [personaStyle(1, 'light').color]);
  });
});
