import type { Touchpoint } from '../../generated/journey';
import { defineRule, type GapReport, type RuleContext, type RuleOption } from '../rule';

/**
 * Reports a journey whose touchpoints, among those recording `field`, all sit on one side of
 * it: message `allTrue` when every one is true, `allFalse` when every one is false.
 */
function checkOneSided(field: 'digital' | 'automated') {
  return ({ items, options }: RuleContext<'minTouchpoints'>): GapReport<'allTrue' | 'allFalse'>[] => {
    const recorded = items.touchpoints
      .map(({ touchpoint }) => (touchpoint as Touchpoint)[field])
      .filter((value): value is boolean => typeof value === 'boolean');
    if (recorded.length < options.minTouchpoints) return [];
    const trueCount = recorded.filter(Boolean).length;
    if (trueCount !== 0 && trueCount !== recorded.length) return [];
    return [
      {
        messageId: trueCount === 0 ? 'allFalse' : 'allTrue',
        data: { count: recorded.length },
        path: ['journey'],
        part: 'key',
      },
    ];
  };
}

const minTouchpoints: RuleOption<'minTouchpoints'> = {
  name: 'minTouchpoints',
  type: 'integer',
  default: 3,
  minimum: 1,
  maximum: 10000,
  description: 'Only journeys with at least this many touchpoints recording the attribute are checked.',
};

/** Three touchpoints recording `field`: all `value`, or one of each kind (`mixed`). */
function oneSidedExample(code: string, field: 'digital' | 'automated', value: boolean, mixed: boolean): string {
  return `journey: Parcel delivery${mixed ? '' : ` # ✗ ${code}`}
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - id: product-page
        name: Product page
        ${field}: ${value}
      - id: checkout
        name: Checkout
        ${field}: ${mixed ? !value : value}
      - id: confirmation
        name: Order confirmation
        ${field}: ${value}
`;
}

export const purelyDigitalOrPhysicalJourney = defineRule({
  meta: {
    code: 'JM210',
    name: 'purely-digital-or-physical-journey',
    defaultSeverity: 'info',
    description: 'Every touchpoint is digital, or every touchpoint is physical.',
    rationale:
      'Customers cross between screens and the physical world (a courier at the door, a store, a phone call). A journey mapped on one side only usually misses the hand-over between them.',
    options: [minTouchpoints],
    messages: {
      allTrue:
        'All {count} touchpoints that record `digital` are digital; none is physical. Check whether a physical moment is missing from the map (for example delivery, a store visit or a website).',
      allFalse:
        'All {count} touchpoints that record `digital` are physical; none is digital. Check whether a digital moment is missing from the map (for example delivery, a store visit or a website).',
    },
    fixable: false,
    tags: [],
    examples: {
      valid: [oneSidedExample('JM210', 'digital', true, true)],
      invalid: [oneSidedExample('JM210', 'digital', true, false)],
    },
  },
  check: checkOneSided('digital'),
});

export const purelyAutomatedOrHumanJourney = defineRule({
  meta: {
    code: 'JM211',
    name: 'purely-automated-or-human-journey',
    defaultSeverity: 'info',
    description: 'Every touchpoint is automated, or every touchpoint is served by a person.',
    rationale:
      'A journey with no person in it leaves customers stuck when automation fails; one with no automation does not scale. Either is worth a deliberate decision.',
    options: [minTouchpoints],
    messages: {
      allTrue:
        'All {count} touchpoints that record `automated` are automated; none is served by a person. Check whether customers need a touchpoint served by a person (chat, phone, store) when something goes wrong.',
      allFalse:
        'All {count} touchpoints that record `automated` are served by a person; none is automated. Check whether customers need a touchpoint that is automated (notifications, self-service).',
    },
    fixable: false,
    tags: [],
    examples: {
      valid: [oneSidedExample('JM211', 'automated', true, true)],
      invalid: [oneSidedExample('JM211', 'automated', true, false)],
    },
  },
  check: checkOneSided('automated'),
});
