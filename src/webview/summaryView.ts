import type { PreviewMetric, PreviewSummary, SeverityCounts } from '../shared/previewProtocol';

/** The status reads without colour (a mark and words); colour only adds to it. */
const STATUS_TEXT: Record<PreviewMetric['status'], string> = {
  'meets-target': '✓ meets target',
  'below-target': '✗ below target',
  'no-target': 'no target',
  'not-measured': 'not measured',
};

/** Renders the summary under the diagram. Every piece of map text goes in through textContent. */
export class SummaryView {
  constructor(private readonly element: HTMLElement) {}

  render(summary: PreviewSummary): void {
    const heading = element('h2', summary.title || 'Untitled journey');
    const counts = element('ul');
    counts.className = 'summary-counts';
    counts.append(
      countItem(summary.stageCount, 'stage', 'stages'),
      countItem(summary.touchpointCount, 'touchpoint', 'touchpoints'),
      countItem(summary.personaCount, 'persona', 'personas'),
    );
    const gaps = element('p');
    gaps.className = 'summary-gaps';
    gaps.append(element('strong', 'Gaps: '), document.createTextNode(describeCounts(summary.gaps, 'none found')));
    const parts: Node[] = [heading, counts, gaps];
    const problemTotal = total(summary.problems);
    if (problemTotal > 0) {
      const problems = element('p');
      problems.className = 'summary-problems';
      problems.append(
        element('strong', 'Other problems: '),
        document.createTextNode(describeCounts(summary.problems, 'none')),
      );
      parts.push(problems);
    }
    parts.push(metricsTable(summary.metrics));
    this.element.replaceChildren(...parts);
  }
}

function metricsTable(metrics: readonly PreviewMetric[]): Node {
  if (metrics.length === 0) {
    const none = element('p', 'No metrics recorded yet.');
    none.className = 'summary-metrics-empty';
    return none;
  }
  const table = element('table');
  table.className = 'summary-metrics';
  const head = table.createTHead().insertRow();
  for (const title of ['Metric', 'Where', 'Score', 'Status']) head.append(element('th', title));
  const body = table.createTBody();
  for (const metric of metrics) {
    const row = body.insertRow();
    row.className = `metric-${metric.status}`;
    for (const text of [metric.label, metric.where || 'Journey', metric.display, STATUS_TEXT[metric.status]])
      row.insertCell().textContent = text;
  }
  return table;
}

function describeCounts(counts: SeverityCounts, whenNone: string): string {
  const parts = (
    [
      ['error', 'error', 'errors'],
      ['warning', 'warning', 'warnings'],
      ['info', 'info', 'info'],
      ['hint', 'hint', 'hints'],
    ] as const
  )
    .filter(([severity]) => counts[severity] > 0)
    .map(([severity, one, many]) => `${counts[severity]} ${counts[severity] === 1 ? one : many}`);
  return parts.length > 0 ? parts.join(', ') : whenNone;
}

function total(counts: SeverityCounts): number {
  return counts.error + counts.warning + counts.info + counts.hint;
}

function countItem(count: number, one: string, many: string): HTMLElement {
  const item = element('li');
  item.append(element('strong', String(count)), document.createTextNode(` ${count === 1 ? one : many}`));
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (text !== undefined) created.textContent = text;
  return created;
}
