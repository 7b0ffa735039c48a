import type { Metric } from '../generated/journey';
import { CSAT_TEN_POINT, METRIC_DEFINITIONS, roundTo, type MetricDefinition } from './definitions';
import { averageAnswer, csatTopTwoBoxPercent, netPromoterScore, respondentCount, type AnswerCounts } from './formulas';
import type { MetricLocation, MetricResult } from './types';

const NOWHERE: MetricLocation = { path: [], scope: 'stage', stageIndex: 0 };

interface Measurement {
  readonly score?: number;
  readonly respondents?: number;
  readonly source: MetricResult['source'];
  readonly problem?: string;
}

/**
 * Computes one metric's score (from `responses` when given, else from `value`)
 * and compares it with its target in the metric's direction.
 */
export function computeMetric(metric: Metric, location: MetricLocation = NOWHERE): MetricResult {
  const definition = definitionOf(metric);
  const measured = measure(metric, definition);
  const score = measured.score === undefined ? undefined : roundTo(measured.score, definition.decimals);
  const target = typeof metric.target === 'number' ? metric.target : undefined;
  const meetsTarget =
    score === undefined || target === undefined
      ? undefined
      : definition.direction === 'lower-is-better'
        ? score <= target
        : score >= target;
  return {
    ...location,
    type: metric.type,
    label: definition.label,
    ...(metric.label ? { question: metric.label } : {}),
    direction: definition.direction,
    ...(score === undefined ? {} : { score }),
    ...(target === undefined ? {} : { target }),
    ...(meetsTarget === undefined ? {} : { meetsTarget }),
    ...(measured.respondents === undefined ? {} : { respondents: measured.respondents }),
    source: measured.source,
    display: describe(definition, score, target, measured.respondents, meetsTarget),
    ...(measured.problem ? { problem: measured.problem } : {}),
  };
}

function definitionOf(metric: Metric): MetricDefinition {
  if (metric.type === 'csat' && metric.scale === 10) return CSAT_TEN_POINT;
  return METRIC_DEFINITIONS[metric.type] ?? METRIC_DEFINITIONS['conversion-rate'];
}

function measure(metric: Metric, definition: MetricDefinition): Measurement {
  const responses = metric.responses as Readonly<Record<string, unknown>> | undefined;
  const value = typeof metric.value === 'number' && Number.isFinite(metric.value) ? metric.value : undefined;
  if (responses === undefined || responses === null || typeof responses !== 'object') {
    return value === undefined ? { source: 'none' } : { score: value, source: 'value' };
  }
  const fromResponses = metric.type === 'nps' ? measureNps(responses) : measureAnswers(metric, definition, responses);
  if (fromResponses.score === undefined && value !== undefined) {
    return { score: value, source: 'value', ...(fromResponses.problem ? { problem: fromResponses.problem } : {}) };
  }
  return fromResponses;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

function measureNps(responses: Readonly<Record<string, unknown>>): Measurement {
  const promoters = count(responses.promoters);
  const passives = count(responses.passives);
  const detractors = count(responses.detractors);
  const respondents = promoters + passives + detractors;
  const score = netPromoterScore(promoters, passives, detractors);
  if (score === undefined) return { respondents, source: 'none', problem: 'No responses yet: every group is 0.' };
  return { score, respondents, source: 'responses' };
}

function measureAnswers(
  metric: Metric,
  definition: MetricDefinition,
  responses: Readonly<Record<string, unknown>>,
): Measurement {
  const range = definition.answers;
  if (!range) {
    return {
      source: 'none',
      problem: `${definition.label} is measured as a value, not from survey responses: give \`value\` instead.`,
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
      problem: `Answers ${outside.join(', ')} are outside the ${definition.label} scale ${range.min}–${range.max}.`,
    };
  }
  const respondents = respondentCount(counts);
  const score =
    metric.type === 'csat' && range.max === 5 ? csatTopTwoBoxPercent(counts) : averageAnswer(counts as AnswerCounts);
  if (score === undefined) return { respondents, source: 'none', problem: 'No responses yet: every count is 0.' };
  return { score, respondents, source: 'responses' };
}

function describe(
  definition: MetricDefinition,
  score: number | undefined,
  target: number | undefined,
  respondents: number | undefined,
  meetsTarget: boolean | undefined,
): string {
  const details: string[] = [];
  if (target !== undefined) {
    details.push(`target ${definition.direction === 'lower-is-better' ? 'at most ' : ''}${definition.show(target)}`);
  }
  if (respondents !== undefined) details.push(`${respondents} ${respondents === 1 ? 'response' : 'responses'}`);
  const suffix = details.length > 0 ? ` (${details.join(', ')})` : '';
  if (score === undefined) return `${definition.label} not measured yet${suffix}`;
  const verdict =
    meetsTarget === undefined
      ? ''
      : meetsTarget
        ? ' — meets target'
        : definition.direction === 'lower-is-better'
          ? ' — above target'
          : ' — below target';
  return `${definition.label} ${definition.show(score)}${suffix}${verdict}`;
}
