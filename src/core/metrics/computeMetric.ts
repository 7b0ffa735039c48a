import type { Metric } from '../generated/journey';
import type { MessageRef, MessageValue } from '../l10n/format';
import { engineRef } from '../l10n/text';
import {
  CSAT_TEN_POINT,
  customDefinition,
  METRIC_DEFINITIONS,
  roundTo,
  shownValue,
  type MetricDefinition,
} from './definitions';
import { averageAnswer, csatTopTwoBoxPercent, netPromoterScore, respondentCount, type AnswerCounts } from './formulas';
import type { MetricLocation, MetricResult } from './types';

const NOWHERE: MetricLocation = { path: [], scope: 'stage', stageIndex: 0 };

interface Measurement {
  readonly score?: number;
  readonly respondents?: number;
  readonly source: MetricResult['source'];
  readonly problem?: MessageRef;
}

/** English of a message of the engine catalogue (the `display`, `problem` every adapter reads). */
function english(ref: MessageRef): string {
  return engineRef('en', ref) ?? ref.ref;
}

/**
 * Computes one metric's score (from `responses` when given, else from `value`)
 * and compares it with its target in the metric's direction.
 */
export function computeMetric(metric: Metric, location: MetricLocation = NOWHERE): MetricResult {
  const definition = definitionOf(metric);
  // The type's own name in each language; a custom metric's is its author's.
  const labelMessage: MessageValue =
    metric.type === 'custom' ? definition.label : { ref: `metric.type.${metric.type}` };
  const measured = measure(metric, definition, labelMessage);
  const score = measured.score === undefined ? undefined : roundTo(measured.score, definition.decimals);
  const target = typeof metric.target === 'number' ? metric.target : undefined;
  const meetsTarget =
    score === undefined || target === undefined
      ? undefined
      : definition.direction === 'lower-is-better'
        ? score <= target
        : score >= target;
  const displayMessage = describe(
    definition,
    labelMessage,
    score,
    target,
    measured.respondents,
    meetsTarget,
    forWhom(metric),
  );
  return {
    ...location,
    type: metric.type,
    label: definition.label,
    ...(metric.label && metric.type !== 'custom' ? { question: metric.label } : {}),
    ...(metric.persona ? { persona: metric.persona } : {}),
    ...(metric.segment ? { segment: metric.segment } : {}),
    ...(metric.unit && metric.type === 'custom' ? { unit: metric.unit } : {}),
    ...(metric.evidence?.length ? { evidence: metric.evidence } : {}),
    direction: definition.direction,
    ...(score === undefined ? {} : { score }),
    ...(target === undefined ? {} : { target }),
    ...(meetsTarget === undefined ? {} : { meetsTarget }),
    ...(measured.respondents === undefined ? {} : { respondents: measured.respondents }),
    source: measured.source,
    labelMessage,
    display: english(displayMessage),
    displayMessage,
    ...(measured.problem ? { problem: english(measured.problem), problemMessage: measured.problem } : {}),
  };
}

/** "rina", "rina, new sellers": who the metric was measured for, when not every customer. */
function forWhom(metric: Metric): string | undefined {
  const who = [metric.persona, metric.segment].filter(
    (part): part is string => typeof part === 'string' && part !== '',
  );
  return who.length > 0 ? who.join(', ') : undefined;
}

function definitionOf(metric: Metric): MetricDefinition {
  if (metric.type === 'csat' && metric.scale === 10) return CSAT_TEN_POINT;
  if (metric.type === 'custom') return customDefinition(metric.label, metric.unit, metric.direction);
  return METRIC_DEFINITIONS[metric.type] ?? METRIC_DEFINITIONS['conversion-rate'];
}

function measure(metric: Metric, definition: MetricDefinition, label: MessageValue): Measurement {
  const responses = metric.responses as Readonly<Record<string, unknown>> | undefined;
  const value = typeof metric.value === 'number' && Number.isFinite(metric.value) ? metric.value : undefined;
  if (responses === undefined || responses === null || typeof responses !== 'object') {
    return value === undefined ? { source: 'none' } : { score: value, source: 'value' };
  }
  const fromResponses =
    metric.type === 'nps' ? measureNps(responses) : measureAnswers(metric, definition, responses, label);
  if (fromResponses.score === undefined && value !== undefined) {
    return { score: value, source: 'value', ...(fromResponses.problem ? { problem: fromResponses.problem } : {}) };
  }
  return fromResponses;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

function measureNps(responses: Readonly<Record<string, unknown>>): Measurement {
  const groups = npsGroups(responses);
  if ('problem' in groups) return { source: 'none', problem: groups.problem };
  const { promoters, passives, detractors } = groups;
  const respondents = promoters + passives + detractors;
  const score = netPromoterScore(promoters, passives, detractors);
  if (score === undefined)
    return { respondents, source: 'none', problem: { ref: 'metric.problem.noResponsesInGroups' } };
  return { score, respondents, source: 'responses' };
}

/**
 * The three NPS groups, given directly or grouped from raw 0–10 answer counts exactly as
 * DOMAIN.md defines them: promoters answered 9–10, passives 7–8, detractors 0–6.
 */
function npsGroups(
  responses: Readonly<Record<string, unknown>>,
): { promoters: number; passives: number; detractors: number } | { problem: MessageRef } {
  if ('promoters' in responses || 'passives' in responses || 'detractors' in responses) {
    return {
      promoters: count(responses.promoters),
      passives: count(responses.passives),
      detractors: count(responses.detractors),
    };
  }
  const groups = { promoters: 0, passives: 0, detractors: 0 };
  const outside: string[] = [];
  for (const [key, n] of Object.entries(responses)) {
    const answer = /^(?:[0-9]|10)$/.test(key) ? Number(key) : NaN;
    if (Number.isNaN(answer)) outside.push(key);
    else if (answer >= 9) groups.promoters += count(n);
    else if (answer >= 7) groups.passives += count(n);
    else groups.detractors += count(n);
  }
  if (outside.length > 0)
    return { problem: { ref: 'metric.problem.npsOutside', data: { answers: outside.join(', ') } } };
  return groups;
}

function measureAnswers(
  metric: Metric,
  definition: MetricDefinition,
  responses: Readonly<Record<string, unknown>>,
  label: MessageValue,
): Measurement {
  const range = definition.answers;
  if (!range) {
    return {
      source: 'none',
      problem: { ref: 'metric.problem.valueOnly', data: { label } },
    };
  }
  const counts = new Map<number, number>();
  const outside: string[] = [];
  for (const [key, n] of Object.entries(responses)) {
    const answer = Number(key);
    if (!Number.isInteger(answer) || answer < range.min || answer > range.max) outside.push(key);
    else counts.set(answer, count(n));
  }
  if (outside.length > 0) {
    return {
      source: 'none',
      problem: {
        ref: 'metric.problem.outside',
        data: { answers: outside.join(', '), label, min: range.min, max: range.max },
      },
    };
  }
  const respondents = respondentCount(counts);
  const score =
    metric.type === 'csat' && range.max === 5 ? csatTopTwoBoxPercent(counts) : averageAnswer(counts as AnswerCounts);
  if (score === undefined) return { respondents, source: 'none', problem: { ref: 'metric.problem.noResponses' } };
  return { score, respondents, source: 'responses' };
}

/**
 * The score line, as catalogue messages: "NPS +26 (target +30, 100 responses) — below target".
 * English (MetricResult.display) and every other language render the same parts.
 */
function describe(
  definition: MetricDefinition,
  label: MessageValue,
  score: number | undefined,
  target: number | undefined,
  respondents: number | undefined,
  meetsTarget: boolean | undefined,
  who: string | undefined,
): MessageRef {
  const details: MessageRef[] = [];
  if (target !== undefined) {
    const key = definition.direction === 'lower-is-better' ? 'metric.targetAtMost' : 'metric.target';
    details.push({ ref: key, data: { score: shownValue(definition, target) } });
  }
  if (respondents !== undefined) details.push({ ref: 'metric.responses', data: { count: respondents } });
  const suffix: MessageValue =
    details.length === 0
      ? ''
      : details.length === 1
        ? { ref: 'metric.details.one', data: { detail: details[0]! } }
        : { ref: 'metric.details.two', data: { first: details[0]!, second: details[1]! } };
  const name: MessageValue = who ? { ref: 'metric.labelFor', data: { label, who } } : label;
  if (score === undefined) return { ref: 'metric.line.notMeasured', data: { label: name, details: suffix } };
  const verdict: MessageValue =
    meetsTarget === undefined
      ? ''
      : meetsTarget
        ? { ref: 'metric.verdict.meets' }
        : definition.direction === 'lower-is-better'
          ? { ref: 'metric.verdict.above' }
          : { ref: 'metric.verdict.below' };
  return {
    ref: 'metric.line.measured',
    data: { label: name, score: shownValue(definition, score), details: suffix, verdict },
  };
}
