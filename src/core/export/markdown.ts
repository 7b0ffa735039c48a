import type { Finding } from '../findings';
import type { Journey, Stage, Touchpoint } from '../generated/journey';
import { concernsPersona, diagramEmotion, personaName, toMermaid } from '../mermaid/index';
import type { MetricResult } from '../metrics/index';
import { code, escapeInline, escapeTableCell, table } from './markdownText';
import { backstageSection, evidenceSection, optionalSection, voiceSection } from './researchSections';

/** The part of a JourneyAnalysis (../analyze.ts) the export reads. */
export interface MarkdownInput {
  readonly journey?: Journey;
  readonly findings: readonly Finding[];
  readonly metrics: readonly MetricResult[];
}

export interface MarkdownOptions {
  /** A persona id: the diagram and the tables show only what concerns this persona. */
  readonly persona?: string;
  /** The map's file name, named under the title (and used as the title when the map cannot be read). */
  readonly fileName?: string;
}

/** Shown in a cell that has nothing to say, so an empty cell is never mistaken for a rendering problem. */
const NONE = '—';

/**
 * A journey map as a Markdown document for wikis, READMEs and PR comments: title,
 * description, a ```mermaid block GitHub renders natively (classic `journey`
 * syntax only, so older Mermaid versions draw it too), then tables of stages, pain
 * points with the opportunities addressing them, metrics against targets and gaps.
 * An invalid map gives a document listing its errors instead of a diagram.
 */
export function toMarkdown(analysis: MarkdownInput, options: MarkdownOptions = {}): string {
  const journey = analysis.journey;
  if (journey === undefined) return invalidMapMarkdown(analysis.findings, options.fileName);
  const persona = options.persona;
  const blocks = [
    `# ${escapeInline(journey.journey)}`,
    facts(journey, options),
    ...descriptionParagraphs(journey.description),
    ['```mermaid', toMermaid(journey, persona === undefined ? {} : { persona }).text.trimEnd(), '```'].join('\n'),
    `## Stages\n\n${stagesTable(journey, persona)}`,
    `## Pain points\n\n${painPointsSection(journey, persona)}`,
    `## Metrics\n\n${metricsSection(journey, analysis.metrics, persona)}`,
    ...optionalSection('Customer voice', voiceSection(journey, persona)),
    ...optionalSection('Evidence', evidenceSection(journey, analysis.metrics, persona)),
    ...optionalSection('Backstage', backstageSection(journey, persona)),
    `## Gaps\n\n${gapsSection(analysis.findings)}`,
  ];
  return blocks.filter((block) => block !== '').join('\n\n') + '\n';
}

function facts(journey: Journey, options: MarkdownOptions): string {
  const items = [
    ...(options.fileName ? [`File: ${code(options.fileName)}`] : []),
    ...(options.persona ? [`For persona: ${escapeInline(personaName(journey, options.persona))}`] : []),
    ...(journey.owner ? [`Owner: ${escapeInline(journey.owner)}`] : []),
    ...(journey.reviewed ? [`Last reviewed: ${escapeInline(journey.reviewed)}`] : []),
    ...((journey.personas ?? []).length > 0 && !options.persona
      ? [`Personas: ${journey.personas!.map((p) => escapeInline(p.name)).join('; ')}`]
      : []),
  ];
  return items.map((item) => `- ${item}`).join('\n');
}

function descriptionParagraphs(description: string | undefined): string[] {
  if (description === undefined) return [];
  return description
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map(escapeInline)
    .filter((paragraph) => paragraph !== '');
}

function visibleTouchpoints(stage: Stage, persona: string | undefined): Touchpoint[] {
  return (stage.touchpoints ?? []).filter(
    (touchpoint) => persona === undefined || concernsPersona(touchpoint, persona),
  );
}

function stagesTable(journey: Journey, persona: string | undefined): string {
  const rows = journey.stages.map((stage, index) => {
    const touchpoints = visibleTouchpoints(stage, persona);
    const scores = touchpoints
      .map((touchpoint) => diagramEmotion(touchpoint, persona))
      .filter((emotion) => emotion.recorded)
      .map((emotion) => emotion.score);
    const average =
      scores.length === 0
        ? NONE
        : `${formatOneDecimal(scores.reduce((sum, score) => sum + score, 0) / scores.length)} / 5`;
    return [
      String(index + 1),
      escapeTableCell(stage.name),
      stage.kind ?? NONE,
      cell(stage.customerGoal),
      cell(stage.businessGoal),
      cell(stage.owner),
      String(touchpoints.length),
      average,
    ];
  });
  return table(
    ['#', 'Stage', 'Kind', 'Customer goal', 'Business goal', 'Owner', 'Touchpoints', 'Average emotion'],
    rows,
  );
}

function painPointsSection(journey: Journey, persona: string | undefined): string {
  const opportunities = journey.stages.flatMap((stage) =>
    (stage.touchpoints ?? []).flatMap((touchpoint) => touchpoint.opportunities ?? []),
  );
  const rows = journey.stages.flatMap((stage) =>
    visibleTouchpoints(stage, persona).flatMap((touchpoint) =>
      (touchpoint.painPoints ?? []).map((painPoint) => {
        const addressing = opportunities.filter((opportunity) => opportunity.addresses?.includes(painPoint.id));
        const ideas = addressing.map(
          (opportunity) =>
            `${escapeTableCell(opportunity.description)}${opportunity.status ? ` (${opportunity.status})` : ''}`,
        );
        const owners = [
          ...new Set(
            addressing.map((opportunity) => opportunity.owner).filter((owner): owner is string => owner !== undefined),
          ),
        ];
        return [
          escapeTableCell(painPoint.description),
          painPoint.severity ?? NONE,
          `${escapeTableCell(touchpoint.name)} (${escapeTableCell(stage.name)})`,
          ideas.length > 0 ? ideas.join('<br>') : '**none yet**',
          owners.length > 0 ? owners.map(escapeTableCell).join(', ') : NONE,
        ];
      }),
    ),
  );
  if (rows.length === 0) return 'No pain points recorded.';
  return table(['Pain point', 'Severity', 'Touchpoint', 'Opportunities', 'Owners'], rows);
}

function metricsSection(journey: Journey, metrics: readonly MetricResult[], persona: string | undefined): string {
  const rows = metrics
    .filter((metric) => {
      if (persona === undefined || metric.touchpointIndex === undefined) return true;
      const touchpoint = journey.stages[metric.stageIndex]?.touchpoints?.[metric.touchpointIndex];
      return touchpoint !== undefined && concernsPersona(touchpoint, persona);
    })
    .map((metric) => {
      const stage = journey.stages[metric.stageIndex];
      const touchpoint =
        metric.touchpointIndex === undefined ? undefined : stage?.touchpoints?.[metric.touchpointIndex];
      const where = touchpoint
        ? `${escapeTableCell(touchpoint.name)} (${escapeTableCell(stage?.name ?? '')})`
        : escapeTableCell(stage?.name ?? '');
      const status =
        metric.meetsTarget === true ? 'meets target' : metric.meetsTarget === false ? '**misses target**' : NONE;
      return [
        where,
        escapeTableCell(metric.question ? `${metric.label}: ${metric.question}` : metric.label),
        escapeTableCell(metric.display),
        status,
      ];
    });
  if (rows.length === 0) return 'No metrics recorded.';
  return table(['Where', 'Metric', 'Result', 'Status'], rows);
}

function gapsSection(findings: readonly Finding[]): string {
  const gaps = findings.filter((finding) => finding.category === 'gap');
  if (gaps.length === 0) return 'No gaps found.';
  return table(
    ['Code', 'Rule', 'Severity', 'Line', 'Message'],
    gaps.map((gap) => [
      gap.code,
      escapeTableCell(gap.rule ?? ''),
      gap.severity,
      String(gap.range.start.line),
      escapeTableCell(gap.message),
    ]),
  );
}

function invalidMapMarkdown(findings: readonly Finding[], fileName: string | undefined): string {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const rows = errors.map((error) => [
    error.code,
    String(error.range.start.line),
    String(error.range.start.column),
    escapeTableCell(error.message),
  ]);
  return [
    `# ${fileName ? escapeInline(fileName) : 'Journey map'}`,
    `This file is not a valid journey map yet, so it cannot be drawn. Fix ${errors.length === 1 ? 'this error' : `these ${errors.length} errors`} first:`,
    table(['Code', 'Line', 'Column', 'Message'], rows),
    '',
  ].join('\n\n');
}

function cell(text: string | undefined): string {
  return text === undefined ? NONE : escapeTableCell(text);
}

function formatOneDecimal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}
