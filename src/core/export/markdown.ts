import type { Finding } from '../findings';
import type { Journey, Stage, Touchpoint } from '../generated/journey';
import { concernsPersona, meanEmotion, personaName, toMermaid } from '../mermaid/index';
import { pickLanguage, translator, type Language, type Translator } from '../l10n/index';
import { metricPlace, type MetricResult } from '../metrics/index';
import { code, escapeInline, escapeTableCell, markdownMessage, table } from './markdownText';
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
  /**
   * The reader's language (the editor's display language, the CLI's --lang). A map that
   * declares its own `language` is exported in that language instead, whoever exports it.
   */
  readonly language?: Language;
}

/** The language an export of this map is written in: the map's own `language`, else the reader's. */
export function exportLanguage(journey: { readonly language?: string } | undefined, reader?: Language): Language {
  return pickLanguage(journey?.language, reader);
}

/**
 * A journey map as a Markdown document for wikis, READMEs and PR comments: title,
 * description, a ```mermaid block GitHub renders natively (classic `journey`
 * syntax only, so older Mermaid versions draw it too), then tables of stages, pain
 * points with the opportunities addressing them, metrics against targets and gaps.
 * An invalid map gives a document listing its errors instead of a diagram.
 */
export function toMarkdown(analysis: MarkdownInput, options: MarkdownOptions = {}): string {
  const journey = analysis.journey;
  // An invalid map has no readable `language`; its error list follows the reader.
  const tr = translator(exportLanguage(journey, options.language));
  if (journey === undefined) return invalidMapMarkdown(analysis.findings, options.fileName, tr);
  const persona = options.persona;
  const blocks = [
    `# ${escapeInline(journey.journey)}`,
    facts(journey, options, tr),
    ...descriptionParagraphs(journey.description),
    ['```mermaid', toMermaid(journey, persona === undefined ? {} : { persona }).text.trimEnd(), '```'].join('\n'),
    `## ${tr.t('markdown.stages')}\n\n${stagesTable(journey, persona, tr)}`,
    `## ${tr.t('markdown.painPoints')}\n\n${painPointsSection(journey, persona, tr)}`,
    `## ${tr.t('markdown.metrics')}\n\n${metricsSection(journey, analysis.metrics, persona, tr)}`,
    ...optionalSection(tr.t('markdown.voice'), voiceSection(journey, persona, tr)),
    ...optionalSection(tr.t('markdown.evidence'), evidenceSection(journey, analysis.metrics, persona, tr)),
    ...optionalSection(tr.t('markdown.backstage'), backstageSection(journey, persona, tr)),
    `## ${tr.t('markdown.gaps')}\n\n${gapsSection(analysis.findings, tr)}`,
  ];
  return blocks.filter((block) => block !== '').join('\n\n') + '\n';
}

function facts(journey: Journey, options: MarkdownOptions, tr: Translator): string {
  const items = [
    ...(options.fileName ? [tr.t('markdown.file', { file: code(options.fileName) })] : []),
    ...(options.persona
      ? [tr.t('markdown.forPersona', { persona: escapeInline(personaName(journey, options.persona)) })]
      : []),
    ...(journey.owner ? [tr.t('markdown.owner', { owner: escapeInline(journey.owner) })] : []),
    ...(journey.reviewed ? [tr.t('markdown.reviewed', { date: escapeInline(journey.reviewed) })] : []),
    ...((journey.personas ?? []).length > 0 && !options.persona
      ? [tr.t('markdown.personas', { personas: journey.personas!.map((p) => escapeInline(p.name)).join('; ') })]
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

function stagesTable(journey: Journey, persona: string | undefined, tr: Translator): string {
  const none = tr.t('common.none');
  const rows = journey.stages.map((stage, index) => {
    const touchpoints = visibleTouchpoints(stage, persona);
    // Exact per-touchpoint means, averaged, then rounded once for display (rounding each
    // touchpoint first made a true 3.5 show as 3.7).
    const scores = touchpoints
      .map((touchpoint) => meanEmotion(touchpoint, persona))
      .filter((score): score is number => score !== undefined);
    const average =
      scores.length === 0
        ? none
        : tr.t('markdown.averageEmotion', {
            score: formatOneDecimal(scores.reduce((sum, score) => sum + score, 0) / scores.length),
          });
    return [
      String(index + 1),
      escapeTableCell(stage.name),
      stage.kind ?? none,
      cell(stage.customerGoal, none),
      cell(stage.businessGoal, none),
      cell(stage.owner, none),
      String(touchpoints.length),
      average,
    ];
  });
  return table(
    [
      tr.t('markdown.column.number'),
      tr.t('markdown.column.stage'),
      tr.t('markdown.column.kind'),
      tr.t('markdown.column.customerGoal'),
      tr.t('markdown.column.businessGoal'),
      tr.t('markdown.column.owner'),
      tr.t('markdown.column.touchpoints'),
      tr.t('markdown.column.averageEmotion'),
    ],
    rows,
  );
}

function painPointsSection(journey: Journey, persona: string | undefined, tr: Translator): string {
  const none = tr.t('common.none');
  const opportunities = journey.stages.flatMap((stage) =>
    (stage.touchpoints ?? []).flatMap((touchpoint) => touchpoint.opportunities ?? []),
  );
  const rows = journey.stages.flatMap((stage) =>
    visibleTouchpoints(stage, persona).flatMap((touchpoint) =>
      (touchpoint.painPoints ?? []).map((painPoint) => {
        const addressing = opportunities.filter((opportunity) => opportunity.addresses?.includes(painPoint.id));
        const ideas = addressing.map(
          (opportunity) =>
            `${escapeTableCell(opportunity.description)}${opportunity.status ? ` (${tr.t(`opportunityStatus.${opportunity.status}`)})` : ''}`,
        );
        const owners = [
          ...new Set(
            addressing.map((opportunity) => opportunity.owner).filter((owner): owner is string => owner !== undefined),
          ),
        ];
        return [
          escapeTableCell(painPoint.description),
          painPoint.severity ? tr.t(`painSeverity.${painPoint.severity}`) : none,
          tr.t('markdown.touchpointInStage', {
            touchpoint: escapeTableCell(touchpoint.name),
            stage: escapeTableCell(stage.name),
          }),
          ideas.length > 0 ? ideas.join('<br>') : tr.t('markdown.noOpportunityYet'),
          owners.length > 0 ? owners.map(escapeTableCell).join(', ') : none,
        ];
      }),
    ),
  );
  if (rows.length === 0) return tr.t('markdown.noPainPoints');
  return table(
    [
      tr.t('markdown.column.painPoint'),
      tr.t('markdown.column.severity'),
      tr.t('markdown.column.touchpoint'),
      tr.t('markdown.column.opportunities'),
      tr.t('markdown.column.owners'),
    ],
    rows,
  );
}

function metricsSection(
  journey: Journey,
  metrics: readonly MetricResult[],
  persona: string | undefined,
  tr: Translator,
): string {
  const rows = metrics
    .filter((metric) => {
      if (persona === undefined || metric.touchpointIndex === undefined) return true;
      const { touchpoint } = metricPlace(journey, metric);
      return touchpoint !== undefined && concernsPersona(touchpoint, persona);
    })
    .map((metric) => {
      const { stage, touchpoint } = metricPlace(journey, metric);
      const where = touchpoint
        ? tr.t('markdown.touchpointInStage', {
            touchpoint: escapeTableCell(touchpoint.name),
            stage: escapeTableCell(stage?.name ?? ''),
          })
        : escapeTableCell(stage?.name ?? '');
      const status =
        metric.meetsTarget === true
          ? tr.t('markdown.meetsTarget')
          : metric.meetsTarget === false
            ? tr.t('markdown.missesTarget')
            : tr.t('common.none');
      return [
        where,
        escapeTableCell(
          metric.question ? `${tr.value(metric.labelMessage)}: ${metric.question}` : tr.value(metric.labelMessage),
        ),
        escapeTableCell(tr.value(metric.displayMessage)),
        status,
      ];
    });
  if (rows.length === 0) return tr.t('markdown.noMetrics');
  return table(
    [
      tr.t('markdown.column.where'),
      tr.t('markdown.column.metric'),
      tr.t('markdown.column.result'),
      tr.t('markdown.column.status'),
    ],
    rows,
  );
}

function gapsSection(findings: readonly Finding[], tr: Translator): string {
  const gaps = findings.filter((finding) => finding.category === 'gap');
  if (gaps.length === 0) return tr.t('markdown.noGaps');
  return table(
    [
      tr.t('markdown.column.code'),
      tr.t('markdown.column.rule'),
      tr.t('markdown.column.severity'),
      tr.t('markdown.column.line'),
      tr.t('markdown.column.message'),
    ],
    gaps.map((gap) => [
      gap.code,
      escapeTableCell(gap.rule ?? ''),
      tr.t(`severity.${gap.severity}`),
      String(gap.range.start.line),
      markdownMessage(tr.finding(gap)).replace(/\|/g, '\\|'),
    ]),
  );
}

function invalidMapMarkdown(findings: readonly Finding[], fileName: string | undefined, tr: Translator): string {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const rows = errors.map((error) => [
    error.code,
    String(error.range.start.line),
    String(error.range.start.column),
    markdownMessage(tr.finding(error)).replace(/\|/g, '\\|'),
  ]);
  return [
    `# ${fileName ? escapeInline(fileName) : tr.t('markdown.invalid.title')}`,
    tr.t('markdown.invalid.intro', { count: errors.length }),
    table(
      [
        tr.t('markdown.column.code'),
        tr.t('markdown.column.line'),
        tr.t('markdown.column.column'),
        tr.t('markdown.column.message'),
      ],
      rows,
    ),
    '',
  ].join('\n\n');
}

function cell(text: string | undefined, none: string): string {
  return text === undefined ? none : escapeTableCell(text);
}

function formatOneDecimal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}
