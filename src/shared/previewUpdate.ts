/**
 * Turns one analysis of a map into the `update` message the preview renders: the drawing of
 * the view the page shows (Mermaid text and its tasks, or core's canvas), the summary and
 * the banner. Pure (no vscode, no DOM): a function of the analysis and the page's options,
 * so the unit tests, the browser tests and a language server build exactly what the
 * extension sends.
 */
import { translator, type Language, type Translator } from '../core/l10n/index';
import { textIn } from '../core/l10n/text';
import type { Finding, Severity, SourceRange } from '../core/findings';
import type { JourneyAnalysis } from '../core/index';
import { toMermaid, type MermaidTask } from '../core/mermaid/index';
import { MERMAID_MAX_TEXT } from './mermaidConfig';
import { canvasInputOf, type CanvasInput } from './previewCanvas';
import { withLocalFindings } from '../core/canvas/localFindings';
import { hashOf } from './textPatch';
import type {
  PreviewBanner,
  PreviewMetric,
  PreviewSummary,
  PreviewViewOptions,
  SeverityCounts,
  UpdateMessage,
} from './previewProtocol';
import { valueAt } from '../core/values';

export interface PreviewUpdate {
  /** The update, its canvas input (if any) whole. */
  readonly message: UpdateMessage;
  /** The diagram's tasks with their document paths (index-aligned with message.diagram.tasks), for editor sync. */
  readonly tasks: readonly MermaidTask[];
  /** The Map view's input and its JSON (message.canvasInput.text), for editor sync and patches. */
  readonly canvas?: { readonly input: CanvasInput; readonly text: string };
}

/** What a page that has not said anything yet gets. */
export const DEFAULT_VIEW_OPTIONS: PreviewViewOptions = {
  view: 'map',
  theme: 'light',
  personas: null,
  hiddenLanes: [],
};

/** What a preview's model is built from: one analysed version of a map and the page's options. */
export interface PreviewModelInput {
  readonly uri: string;
  readonly version: number;
  readonly fileName: string;
  readonly analysis: JourneyAnalysis;
  /** The page's view, persona filter, hidden lanes and theme (DEFAULT_VIEW_OPTIONS when absent). */
  readonly options?: PreviewViewOptions;
  /** The reader's display language (default English): the banner's finding and the notes are in it. */
  readonly language?: Language;
}

export function buildPreviewUpdate(input: PreviewModelInput): PreviewUpdate {
  const { analysis } = input;
  const options = input.options ?? DEFAULT_VIEW_OPTIONS;
  const language = input.language ?? 'en';
  const banner = firstErrorBanner(analysis.findings, translator(language));
  const base = {
    type: 'update' as const,
    uri: input.uri,
    version: input.version,
    fileName: input.fileName,
    view: options.view,
    ...(banner ? { banner } : {}),
  };
  const journey = analysis.journey;
  if (!journey) return { message: base, tasks: [] };
  const summary = buildPreviewSummary(analysis, language);
  let note: string | undefined;
  if (options.view === 'mermaid') {
    // One selected persona: Mermaid's diagram of that persona's own scores.
    const persona = options.personas?.length === 1 ? options.personas[0] : undefined;
    const diagram = toMermaid(journey, persona ? { persona } : undefined);
    if (diagram.text.length <= MERMAID_MAX_TEXT) {
      return {
        message: {
          ...base,
          summary,
          diagram: {
            text: diagram.text,
            // MermaidTask.line is the task's line in the Mermaid text; the webview shows the map's line.
            tasks: diagram.tasks.map((task) => ({
              label: task.label,
              line: analysis.parsed.rangeOf(task.path, 'item')?.start.line ?? 0,
              emotionRecorded: task.emotionRecorded,
            })),
            actorSlots: diagram.actorSlots,
          },
        },
        tasks: diagram.tasks,
      };
    }
    // Mermaid would draw its "maximum text size exceeded" placeholder: show the canvas instead.
    note = textIn(language)('preview.note.tooLarge', { size: diagram.text.length, limit: MERMAID_MAX_TEXT });
  }
  // The gap markers' findings worded here, on the server: the page lays out what it gets.
  const canvasInput = canvasInputOf(withLocalFindings(analysis, language), options, language);
  const text = JSON.stringify(canvasInput);
  return {
    message: { ...base, summary, canvasInput: { hash: hashOf(text), text }, ...(note ? { note } : {}) },
    tasks: [],
    canvas: { input: canvasInput, text },
  };
}

/**
 * The element under the cursor: the smallest range containing `offset` (a touchpoint inside
 * a stage is smaller than the stage, a pain point smaller than its touchpoint), or null.
 */
export function elementIndexAt(ranges: readonly (SourceRange | undefined)[], offset: number): number | null {
  return taskIndexAt(ranges, offset);
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
export function firstErrorBanner(findings: readonly Finding[], tr?: Translator): PreviewBanner | undefined {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const first = errors[0];
  if (!first) return undefined;
  return {
    code: first.code,
    message: tr ? tr.finding(first) : first.message,
    line: first.range.start.line,
    column: first.range.start.column,
    errorCount: errors.length,
  };
}

/** `language`: the reader's, for the metric table's score lines (the page's own words are the page's). */
export function buildPreviewSummary(analysis: JourneyAnalysis, language: Language = 'en'): PreviewSummary {
  const tr = translator(language);
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
    const label = typeof authored === 'string' && authored.trim().length > 0 ? authored : tr.value(metric.labelMessage);
    return { label, where, display: tr.value(metric.displayMessage), status };
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

function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
