import type { GapReport, GapRule } from '../rule';
import { concernsPersona, touchpointsOf } from '../journeyWalk';

export const unusedPersona: GapRule = {
  code: 'JM215',
  name: 'unused-persona',
  defaultSeverity: 'warning',
  summary: 'A persona that appears in no touchpoint.',
  rationale:
    'A persona that no touchpoint concerns is a customer the map claims to serve but never follows: either its journey is missing or the persona does not belong here.',
  options: [],
  check({ journey }) {
    const visits = touchpointsOf(journey);
    if (visits.length === 0) return [];
    const reports: GapReport[] = [];
    journey.personas?.forEach((persona, index) => {
      if (visits.some(({ touchpoint }) => concernsPersona(touchpoint, persona.id))) return;
      reports.push({
        message: `Persona ${persona.id} appears in no touchpoint. Add it to the \`personas\` of the touchpoints it goes through, or remove it from the map.`,
        path: ['personas', index, 'id'],
        part: 'value',
      });
    });
    return reports;
  },
};
