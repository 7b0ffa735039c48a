import type { GapReport, GapRule } from '../rule';
import { concernsPersona, quoted } from '../journeyWalk';

export const silentPersona: GapRule = {
  code: 'JM217',
  name: 'silent-persona',
  defaultSeverity: 'info',
  summary: 'A persona absent from several consecutive stages.',
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
  check({ journey, options }) {
    const minimum = options.stages ?? 3;
    const reports: GapReport[] = [];
    journey.personas?.forEach((persona, personaIndex) => {
      const present = journey.stages.map((stage) =>
        (stage.touchpoints ?? []).some((touchpoint) => concernsPersona(touchpoint, persona.id)),
      );
      // A persona absent from every stage is unused-persona's finding, not this one.
      if (!present.includes(true)) return;
      let runStart = -1;
      present.concat(true).forEach((isPresent, stageIndex) => {
        if (!isPresent && runStart < 0) runStart = stageIndex;
        if (isPresent && runStart >= 0) {
          const length = stageIndex - runStart;
          if (length >= minimum) {
            const first = journey.stages[runStart]!;
            const last = journey.stages[stageIndex - 1]!;
            reports.push({
              message:
                `Persona ${persona.id} appears in no touchpoint of ${length} consecutive stages (${quoted(first.name)} to ${quoted(last.name)}). ` +
                'Add the touchpoints this persona goes through there, or show where and why it leaves the journey.',
              path: ['personas', personaIndex, 'id'],
              part: 'value',
              related: [
                { message: `First stage without ${persona.id}`, path: ['stages', runStart, 'name'], part: 'value' },
                {
                  message: `Last stage without ${persona.id}`,
                  path: ['stages', stageIndex - 1, 'name'],
                  part: 'value',
                },
              ],
            });
          }
          runStart = -1;
        }
      });
    });
    return reports;
  },
};
