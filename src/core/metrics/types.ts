import type { Evidence, Metric } from '../generated/journey';
import type { MessageRef, MessageValue } from '../l10n/format';

export type MetricType = Metric['type'];

/** Which way is good: most scores are better higher; a bounce rate, churn, waiting and handling times are better lower. */
export type MetricDirection = 'higher-is-better' | 'lower-is-better';

/** Where a metric sits in the map: on a stage as a whole or on one touchpoint. */
export interface MetricLocation {
  /** Path of the metric item in the document, e.g. ["stages", 0, "metrics", 1]. */
  readonly path: readonly (string | number)[];
  readonly scope: 'stage' | 'touchpoint';
  readonly stageIndex: number;
  /** Set when scope is 'touchpoint'. */
  readonly touchpointIndex?: number;
}

/** A metric as the preview, the hover, the gap rules and the exports see it. */
export interface MetricResult extends MetricLocation {
  readonly type: MetricType;
  /** Short name, e.g. "NPS", "CSAT", "Bounce rate". */
  readonly label: string;
  /** `label` in any language: a `{ ref }` of the engine catalogue, or a custom metric's own name. */
  readonly labelMessage: MessageValue;
  /** What was asked or measured, when the map says so. */
  readonly question?: string;
  /** The persona id the metric was measured for, when not every customer. */
  readonly persona?: string;
  /** The segment the metric was measured for, when not a persona. */
  readonly segment?: string;
  /** A custom metric's unit. */
  readonly unit?: string;
  /** The evidence the map gives for this metric. */
  readonly evidence?: readonly Evidence[];
  readonly direction: MetricDirection;
  /** The score, rounded as displayed (see ./format.ts); undefined when nothing was measured. */
  readonly score?: number;
  readonly target?: number;
  /** Undefined when there is no score or no target. */
  readonly meetsTarget?: boolean;
  /** Number of survey respondents, when the score was computed from responses. */
  readonly respondents?: number;
  /** Where the score comes from: an explicit value, raw responses, or nowhere yet. */
  readonly source: 'value' | 'responses' | 'none';
  /** Human summary, e.g. "NPS +26 (target +30, 100 responses) — below target". */
  readonly display: string;
  /** `display` in any language (Translator.value, src/core/l10n): the same parts, keyed. */
  readonly displayMessage: MessageRef;
  /** Why the responses could not be turned into a score, e.g. answers outside the scale. */
  readonly problem?: string;
  readonly problemMessage?: MessageRef;
}
