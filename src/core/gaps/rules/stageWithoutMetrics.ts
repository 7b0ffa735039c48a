import { aboutStage, reportEach } from '../reports';
import { defineRule } from '../rule';

export const stageWithoutMetrics = defineRule({
  meta: {
    code: 'JM214',
    name: 'stage-without-metrics',
    defaultSeverity: 'info',
    description: 'A stage where nothing is measured.',
    rationale:
      'Without a metric (CSAT, NPS, CES, conversion, bounce…) on the stage or one of its touchpoints, the emotions in the map are guesses and progress cannot be shown.',
    options: [],
    messages: {
      noMetrics:
        'Nothing is measured in stage “{stage}”: add a metric (e.g. CSAT, NPS or CES with a target) to the stage or one of its touchpoints.',
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
        metrics:
          - type: conversion-rate
            value: 3.2
`,
      ],
      invalid: [
        `journey: Parcel delivery
stages:
  - id: purchase
    name: Purchase # ✗ JM214
    touchpoints:
      - id: checkout
        name: Checkout in the app
`,
      ],
    },
  },
  check({ items }) {
    return reportEach(items.stages, (visit) => {
      const measured =
        visit.metrics.length > 0 || visit.touchpoints.some((touchpoint) => touchpoint.metrics.length > 0);
      return measured ? undefined : aboutStage(visit, 'noMetrics');
    });
  },
});
