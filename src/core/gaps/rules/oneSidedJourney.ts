import type { Touchpoint } from '../../generated/journey';
import type { GapReport, GapRule, RuleContext } from '../rule';
import { touchpointsOf } from '../journeyWalk';

interface Sides {
  readonly field: 'digital' | 'automated';
  readonly whenTrue: string;
  readonly whenFalse: string;
  readonly advice: (missing: string) => string;
}

/** Reports a journey whose touchpoints, among those recording `field`, all sit on one side of it. */
function checkOneSided(sides: Sides) {
  return ({ journey, options }: RuleContext): GapReport[] => {
    const recorded = touchpointsOf(journey)
      .map(({ touchpoint }) => (touchpoint as Touchpoint)[sides.field])
      .filter((value): value is boolean => typeof value === 'boolean');
    if (recorded.length < (options.minTouchpoints ?? 3)) return [];
    const trueCount = recorded.filter(Boolean).length;
    if (trueCount !== 0 && trueCount !== recorded.length) return [];
    const present = trueCount === 0 ? sides.whenFalse : sides.whenTrue;
    const missing = trueCount === 0 ? sides.whenTrue : sides.whenFalse;
    return [
      {
        message: `All ${recorded.length} touchpoints that record \`${sides.field}\` are ${present}; none is ${missing}. ${sides.advice(missing)}`,
        path: ['journey'],
        part: 'key',
      },
    ];
  };
}

const minTouchpoints = {
  name: 'minTouchpoints',
  type: 'integer',
  default: 3,
  minimum: 1,
  maximum: 10000,
  description: 'Only journeys with at least this many touchpoints recording the attribute are checked.',
} as const;

export const purelyDigitalOrPhysicalJourney: GapRule = {
  code: 'JM210',
  name: 'purely-digital-or-physical-journey',
  defaultSeverity: 'info',
  summary: 'Every touchpoint is digital, or every touchpoint is physical.',
  rationale:
    'Customers cross between screens and the physical world (a courier at the door, a store, a phone call). A journey mapped on one side only usually misses the hand-over between them.',
  options: [minTouchpoints],
  check: checkOneSided({
    field: 'digital',
    whenTrue: 'digital',
    whenFalse: 'physical',
    advice: (missing) =>
      `Check whether a ${missing} moment is missing from the map (for example delivery, a store visit or a website).`,
  }),
};

export const purelyAutomatedOrHumanJourney: GapRule = {
  code: 'JM211',
  name: 'purely-automated-or-human-journey',
  defaultSeverity: 'info',
  summary: 'Every touchpoint is automated, or every touchpoint is served by a person.',
  rationale:
    'A journey with no person in it leaves customers stuck when automation fails; one with no automation does not scale. Either is worth a deliberate decision.',
  options: [minTouchpoints],
  check: checkOneSided({
    field: 'automated',
    whenTrue: 'automated',
    whenFalse: 'served by a person',
    advice: (missing) =>
      `Check whether customers need a touchpoint ${missing === 'automated' ? 'that is automated (notifications, self-service)' : 'served by a person (chat, phone, store) when something goes wrong'}.`,
  }),
};
