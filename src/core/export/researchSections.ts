import type { Evidence, Journey, Quote, Stage, Touchpoint } from '../generated/journey';
import { concernsPersona, personaName } from '../mermaid/index';
import { isMetricOn, type MetricResult } from '../metrics/index';
import type { Translator } from '../l10n/index';
import { escapeTableCell, table } from './markdownText';

/**
 * The research sections of the Markdown export: the customer's voice (feelings, thoughts,
 * quotes), the evidence behind touchpoints, pain points and metrics, and the service
 * blueprint behind each touchpoint. Each is left out when the map records nothing for it,
 * so a map that does not use these fields exports as before.
 */

/** A `## Title` block, or nothing when the body is empty. */
export function optionalSection(title: string, body: string): string[] {
  return body === '' ? [] : [`## ${title}\n\n${body}`];
}

function touchpointsOf(stage: Stage, persona: string | undefined): Touchpoint[] {
  return (stage.touchpoints ?? []).filter(
    (touchpoint) => persona === undefined || concernsPersona(touchpoint, persona),
  );
}

function whereTouchpoint(stage: Stage, touchpoint: Touchpoint): string {
  return `${escapeTableCell(touchpoint.name)} (${escapeTableCell(stage.name)})`;
}

function feelingText(touchpoint: Touchpoint, journey: Journey, persona: string | undefined): string | undefined {
  const feeling = touchpoint.feeling;
  if (feeling === undefined) return undefined;
  if (typeof feeling === 'string') return escapeTableCell(feeling);
  const entries = Object.entries(feeling).filter(
    (entry): entry is [string, string] =>
      typeof entry[1] === 'string' && (persona === undefined || entry[0] === persona),
  );
  if (entries.length === 0) return undefined;
  return entries
    .map(([id, word]) => `${escapeTableCell(word)} (${escapeTableCell(personaName(journey, id))})`)
    .join(', ');
}

function quoteText(quote: Quote, journey: Journey): string {
  const who = [quote.persona ? personaName(journey, quote.persona) : undefined, quote.source].filter(
    (part): part is string => part !== undefined,
  );
  return `“${escapeTableCell(quote.text)}”${who.length > 0 ? ` — ${who.map(escapeTableCell).join(', ')}` : ''}`;
}

const visibleQuotes = (quotes: readonly Quote[] | undefined, persona: string | undefined) =>
  (quotes ?? []).filter((quote) => persona === undefined || quote.persona === undefined || quote.persona === persona);

/** One row per stage or touchpoint that records a feeling, thoughts or quotes. */
export function voiceSection(journey: Journey, persona: string | undefined, tr: Translator): string {
  const none = tr.t('common.none');
  const rows: string[][] = [];
  for (const stage of journey.stages) {
    const stageQuotes = visibleQuotes(stage.quotes, persona);
    if (stageQuotes.length > 0 || (stage.thoughts ?? []).length > 0) {
      rows.push([
        tr.t('markdown.stageRow', { stage: escapeTableCell(stage.name) }),
        none,
        (stage.thoughts ?? []).map(escapeTableCell).join('<br>') || none,
        stageQuotes.map((quote) => quoteText(quote, journey)).join('<br>') || none,
      ]);
    }
    for (const touchpoint of touchpointsOf(stage, persona)) {
      const feeling = feelingText(touchpoint, journey, persona);
      const quotes = visibleQuotes(touchpoint.quotes, persona);
      const thoughts = touchpoint.thoughts ?? [];
      if (feeling === undefined && quotes.length === 0 && thoughts.length === 0) continue;
      rows.push([
        whereTouchpoint(stage, touchpoint),
        feeling ?? none,
        thoughts.map(escapeTableCell).join('<br>') || none,
        quotes.map((quote) => quoteText(quote, journey)).join('<br>') || none,
      ]);
    }
  }
  return rows.length === 0
    ? ''
    : table(
        [
          tr.t('markdown.column.where'),
          tr.t('markdown.column.feeling'),
          tr.t('markdown.column.thoughts'),
          tr.t('markdown.column.quotes'),
        ],
        rows,
      );
}

function evidenceRow(where: string, about: string, item: Evidence, tr: Translator): string[] {
  const none = tr.t('common.none');
  return [
    where,
    about,
    tr.t(`markdown.evidenceKind.${item.kind}`),
    item.count === undefined ? none : String(item.count),
    item.date ?? none,
    item.link === undefined ? none : escapeTableCell(item.link),
    item.description === undefined ? none : escapeTableCell(item.description),
  ];
}

/** Every piece of evidence, with what it backs: the touchpoint itself, one of its pain points, or a metric. */
export function evidenceSection(
  journey: Journey,
  metrics: readonly MetricResult[],
  persona: string | undefined,
  tr: Translator,
): string {
  const rows: string[][] = [];
  journey.stages.forEach((stage, stageIndex) => {
    for (const metric of metrics.filter((m) => isMetricOn(m, { stageIndex })))
      for (const item of metric.evidence ?? [])
        rows.push(
          evidenceRow(
            tr.t('markdown.stageRow', { stage: escapeTableCell(stage.name) }),
            tr.t('markdown.backs.metric', { metric: escapeTableCell(tr.value(metric.labelMessage)) }),
            item,
            tr,
          ),
        );
    (stage.touchpoints ?? []).forEach((touchpoint, touchpointIndex) => {
      if (persona !== undefined && !concernsPersona(touchpoint, persona)) return;
      const where = whereTouchpoint(stage, touchpoint);
      for (const item of touchpoint.evidence ?? [])
        rows.push(evidenceRow(where, tr.t('markdown.backs.touchpoint'), item, tr));
      for (const painPoint of touchpoint.painPoints ?? [])
        for (const item of painPoint.evidence ?? [])
          rows.push(
            evidenceRow(
              where,
              tr.t('markdown.backs.painPoint', { description: escapeTableCell(painPoint.description) }),
              item,
              tr,
            ),
          );
      for (const metric of metrics.filter((m) => isMetricOn(m, { stageIndex, touchpointIndex })))
        for (const item of metric.evidence ?? [])
          rows.push(
            evidenceRow(
              where,
              tr.t('markdown.backs.metric', { metric: escapeTableCell(tr.value(metric.labelMessage)) }),
              item,
              tr,
            ),
          );
    });
  });
  return rows.length === 0
    ? ''
    : table(
        [
          tr.t('markdown.column.where'),
          tr.t('markdown.column.backs'),
          tr.t('markdown.column.kind'),
          tr.t('markdown.column.count'),
          tr.t('markdown.column.date'),
          tr.t('markdown.column.link'),
          tr.t('markdown.column.shows'),
        ],
        rows,
      );
}

function lane(items: readonly { description: string; owner?: string }[] | undefined, none: string): string {
  if (!items || items.length === 0) return none;
  return items
    .map((item) => `${escapeTableCell(item.description)}${item.owner ? ` (${escapeTableCell(item.owner)})` : ''}`)
    .join('<br>');
}

/** The service blueprint: one row per touchpoint with a backstage. */
export function backstageSection(journey: Journey, persona: string | undefined, tr: Translator): string {
  const none = tr.t('common.none');
  const rows: string[][] = [];
  for (const stage of journey.stages)
    for (const touchpoint of touchpointsOf(stage, persona)) {
      const backstage = touchpoint.backstage;
      if (!backstage) continue;
      rows.push([
        whereTouchpoint(stage, touchpoint),
        lane(backstage.frontstage, none),
        lane(backstage.actions, none),
        lane(backstage.support, none),
      ]);
    }
  return rows.length === 0
    ? ''
    : table(
        [
          tr.t('markdown.column.touchpoint'),
          tr.t('markdown.column.frontstage'),
          tr.t('markdown.column.backstageActions'),
          tr.t('markdown.column.support'),
        ],
        rows,
      );
}
