import type { GapReport, GapRule } from '../rule';
import { quoted } from '../journeyWalk';

export const stageWithoutMetrics: GapRule = {
  code: 'JM214',
  name: 'stage-without-metrics',
  defaultSeverity: 'info',
  summary: 'A stage where nothing is measured.',
  rationale:
    'Without a metric (CSAT, NPS, CES, conversion, bounce…) on the stage or one of its touchpoints, the emotions in the map are guesses and progress cannot be shown.',
  options: [],
  check({ journey }) {
    const reports: GapReport[] = [];
    journey.stages.forEach((stage, index) => {
      const measured =
        (stage.metrics?.length ?? 0) > 0 ||
        (stage.touchpoints ?? []).some((touchpoint) => (touchpoint.metrics?.length ?? 0) > 0);
      if (measured) return;
      reports.push({
        message: `Nothing is measured in stage ${quoted(stage.name)}: add a metric (e.g. CSAT, NPS or CES with a target) to the stage or one of its touchpoints.`,
        path: ['stages', index, 'name'],
        part: 'value',
      });
    });
    return reports;
  },
};
