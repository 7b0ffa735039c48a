import type { MessageRef } from '../l10n/format';
import { metricPlace, type MetricResult } from '../metrics/index';
import type { JourneyIndex } from './journeyIndex';
import type { MetricMovement, MetricSnapshot } from './types';

interface KeyedMetric {
  readonly key: string;
  readonly label: string;
  readonly labelMessage: MessageRef;
  readonly result: MetricResult;
}

/**
 * Metric movements, matched by where the metric sits (stage or touchpoint id), its
 * type and its question; two identical metrics on one item are told apart by order.
 */
export function diffMetrics(
  before: { index: JourneyIndex; metrics: readonly MetricResult[] },
  after: { index: JourneyIndex; metrics: readonly MetricResult[] },
): MetricMovement[] {
  const old = keyMetrics(before.index, before.metrics);
  const current = keyMetrics(after.index, after.metrics);
  const movements: MetricMovement[] = [];
  for (const [key, now] of current) {
    const then = old.get(key);
    if (then === undefined) {
      movements.push({
        label: now.label,
        labelMessage: now.labelMessage,
        type: now.result.type,
        change: 'added',
        after: snapshot(now.result),
      });
      continue;
    }
    if (
      then.result.score === now.result.score &&
      then.result.target === now.result.target &&
      then.result.display === now.result.display
    )
      continue;
    movements.push({
      label: now.label,
      labelMessage: now.labelMessage,
      type: now.result.type,
      change: 'changed',
      before: snapshot(then.result),
      after: snapshot(now.result),
      direction: direction(then.result.score, now.result.score),
    });
  }
  for (const [key, then] of old) {
    if (!current.has(key))
      movements.push({
        label: then.label,
        labelMessage: then.labelMessage,
        type: then.result.type,
        change: 'removed',
        before: snapshot(then.result),
      });
  }
  return movements;
}

function keyMetrics(index: JourneyIndex, metrics: readonly MetricResult[]): Map<string, KeyedMetric> {
  const keyed = new Map<string, KeyedMetric>();
  for (const result of metrics) {
    const { stage, touchpoint } = metricPlace(index.journey, result);
    if (stage === undefined) continue;
    const owner = touchpoint === undefined ? `stage:${stage.id}` : `touchpoint:${touchpoint.id}`;
    const where = touchpoint === undefined ? `stage “${stage.name}”` : `touchpoint “${touchpoint.name}”`;
    const base = `${owner}\u0000${result.type}\u0000${result.question ?? ''}`;
    let occurrence = 0;
    while (keyed.has(`${base}\u0000${occurrence}`)) occurrence++;
    const place: MessageRef =
      touchpoint === undefined
        ? { ref: 'diff.research.where.stage', data: { name: stage.name } }
        : { ref: 'diff.research.where.touchpoint', data: { name: touchpoint.name } };
    keyed.set(`${base}\u0000${occurrence}`, {
      key: base,
      label: `${result.label} at ${where}`,
      labelMessage: { ref: 'diff.metricAt', data: { metric: result.labelMessage, where: place } },
      result,
    });
  }
  return keyed;
}

function snapshot(result: MetricResult): MetricSnapshot {
  return {
    ...(result.score === undefined ? {} : { score: result.score }),
    ...(result.target === undefined ? {} : { target: result.target }),
    ...(result.meetsTarget === undefined ? {} : { meetsTarget: result.meetsTarget }),
    display: result.display,
    displayMessage: result.displayMessage,
  };
}

function direction(from: number | undefined, to: number | undefined): MetricMovement['direction'] {
  if (from === undefined || to === undefined || from === to) return 'same';
  return to > from ? 'up' : 'down';
}
