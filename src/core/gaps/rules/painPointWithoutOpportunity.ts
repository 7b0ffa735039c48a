import type { Fix } from '../../findings';
import type { GapReport, GapRule } from '../rule';
import { quoted, touchpointsOf } from '../journeyWalk';
import { yamlText } from '../yamlEdits';

export const painPointWithoutOpportunity: GapRule = {
  code: 'JM201',
  name: 'pain-point-without-opportunity',
  defaultSeverity: 'warning',
  summary: 'A pain point that no opportunity addresses.',
  rationale:
    'Mapping a pain point is only half the work: until an opportunity addresses it, nobody is going to fix it, and the map is a list of complaints rather than a plan.',
  options: [],
  check({ journey, edits }) {
    const addressed = new Set<string>();
    for (const { touchpoint } of touchpointsOf(journey)) {
      for (const opportunity of touchpoint.opportunities ?? [])
        for (const id of opportunity.addresses ?? []) addressed.add(id);
    }
    const reports: GapReport[] = [];
    for (const { touchpoint, path } of touchpointsOf(journey)) {
      touchpoint.painPoints?.forEach((painPoint, index) => {
        if (addressed.has(painPoint.id)) return;
        const itemLines = [
          `description: ${yamlText(`TODO: how to remove ${painPoint.id}`)}`,
          `addresses: [${yamlText(painPoint.id)}]`,
        ];
        const edit = touchpoint.opportunities?.length
          ? edits.appendToSequence([...path, 'opportunities'], touchpoint.opportunities, itemLines)
          : touchpoint.opportunities === undefined
            ? edits.addToMapping(path, touchpoint, [
                'opportunities:',
                ...itemLines.map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`)),
              ])
            : undefined;
        const fixes: Fix[] = edit
          ? [{ title: `Add an opportunity that addresses ${painPoint.id}`, edits: [edit], preferred: true }]
          : [];
        reports.push({
          message: `Pain point ${painPoint.id} at ${quoted(touchpoint.name)} has no opportunity addressing it. Add an opportunity with \`addresses: [${painPoint.id}]\` and an owner.`,
          path: [...path, 'painPoints', index, 'id'],
          part: 'value',
          fixes,
        });
      });
    }
    return reports;
  },
};
