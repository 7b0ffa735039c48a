import type { TextFunction } from '../core/l10n/text';
import type { PreviewMetric, PreviewSummary, SeverityCounts } from '../shared/previewProtocol';

/** Renders the summary under the diagram. Every piece of map text goes in through textContent. */
export class SummaryView {
  constructor(
    private readonly element: HTMLElement,
    /** The page's own words in the reader's language. */
    private readonly t: TextFunction,
  ) {}

  render(summary: PreviewSummary): void {
    const t = this.t;
    const heading = element('h2', summary.title || t('preview.summary.untitled'));
    const counts = element('ul');
    counts.className = 'summary-counts';
    counts.append(
      countItem(summary.stageCount, t('preview.summary.stages', { count: summary.stageCount })),
      countItem(summary.touchpointCount, t('preview.summary.touchpoints', { count: summary.touchpointCount })),
      countItem(summary.personaCount, t('preview.summary.personas', { count: summary.personaCount })),
    );
    const gaps = element('p');
    gaps.className = 'summary-gaps';
    gaps.append(
      element('strong', t('preview.summary.gaps')),
      document.createTextNode(this.describeCounts(summary.gaps, t('preview.summary.noGaps'))),
    );
    const parts: Node[] = [heading, counts, gaps];
    const problemTotal = total(summary.problems);
    if (problemTotal > 0) {
      const problems = element('p');
      problems.className = 'summary-problems';
      problems.append(
        element('strong', t('preview.summary.problems')),
        document.createTextNode(this.describeCounts(summary.problems, t('preview.summary.noProblems'))),
      );
      parts.push(problems);
    }
    parts.push(this.metricsTable(summary.metrics));
    this.element.replaceChildren(...parts);
  }

  private metricsTable(metrics: readonly PreviewMetric[]): Node {
    const t = this.t;
    if (metrics.length === 0) {
      const none = element('p', t('preview.summary.noMetrics'));
      none.className = 'summary-metrics-empty';
      return none;
    }
    const table = element('table');
    table.className = 'summary-metrics';
    const head = table.createTHead().insertRow();
    for (const title of [
      t('preview.metrics.metric'),
      t('preview.metrics.where'),
      t('preview.metrics.score'),
      t('preview.metrics.status'),
    ])
      head.append(element('th', title));
    const body = table.createTBody();
    for (const metric of metrics) {
      const row = body.insertRow();
      row.className = `metric-${metric.status}`;
      // The status reads without colour (a mark and words); colour only adds to it.
      for (const text of [
        metric.label,
        metric.where || t('preview.metrics.journey'),
        metric.display,
        t(`preview.metrics.${metric.status}`),
      ])
        row.insertCell().textContent = text;
    }
    return table;
  }

  private describeCounts(counts: SeverityCounts, whenNone: string): string {
    const parts = (['error', 'warning', 'info', 'hint'] as const)
      .filter((severity) => counts[severity] > 0)
      .map((severity) => this.t(`preview.summary.count.${severity}`, { count: counts[severity] }));
    return parts.length > 0 ? parts.join(', ') : whenNone;
  }
}

function total(counts: SeverityCounts): number {
  return counts.error + counts.warning + counts.info + counts.hint;
}

function countItem(count: number, noun: string): HTMLElement {
  const item = element('li');
  item.append(element('strong', String(count)), document.createTextNode(` ${noun}`));
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (text !== undefined) created.textContent = text;
  return created;
}
