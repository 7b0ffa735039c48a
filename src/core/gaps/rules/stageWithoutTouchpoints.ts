import type { GapReport, GapRule } from '../rule';
import { quoted } from '../journeyWalk';

export const stageWithoutTouchpoints: GapRule = {
  code: 'JM203',
  name: 'stage-without-touchpoints',
  defaultSeverity: 'warning',
  summary: 'A stage with no touchpoints.',
  rationale:
    'A stage without touchpoints says nothing about how the customer meets the brand there; it is usually a stage the team has not looked at yet.',
  options: [],
  check({ journey }) {
    const reports: GapReport[] = [];
    journey.stages.forEach((stage, index) => {
      if (stage.touchpoints?.length) return;
      reports.push({
        message: `Stage ${quoted(stage.name)} has no touchpoints. Add the points where the customer meets the brand in this stage, or remove the stage.`,
        path: ['stages', index, 'name'],
        part: 'value',
      });
    });
    return reports;
  },
};
