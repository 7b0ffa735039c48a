import type { GapRule } from '../rule';
import { quoted, touchpointsOf } from '../journeyWalk';

export const touchpointWithoutEmotion: GapRule = {
  code: 'JM204',
  name: 'touchpoint-without-emotion',
  defaultSeverity: 'warning',
  summary: 'A touchpoint with no emotion recorded.',
  rationale:
    'The emotional curve is the heart of a journey map. A touchpoint without an emotion leaves a hole in the curve and hides valleys.',
  options: [],
  check({ journey }) {
    return touchpointsOf(journey)
      .filter(({ touchpoint }) => touchpoint.emotion === undefined)
      .map(({ touchpoint, path }) => ({
        message: `Touchpoint ${quoted(touchpoint.name)} has no emotion: record how the customer feels here, from 1 (very negative) to 5 (very positive), e.g. \`emotion: 3\`.`,
        path: [...path, 'name'],
        part: 'value' as const,
      }));
  },
};
