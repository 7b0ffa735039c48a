import { channelsOf } from '../touchpointFacts';
import { aboutStage, reportEach } from '../reports';
import { defineRule } from '../rule';

export const singleChannelStage = defineRule({
  meta: {
    code: 'JM209',
    name: 'single-channel-stage',
    defaultSeverity: 'info',
    description: 'A stage whose touchpoints all use one channel.',
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
    messages: {
      singleChannel:
        'Every touchpoint of stage “{stage}” uses the same channel ({channel}). Customers who prefer another channel have no way through this stage: consider adding one.',
    },
    fixable: false,
    tags: [],
    examples: {
      valid: [
        `journey: Parcel delivery
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - id: checkout
        name: Checkout in the app
        channel: app
      - id: call
        name: Call to confirm the order
        channel: phone
`,
      ],
      invalid: [
        `journey: Parcel delivery
stages:
  - id: purchase
    name: Purchase # ✗ JM209
    touchpoints:
      - id: checkout
        name: Checkout in the app
        channel: app
      - id: payment
        name: Pays in the app
        channel: app
`,
      ],
    },
  },
  check({ items, options }) {
    return reportEach(items.stages, (visit) => {
      const recorded = visit.touchpoints
        .map(({ touchpoint }) => channelsOf(touchpoint))
        .filter((channels) => channels.length > 0);
      const [channel, ...others] = new Set(recorded.flat());
      if (recorded.length < options.minTouchpoints || channel === undefined || others.length > 0) return undefined;
      return aboutStage(visit, 'singleChannel', { channel });
    });
  },
});
