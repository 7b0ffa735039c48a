import type { MessageRef, MessageValue } from '../l10n/format';
import type { MetricDirection, MetricType } from './types';

/** How each metric type is named, scaled, rounded and shown. */
export interface MetricDefinition {
  readonly label: string;
  readonly direction: MetricDirection;
  /** Decimals kept in the score; the comparison with the target uses the rounded score, so the display never contradicts the verdict. */
  readonly decimals: number;
  /** Formats a score or target for display, e.g. "+26", "82%", "5.4 / 7", "95 s" (English). */
  readonly show: (n: number) => string;
  /** A score whose unit is a word ("3 days"): the catalogue message, so each language words it. */
  readonly showIn?: (n: number) => MessageRef;
  /** Answers a survey may give, for metrics computed from per-answer counts. */
  readonly answers?: { readonly min: number; readonly max: number };
}

/** Rounds half away from zero to `decimals` places and drops "-0". */
export function roundTo(n: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(n) * Math.round(Math.abs(n) * factor)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** A number without trailing zeros: 26 → "26", 5.40 → "5.4". No locale: the CLI and the tests must print the same. */
export function plainNumber(n: number, decimals: number): string {
  return String(roundTo(n, decimals));
}

const percent = (decimals: number) => (n: number) => `${plainNumber(n, decimals)}%`;
const days = (n: number) => `${plainNumber(n, 1)} ${roundTo(n, 1) === 1 ? 'day' : 'days'}`;
const daysIn = (n: number): MessageRef => ({
  ref: 'metric.days',
  data: { count: roundTo(n, 1), value: plainNumber(n, 1) },
});

/** A score or target as a message parameter: words through the catalogue, symbols as they are. */
export function shownValue(definition: MetricDefinition, n: number): MessageValue {
  return definition.showIn ? definition.showIn(n) : definition.show(n);
}

export const METRIC_DEFINITIONS: Readonly<Record<MetricType, MetricDefinition>> = {
  nps: {
    label: 'NPS',
    direction: 'higher-is-better',
    decimals: 1,
    show: (n) => (roundTo(n, 1) > 0 ? `+${plainNumber(n, 1)}` : plainNumber(n, 1)),
  },
  csat: { label: 'CSAT', direction: 'higher-is-better', decimals: 1, show: percent(1), answers: { min: 1, max: 5 } },
  ces: {
    label: 'CES',
    direction: 'higher-is-better',
    decimals: 2,
    show: (n) => `${plainNumber(n, 2)} / 7`,
    answers: { min: 1, max: 7 },
  },
  'conversion-rate': { label: 'Conversion rate', direction: 'higher-is-better', decimals: 2, show: percent(2) },
  'bounce-rate': { label: 'Bounce rate', direction: 'lower-is-better', decimals: 2, show: percent(2) },
  'click-through-rate': { label: 'Click-through rate', direction: 'higher-is-better', decimals: 2, show: percent(2) },
  'session-duration': {
    label: 'Session duration',
    direction: 'higher-is-better',
    decimals: 0,
    show: (n) => `${plainNumber(n, 0)} s`,
  },
  // Why each direction: a customer waits for value, for an answer, and leaves when churning — less is better;
  // every other rate counts customers or orders that went right — more is better.
  'time-to-value': { label: 'Time to value', direction: 'lower-is-better', decimals: 1, show: days, showIn: daysIn },
  'activation-rate': { label: 'Activation rate', direction: 'higher-is-better', decimals: 1, show: percent(1) },
  'retention-rate': { label: 'Retention rate', direction: 'higher-is-better', decimals: 1, show: percent(1) },
  'churn-rate': { label: 'Churn rate', direction: 'lower-is-better', decimals: 1, show: percent(1) },
  'on-time-delivery': { label: 'On-time delivery', direction: 'higher-is-better', decimals: 1, show: percent(1) },
  'first-contact-resolution': {
    label: 'First-contact resolution',
    direction: 'higher-is-better',
    decimals: 1,
    show: percent(1),
  },
  'order-accuracy': { label: 'Order accuracy', direction: 'higher-is-better', decimals: 1, show: percent(1) },
  'repeat-purchase-rate': {
    label: 'Repeat-purchase rate',
    direction: 'higher-is-better',
    decimals: 1,
    show: percent(1),
  },
  'average-handling-time': {
    label: 'Average handling time',
    direction: 'lower-is-better',
    decimals: 0,
    show: (n) => `${plainNumber(n, 0)} s`,
  },
  // Placeholder for the catalogue; a real custom metric is described by customDefinition() from its own fields.
  custom: { label: 'Custom metric', direction: 'higher-is-better', decimals: 2, show: (n) => plainNumber(n, 2) },
};

/** A custom metric brings its own name, unit and direction. */
export function customDefinition(
  label: string | undefined,
  unit: string | undefined,
  direction: MetricDirection | undefined,
): MetricDefinition {
  const suffix = unit === undefined ? '' : unit === '%' ? '%' : ` ${unit}`;
  return {
    label: label ?? 'Custom metric',
    direction: direction ?? 'higher-is-better',
    decimals: 2,
    show: (n) => `${plainNumber(n, 2)}${suffix}`,
  };
}

/** CSAT on the 1–10 scale is a plain average, not a percentage. */
export const CSAT_TEN_POINT: MetricDefinition = {
  label: 'CSAT',
  direction: 'higher-is-better',
  decimals: 2,
  show: (n) => `${plainNumber(n, 2)} / 10`,
  answers: { min: 1, max: 10 },
};
