import type { GapReport, GapRule } from '../rule';
import { quoted, touchpointsOf } from '../journeyWalk';

export const touchpointWithoutOwner: GapRule = {
  code: 'JM212',
  name: 'touchpoint-without-owner',
  defaultSeverity: 'warning',
  summary: 'A touchpoint with no owner.',
  rationale:
    'A touchpoint nobody owns is one nobody improves. Naming the accountable team (marketing, sales, support, logistics) is what aligns the organisation behind the map.',
  options: [],
  check({ journey, edits }) {
    return touchpointsOf(journey)
      .filter(({ touchpoint }) => touchpoint.owner === undefined)
      .map(({ touchpoint, path }): GapReport => {
        const edit = edits.addToMapping(path, touchpoint, ['owner: TODO']);
        return {
          message: `Touchpoint ${quoted(touchpoint.name)} has no owner: name the team accountable for it (\`owner:\`).`,
          path: [...path, 'name'],
          part: 'value',
          fixes: edit ? [{ title: 'Add an owner placeholder', edits: [edit], preferred: true }] : [],
        };
      });
  },
};
