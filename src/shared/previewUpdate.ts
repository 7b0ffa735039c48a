/**
 * Turns one analysis of a map into the `update` message the preview renders: the Mermaid
 * text and its tasks, the summary and the banner. Pure (no vscode, no DOM), so the unit
 * tests and the browser tests build exactly what the extension sends.
 */
import type { Finding, Severity, SourceRange } from '../core/findings';
import type { JourneyAnalysis } from '../core/index';
import { toMermaid, type MermaidTask } from '../core/mermaid/index';
import type { PreviewBanner, PreviewMetric, PreviewSummary, SeverityCounts, UpdateMessage } from './previewProtocol';

export interface PreviewUpdate {
  readonly message: UpdateMessage;
  /** The diagram's tasks with their document paths (index-aligned with message.diagram.tasks), for editor sync. */
  readonly tasks: readonly MermaidTask[];
}

export function buildPreviewUpdate(input: {
  uri: string;
  version: number;
  fileName: string;
  analysis: JourneyAnalysis;
  persona?: string;
}): PreviewUpdate {
  const { analysis } = input;
  const banner = firstErrorBanner(analysis.findings);
  const base = {
    type: 'update' as const,
    uri: input.uri,
    version: input.version,
    fileName: input.fileName,
    ...(banner ? { banner } : {}),
  };
  if (!analysis.journey) return { message: base, tasks: [] };
  const diagram = toMermaid(analysis.journey, input.persona ? { persona: input.persona } : undefined);
  return {
    message: {
      ...base,
      diagram: {
        text: diagram.text,
        // MermaidTask.line is the task's line in the Mermaid text; the webview shows the map's line.
        tasks: diagram.tasks.map((task) => ({
          label: task.label,
          line: analysis.parsed.rangeOf(task.path, 'item')?.start.line ?? 0,
          emotionRecorded: task.emotionRecorded,
        })),
      },
      summary: buildPreviewSummary(analysis),
    },
    tasks: diagram.tasks,
  };
}

/**
 * The task under the cursor: the smallest task range containing `offset` (a stand-in task
 * for an empty stage spans the whole stage; a touchpoint inside a stage is smaller), or null.
 */
export function taskIndexAt(ranges: readonly (SourceRange | undefined)[], offset: number): number | null {
  let best: number | null = null;
  let bestLength = Infinity;
  ranges.forEach((range, index) => {
    if (!range || offset < range.start.offset || offset > range.end.offset) return;
    const length = range.end.offset - range.start.offset;
    if (length < bestLength) {
      best = index;
      bestLength = length;
    }
  });
  return best;
}

/** The first error by position (findings come sorted), or undefined when the map has none. */
export function firstErrorBanner(findings: readonly Finding[]): PreviewBanner | undefined {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const first = errors[0];
  if (!first) return undefined;
  return {
    code: first.code,
    message: first.message,
    line: first.range.start.line,
    column: first.range.start.column,
    errorCount: errors.length,
  };
}

export function buildPreviewSummary(analysis: JourneyAnalysis): PreviewSummary {
  const journey = analysis.journey;
  const stages = journey?.stages ?? [];
  const gaps = countBySeverity(analysis.findings.filter((finding) => finding.category === 'gap'));
  const problems = countBySeverity(analysis.findings.filter((finding) => finding.category !== 'gap'));
  const metrics: PreviewMetric[] = analysis.metrics.map((metric) => {
    const stage = stages[metric.stageIndex];
    const touchpoint = metric.touchpointIndex === undefined ? undefined : stage?.touchpoints?.[metric.touchpointIndex];
    const where = [stage?.name, touchpoint?.name]
      .filter((part): part is string => typeof part === 'string' && part.length > 0)
      .join(' › ');
    const status: PreviewMetric['status'] =
      metric.score === undefined
        ? 'not-measured'
        : metric.meetsTarget === undefined
          ? 'no-target'
          : metric.meetsTarget
            ? 'meets-target'
            : 'below-target';
    // The author's own name for the metric ("CSAT after delivery") reads better than the type's short name.
    const authored = valueAt(journey, [...metric.path, 'label']);
    const label = typeof authored === 'string' && authored.trim().length > 0 ? authored : metric.label;
    return { label, where, display: metric.display, status };
  });
  return {
    title: journey?.journey ?? '',
    stageCount: stages.length,
    touchpointCount: stages.reduce((count, stage) => count + (stage.touchpoints?.length ?? 0), 0),
    personaCount: journey?.personas?.length ?? 0,
    gaps,
    problems,
    metrics,
  };
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
