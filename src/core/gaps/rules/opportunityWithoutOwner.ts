import type { GapReport, GapRule } from '../rule';
import { quoted, touchpointsOf } from '../journeyWalk';

export const opportunityWithoutOwner: GapRule = {
  code: 'JM202',
  name: 'opportunity-without-owner',
  defaultSeverity: 'warning',
  summary: 'An opportunity with no owner.',
  rationale:
    'An idea that belongs to no team is an idea nobody ships. Naming the owner is what turns the map into internal alignment.',
  options: [],
  check({ journey, edits }) {
    const reports: GapReport[] = [];
    for (const { touchpoint, path } of touchpointsOf(journey)) {
      touchpoint.opportunities?.forEach((opportunity, index) => {
        if (opportunity.owner !== undefined) return;
        const opportunityPath = [...path, 'opportunities', index];
        const edit = edits.addToMapping(opportunityPath, opportunity, ['owner: TODO']);
        reports.push({
          message: `This opportunity at ${quoted(touchpoint.name)} has no owner: name the team that will deliver it (\`owner:\`).`,
          path: [...opportunityPath, 'description'],
          part: 'value',
          fixes: edit ? [{ title: 'Add an owner placeholder', edits: [edit], preferred: true }] : [],
        });
      });
    }
    return reports;
  },
};
