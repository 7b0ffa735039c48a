import { aboutPersona, reportEach } from '../reports';
import { defineRule } from '../rule';
import { concernsPersona } from '../touchpointFacts';

export const unusedPersona = defineRule({
  meta: {
    code: 'JM215',
    name: 'unused-persona',
    defaultSeverity: 'warning',
    description: 'A persona that appears in no touchpoint.',
    rationale:
      'A persona that no touchpoint concerns is a customer the map claims to serve but never follows: either its journey is missing or the persona does not belong here.',
    options: [],
    messages: {
      unused:
        'Persona {persona} appears in no touchpoint. Add it to the `personas` of the touchpoints it goes through, or remove it from the map.',
    },
    fixable: false,
    tags: ['unnecessary'],
    examples: {
      valid: [
        `journey: Parcel delivery
personas:
  - id: rina
    name: Rina, busy online shopper
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - id: checkout
        name: Checkout in the app
        personas: [rina]
`,
      ],
      invalid: [
        `journey: Parcel delivery
personas:
  - id: rina
    name: Rina, busy online shopper
  - id: budi # ✗ JM215
    name: Budi, shops by phone
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - id: checkout
        name: Checkout in the app
        personas: [rina]
`,
      ],
    },
  },
  check({ items }) {
    const visits = items.touchpoints;
    if (visits.length === 0) return [];
    return reportEach(items.personas, (visit) =>
      visits.some(({ touchpoint }) => concernsPersona(touchpoint, visit.persona.id))
        ? undefined
        : aboutPersona(visit, 'unused'),
    );
  },
});
