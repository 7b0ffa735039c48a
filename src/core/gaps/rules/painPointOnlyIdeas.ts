import { isMetricOn } from '../../metrics/place';
import { reportEach } from '../reports';
import { defineRule } from '../rule';

export const painPointOnlyIdeas = defineRule({
  meta: {
    code: 'JM221',
    name: 'high-severity-pain-point-only-ideas',
    defaultSeverity: 'warning',
    description: 'A high-severity pain point that only ideas address: nothing planned, in progress or done.',
    rationale:
      'A high-severity pain point loses customers. An idea nobody has planned is not yet a response to it; the map should show which opportunity the team commits to, all the more when a metric at the same place already misses its target. An opportunity without a status counts as an idea.',
    options: [],
    messages: {
      onlyIdeas:
        'Pain point {id} at “{touchpoint}” is high severity, but only ideas address it (status `idea`, or no status). Plan one of them (`status: planned`) with an owner, or lower the severity.',
      onlyIdeasBelowTarget:
        'Pain point {id} at “{touchpoint}” is high severity and {metric} already misses its target, but only ideas address it. Plan one of them (`status: planned`) with an owner: this is where customers are being lost.',
      idea: 'Addressed only by this idea',
    },
    fixable: false,
    tags: [],
    examples: {
      valid: [
        `journey: Parcel delivery
stages:
  - id: delivery
    name: Delivery
    touchpoints:
      - id: courier
        name: Courier hands over the parcel
        painPoints:
          - id: late
            description: The parcel arrives a day late
            severity: high
        opportunities:
          - description: Same-day delivery partner in big cities
            addresses: [late]
            owner: logistics
            status: planned
`,
      ],
      invalid: [
        `journey: Parcel delivery
stages:
  - id: delivery
    name: Delivery
    touchpoints:
      - id: courier
        name: Courier hands over the parcel
        painPoints:
          - id: late # ✗ JM221
            description: The parcel arrives a day late
            severity: high
        opportunities:
          - description: Same-day delivery partner in big cities
            addresses: [late]
            owner: logistics
            status: idea
`,
      ],
    },
  },
  check({ items, metrics }) {
    return reportEach(items.painPoints, ({ painPoint, path, parent }) => {
      if (painPoint.severity !== 'high') return undefined;
      const addressing = items.opportunities.filter(({ opportunity }) => opportunity.addresses?.includes(painPoint.id));
      // No opportunity at all is pain-point-without-opportunity's finding.
      if (addressing.length === 0) return undefined;
      if (!addressing.every(({ opportunity }) => (opportunity.status ?? 'idea') === 'idea')) return undefined;
      const missed = metrics.find(
        (metric) => metric.meetsTarget === false && (isMetricOn(metric, parent) || isMetricOn(metric, parent.parent)),
      );
      const data = { id: painPoint.id, touchpoint: parent.touchpoint.name };
      return {
        ...(missed
          ? { messageId: 'onlyIdeasBelowTarget', data: { ...data, metric: missed.label } }
          : { messageId: 'onlyIdeas', data }),
        path: [...path, 'id'],
        part: 'value',
        related: addressing.map(({ path: opportunityPath }) => ({
          messageId: 'idea',
          path: [...opportunityPath, 'description'],
          part: 'value',
        })),
      };
    });
  },
});
