import { reportEach } from '../reports';
import { defineRule } from '../rule';

export const partiallyScoredTouchpoint = defineRule({
  meta: {
    code: 'JM222',
    name: 'touchpoint-scored-for-some-personas',
    defaultSeverity: 'warning',
    description: 'A touchpoint with per-persona emotions that leaves out some of the personas it concerns.',
    rationale:
      'Per-persona scores exist to compare how different customers feel at the same moment. A persona left out falls back to nothing: its curve skips the touchpoint and a valley can hide there.',
    options: [],
    messages: {
      missing:
        '“{touchpoint}” is scored for {scored} but not for {missing}, though it concerns them too. Add their scores, or list in `personas` only the personas it concerns.',
    },
    fixable: false,
    tags: [],
    examples: {
      valid: [
        `journey: Parcel delivery
personas:
  - id: rina
    name: Rina, busy online shopper
  - id: budi
    name: Budi, small seller
stages:
  - id: delivery
    name: Delivery
    touchpoints:
      - id: courier
        name: Courier hands over the parcel
        emotion: { rina: 2, budi: 4 }
`,
      ],
      invalid: [
        `journey: Parcel delivery
personas:
  - id: rina
    name: Rina, busy online shopper
  - id: budi
    name: Budi, small seller
stages:
  - id: delivery
    name: Delivery
    touchpoints:
      - id: courier
        name: Courier hands over the parcel
        emotion: { rina: 2 } # ✗ JM222
`,
      ],
    },
  },
  check({ items, journey }) {
    const everyone = (journey.personas ?? []).map((persona) => persona.id);
    return reportEach(items.touchpoints, ({ touchpoint, path }) => {
      const emotion = touchpoint.emotion;
      // A single score applies to every persona; no score at all is touchpoint-without-emotion's finding.
      if (typeof emotion !== 'object' || emotion === null) return undefined;
      const concerned = touchpoint.personas ?? everyone;
      const missing = concerned.filter((persona) => !(persona in emotion));
      if (missing.length === 0) return undefined;
      return {
        messageId: 'missing',
        data: { touchpoint: touchpoint.name, scored: Object.keys(emotion).join(', '), missing: missing.join(', ') },
        path: [...path, 'emotion'],
        part: 'key',
      };
    });
  },
});
