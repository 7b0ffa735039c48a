import { defineRule, type FixProposal, type GapReport } from '../rule';
import type { JourneyEdits } from '../types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 for a valid YYYY-MM-DD date, else undefined (2026-02-30 is not a date). */
export function dayNumber(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return undefined;
  return time / DAY_MS;
}

type MessageId = 'notReviewed' | 'stale' | 'markReviewed';

export const staleReview = defineRule({
  meta: {
    code: 'JM216',
    name: 'stale-review',
    defaultSeverity: 'warning',
    description: 'The map has not been reviewed for a long time (or never says when it was).',
    rationale:
      'Journeys change with every product and channel change; the sources advise testing the map against real customers and updating it regularly. An old map is a confident picture of the past.',
    options: [
      {
        name: 'maxAgeDays',
        type: 'integer',
        default: 180,
        minimum: 1,
        maximum: 3650,
        description: 'Largest number of days since `reviewed` before the map counts as stale.',
      },
    ],
    messages: {
      notReviewed:
        'The map does not say when it was last reviewed: add `reviewed: YYYY-MM-DD` after checking it against real customers.',
      stale:
        'The map was last reviewed on {reviewed}, {age} days ago (more than {maxAgeDays}). Walk the journey again with real customers, update what changed and the `reviewed` date.',
      markReviewed: 'Mark as reviewed today ({today})',
    },
    fixable: true,
    tags: [],
    examples: {
      valid: [
        `journey: Parcel delivery
reviewed: 2026-03-15
stages:
  - id: purchase
    name: Purchase
`,
      ],
      invalid: [
        `journey: Parcel delivery
reviewed: 2025-09-30 # ✗ JM216
stages:
  - id: purchase
    name: Purchase
`,
        `journey: Parcel delivery # ✗ JM216
stages:
  - id: purchase
    name: Purchase
`,
      ],
    },
  },
  check({ journey, today, options }) {
    const todayNumber = dayNumber(today);
    if (todayNumber === undefined) return [];
    const markToday = (edit: (edits: JourneyEdits) => ReturnType<JourneyEdits['replaceValue']>) =>
      [{ messageId: 'markReviewed', data: { today }, edit }] satisfies FixProposal<MessageId>[];
    if (journey.reviewed === undefined) {
      return [
        {
          messageId: 'notReviewed',
          path: ['journey'],
          part: 'key',
          severity: 'info',
          fixes: markToday((edits) => edits.insertAfterEntry(['journey'], [`reviewed: ${today}`])),
        } satisfies GapReport<MessageId>,
      ];
    }
    const reviewed = dayNumber(journey.reviewed);
    if (reviewed === undefined || todayNumber - reviewed <= options.maxAgeDays) return [];
    return [
      {
        messageId: 'stale',
        data: { reviewed: journey.reviewed, age: todayNumber - reviewed, maxAgeDays: options.maxAgeDays },
        path: ['reviewed'],
        part: 'value',
        fixes: markToday((edits) => edits.replaceValue(['reviewed'], today)),
      } satisfies GapReport<MessageId>,
    ];
  },
});
