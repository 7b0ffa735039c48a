import type { GapReport, GapRule } from '../rule';
import { quoted } from '../journeyWalk';

export const singleChannelStage: GapRule = {
  code: 'JM209',
  name: 'single-channel-stage',
  defaultSeverity: 'info',
  summary: 'A stage whose touchpoints all use one channel.',
  rationale:
    'Omnichannel customers move between phone, laptop and store and expect to continue where they left off. A stage served by one channel is a coverage gap worth a look, not necessarily an error.',
  options: [
    {
      name: 'minTouchpoints',
      type: 'integer',
      default: 2,
      minimum: 1,
      maximum: 200,
      description: 'Only stages with at least this many touchpoints that record a channel are checked.',
    },
  ],
  check({ journey, options }) {
    const minTouchpoints = options.minTouchpoints ?? 2;
    const reports: GapReport[] = [];
    journey.stages.forEach((stage, index) => {
      const channels = (stage.touchpoints ?? []).flatMap((touchpoint) =>
        touchpoint.channel ? [touchpoint.channel] : [],
      );
      const distinct = new Set(channels);
      if (channels.length < minTouchpoints || distinct.size !== 1) return;
      const [channel] = distinct;
      reports.push({
        message: `Every touchpoint of stage ${quoted(stage.name)} uses the same channel (${channel}). Customers who prefer another channel have no way through this stage: consider adding one.`,
        path: ['stages', index, 'name'],
        part: 'value',
      });
    });
    return reports;
  },
};
