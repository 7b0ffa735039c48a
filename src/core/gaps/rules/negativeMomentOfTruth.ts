import type { GapReport, GapRule } from '../rule';
import { EVERY_PERSONA, emotionScores, quoted, touchpointsOf } from '../journeyWalk';

export const negativeMomentOfTruth: GapRule = {
  code: 'JM206',
  name: 'negative-moment-of-truth',
  defaultSeverity: 'warning',
  summary: 'A moment of truth where the customer feels bad.',
  rationale:
    'A moment of truth decides how the customer sees the brand; a negative emotion there outweighs many good touchpoints and is where churn starts.',
  options: [
    {
      name: 'maxEmotion',
      type: 'integer',
      default: 2,
      minimum: 1,
      maximum: 4,
      description: 'Highest emotion score (1–5) at a moment of truth that still counts as negative.',
    },
  ],
  check({ journey, options }) {
    const maxEmotion = options.maxEmotion ?? 2;
    const reports: GapReport[] = [];
    for (const { touchpoint, path } of touchpointsOf(journey)) {
      if (touchpoint.momentOfTruth !== true) continue;
      let worst: { key: string; score: number } | undefined;
      for (const [key, score] of emotionScores(touchpoint)) if (!worst || score < worst.score) worst = { key, score };
      if (!worst || worst.score > maxEmotion) continue;
      const who = worst.key === EVERY_PERSONA ? 'the customer feels' : `${worst.key} feels`;
      reports.push({
        message:
          `${quoted(touchpoint.name)} is a moment of truth and ${who} ${worst.score} out of 5 here. ` +
          'This moment decides how the brand is perceived: make it a priority, with its pain points and an owned opportunity.',
        path: worst.key === EVERY_PERSONA ? [...path, 'emotion'] : [...path, 'emotion', worst.key],
        part: 'value',
        related: [{ message: 'Marked as a moment of truth here', path: [...path, 'momentOfTruth'], part: 'key' }],
      });
    }
    return reports;
  },
};
