import type { GapReport, GapRule } from '../rule';

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

export const staleReview: GapRule = {
  code: 'JM216',
  name: 'stale-review',
  defaultSeverity: 'warning',
  summary: 'The map has not been reviewed for a long time (or never says when it was).',
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
  check({ journey, today, options, edits }) {
    const todayNumber = dayNumber(today);
    if (todayNumber === undefined) return [];
    const markToday = (edit: ReturnType<typeof edits.replaceValue>) =>
      edit ? [{ title: `Mark as reviewed today (${today})`, edits: [edit] }] : [];
    if (journey.reviewed === undefined) {
      return [
        {
          message:
            'The map does not say when it was last reviewed: add `reviewed: YYYY-MM-DD` after checking it against real customers.',
          path: ['journey'],
          part: 'key',
          severity: 'info',
          fixes: markToday(edits.insertAfterEntry(['journey'], [`reviewed: ${today}`])),
        } satisfies GapReport,
      ];
    }
    const reviewed = dayNumber(journey.reviewed);
    const maxAgeDays = options.maxAgeDays ?? 180;
    if (reviewed === undefined || todayNumber - reviewed <= maxAgeDays) return [];
    const age = todayNumber - reviewed;
    return [
      {
        message: `The map was last reviewed on ${journey.reviewed}, ${age} days ago (more than ${maxAgeDays}). Walk the journey again with real customers, update what changed and the \`reviewed\` date.`,
        path: ['reviewed'],
        part: 'value',
        fixes: markToday(edits.replaceValue(['reviewed'], today)),
      },
    ];
  },
};
