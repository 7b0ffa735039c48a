import { aboutPersona } from '../reports';
import { defineRule, type GapReport } from '../rule';
import { concernsPersona } from '../touchpointFacts';

export const silentPersona = defineRule({
  meta: {
    code: 'JM217',
    name: 'silent-persona',
    defaultSeverity: 'info',
    description: 'A persona absent from several consecutive stages.',
    rationale:
      'When a persona vanishes for several stages, either the map forgets how that customer travels through them or the customer really drops out — which is churn the map should show.',
    options: [
      {
        name: 'stages',
        type: 'integer',
        default: 3,
        minimum: 2,
        maximum: 100,
        description: 'Number of consecutive stages without a touchpoint for a persona that counts as silence.',
      },
    ],
    messages: {
      silent:
        'Persona {persona} appears in no touchpoint of {count} consecutive stages (“{first}” to “{last}”). Add the touchpoints this persona goes through there, or show where and why it leaves the journey.',
      firstStage: 'First stage without {persona}',
      lastStage: 'Last stage without {persona}',
    },
    fixable: false,
    tags: [],
    examples: {
      valid: [
        `journey: Parcel delivery
personas:
  - id: rina
    name: Rina, busy online shopper
stages:
  - id: awareness
    name: Awareness
    touchpoints:
      - id: ad
        name: Instagram ad
  - id: purchase
    name: Purchase
  - id: delivery
    name: Delivery
  - id: advocacy
    name: Advocacy
    touchpoints:
      - id: review
        name: Leaves a review
`,
      ],
      invalid: [
        `journey: Parcel delivery
personas:
  - id: rina # ✗ JM217
    name: Rina, busy online shopper
  - id: budi
    name: Budi, shops by phone
stages:
  - id: awareness
    name: Awareness
    touchpoints:
      - id: ad
        name: Instagram ad
  - id: purchase
    name: Purchase
    touchpoints:
      - id: call
        name: Orders by phone
        personas: [budi]
  - id: delivery
    name: Delivery
    touchpoints:
      - id: courier
        name: Courier calls ahead
        personas: [budi]
  - id: support
    name: Support
    touchpoints:
      - id: hotline
        name: Calls the hotline
        personas: [budi]
  - id: advocacy
    name: Advocacy
    touchpoints:
      - id: review
        name: Leaves a review
`,
      ],
    },
  },
  check({ items, options }) {
    const reports: GapReport<'silent' | 'firstStage' | 'lastStage'>[] = [];
    for (const visit of items.personas) {
      const { persona } = visit;
      const present = items.stages.map(({ touchpoints }) =>
        touchpoints.some(({ touchpoint }) => concernsPersona(touchpoint, persona.id)),
      );
      // A persona absent from every stage is unused-persona's finding, not this one.
      if (!present.includes(true)) continue;
      let runStart = -1;
      present.concat(true).forEach((isPresent, stageIndex) => {
        if (!isPresent && runStart < 0) runStart = stageIndex;
        if (isPresent && runStart >= 0) {
          const length = stageIndex - runStart;
          if (length >= options.stages) {
            const first = items.stages[runStart]!;
            const last = items.stages[stageIndex - 1]!;
            reports.push({
              ...aboutPersona(visit, 'silent', { count: length, first: first.stage.name, last: last.stage.name }),
              related: [
                {
                  messageId: 'firstStage',
                  data: { persona: persona.id },
                  path: [...first.path, 'name'],
                  part: 'value',
                },
                {
                  messageId: 'lastStage',
                  data: { persona: persona.id },
                  path: [...last.path, 'name'],
                  part: 'value',
                },
              ],
            });
          }
          runStart = -1;
        }
      });
    }
    return reports;
  },
});
