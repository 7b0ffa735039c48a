import { bold, code, escapeInline, escapeTableCell, markdownMessage, table } from '../export/markdownText';
import { pickLanguage, translator, type Language, type Translator } from '../l10n/index';
import type { MessageKey } from '../l10n/index';
import type {
  DiffFinding,
  DiffSide,
  EmotionChange,
  JourneyDiff,
  MetricMovement,
  MetricSnapshot,
  OpportunityRef,
  ResearchChange,
  TouchpointRef,
} from './types';
import { describeEvidenceList } from '../evidence';
import type { Evidence } from '../generated/journey';

export interface DiffMarkdownOptions {
  /** How to name the old version, e.g. a file name or a git revision. Default "before". */
  readonly beforeLabel?: string;
  /** How to name the new version. Default "after". */
  readonly afterLabel?: string;
  /**
   * The reader's language (--lang, the editor's display language). A map that declares its
   * own `language` (the new version's, else the old one's) is summarised in that language instead.
   */
  readonly language?: Language;
}

// A type alias, not an interface, so it fits a message's data record.
type Labels = { readonly before: string; readonly after: string };

/** The language a diff is summarised in: the map's own `language` (new version first), else the reader's. */
export function diffLanguage(diff: Pick<JourneyDiff, 'before' | 'after'>, reader?: Language): Language {
  return pickLanguage(diff.after.language, diff.before.language, reader);
}

/**
 * The diff as a Markdown summary for a pull-request comment: a headline sentence,
 * then one section per kind of change, only when it has something to say.
 */
export function formatDiffMarkdown(diff: JourneyDiff, options: DiffMarkdownOptions = {}): string {
  const tr = translator(diffLanguage(diff, options.language));
  const labels: Labels = {
    before: code(options.beforeLabel ?? tr.t('diff.defaultBefore')),
    after: code(options.afterLabel ?? tr.t('diff.defaultAfter')),
  };
  const title = diff.after.title ?? diff.before.title;
  const heading = `## ${title ? tr.t('diff.headingWithTitle', { title: escapeInline(title) }) : tr.t('diff.heading')}`;
  if (!diff.comparable) return [heading, invalidSummary(diff, labels, tr), ''].join('\n\n');
  if (diff.unchanged) return [heading, tr.t('diff.unchanged', labels), ''].join('\n\n');
  const lines = new Lines(tr);
  const renamed = diff.personas.renamed;
  const sections = [
    lines.section(
      'diff.section.map',
      diff.details.map((change) =>
        tr.t('diff.change', {
          what: tr.t(`diff.field.${change.field}`),
          from: lines.value(change.from),
          to: lines.value(change.to),
        }),
      ),
    ),
    lines.section('diff.section.personas', [
      ...diff.personas.added.map((persona) => tr.t('diff.added', { name: bold(persona.name), id: code(persona.id) })),
      ...diff.personas.removed.map((persona) =>
        tr.t('diff.removed', { name: bold(persona.name), id: code(persona.id) }),
      ),
      ...renamed.map((change) => lines.renamed(change)),
      ...diff.personas.idChanged.map((change) => lines.idChanged(change)),
    ]),
    lines.section('diff.section.stages', [
      ...diff.stages.added.map((stage) => tr.t('diff.added', { name: bold(stage.name), id: code(stage.id) })),
      ...diff.stages.removed.map((stage) => tr.t('diff.removed', { name: bold(stage.name), id: code(stage.id) })),
      ...diff.stages.renamed.map((change) => lines.renamed(change)),
      ...diff.stages.idChanged.map((change) => lines.idChanged(change)),
      ...diff.stages.moved.map((move) =>
        tr.t('diff.stageMoved', { name: bold(move.name), from: move.fromPosition, to: move.toPosition }),
      ),
    ]),
    lines.section('diff.section.touchpoints', [
      ...diff.touchpoints.added.map((touchpoint) =>
        tr.t('diff.touchpointAdded', { name: bold(touchpoint.name), stage: escapeInline(touchpoint.stage) }),
      ),
      ...diff.touchpoints.removed.map((touchpoint) =>
        tr.t('diff.touchpointRemoved', { name: bold(touchpoint.name), stage: escapeInline(touchpoint.stage) }),
      ),
      ...diff.touchpoints.renamed.map((change) => lines.renamed(change)),
      ...diff.touchpoints.idChanged.map((change) => lines.idChanged(change)),
      ...diff.touchpoints.moved.map((move) =>
        move.kind === 'stage'
          ? tr.t('diff.touchpointMovedStage', {
              name: bold(move.name),
              from: escapeInline(move.fromStage),
              to: escapeInline(move.toStage),
            })
          : tr.t('diff.touchpointMovedWithin', { name: bold(move.name), stage: escapeInline(move.toStage) }),
      ),
    ]),
    lines.section(
      'diff.section.emotions',
      diff.emotions.map((change) => lines.emotion(change)),
    ),
    lines.section('diff.section.painPoints', [
      ...diff.painPoints.opened.map((pain) => lines.painPoint('diff.painOpened', pain)),
      ...diff.painPoints.resolved.map((pain) => lines.painPoint('diff.painResolved', pain)),
      ...diff.painPoints.removed.map((pain) => lines.painPoint('diff.painRemoved', pain)),
    ]),
    lines.section('diff.section.opportunities', [
      ...diff.opportunities.added.map((opportunity) =>
        tr.t('diff.opportunityAdded', { opportunity: lines.opportunity(opportunity) }),
      ),
      ...diff.opportunities.removed.map((opportunity) =>
        tr.t('diff.opportunityRemoved', { opportunity: lines.opportunity(opportunity) }),
      ),
      ...diff.opportunities.statusChanged.map((change) =>
        tr.t('diff.opportunityStatus', {
          description: bold(change.opportunity.description),
          from: lines.status(change.from),
          to: lines.status(change.to),
        }),
      ),
    ]),
    lines.section(
      'diff.section.owners',
      diff.owners.map((change) =>
        tr.t(change.kind === 'touchpoint' ? 'diff.ownerTouchpoint' : 'diff.ownerOpportunity', {
          name: bold(change.name),
          from: lines.value(change.from),
          to: lines.value(change.to),
        }),
      ),
    ),
    lines.section('diff.section.momentsOfTruth', [
      ...diff.momentsOfTruth.flagged.map((touchpoint) =>
        tr.t('diff.nowMomentOfTruth', { touchpoint: lines.at(touchpoint) }),
      ),
      ...diff.momentsOfTruth.unflagged.map((touchpoint) =>
        tr.t('diff.noLongerMomentOfTruth', { touchpoint: lines.at(touchpoint) }),
      ),
    ]),
    lines.section(
      'diff.section.metrics',
      diff.metrics.map((movement) => lines.metric(movement)),
    ),
    lines.section(
      'diff.section.research',
      diff.research.map((change) => lines.research(change)),
    ),
    lines.section('diff.section.otherDetails', [
      ...diff.fields.map((change) =>
        tr.t('diff.field', {
          kind: tr.t(`diff.kind.${change.kind}`),
          name: bold(change.name),
          field: code(change.field),
          from: lines.value(change.from),
          to: lines.value(change.to),
        }),
      ),
      ...(diff.otherChanges ? [tr.t('diff.otherChanges')] : []),
    ]),
    gapsSection(diff.gaps, labels, lines),
  ].filter((text) => text !== '');
  return [heading, headline(diff, labels, tr), ...sections, ''].join('\n\n');
}

function headline(diff: JourneyDiff, labels: Labels, tr: Translator): string {
  const parts: string[] = [];
  const count = (n: number, key: MessageKey) => (n > 0 ? [tr.t(key, { count: n })] : []);
  const listPart = (key: MessageKey, counts: string[]) =>
    counts.length > 0 ? [tr.t(key, { changes: counts.join(tr.t('common.listSeparator')) })] : [];
  const changeCounts = (lists: {
    added: unknown[];
    removed: unknown[];
    renamed: { id: string }[];
    idChanged?: { to: string }[];
    moved?: unknown[];
  }) => [
    ...count(lists.added.length, 'diff.headline.added'),
    ...count(lists.removed.length, 'diff.headline.removed'),
    // A new name, a new id or both: one rename of one item.
    ...count(
      new Set([...lists.renamed.map((change) => change.id), ...(lists.idChanged ?? []).map((change) => change.to)])
        .size,
      'diff.headline.renamed',
    ),
    ...count(lists.moved?.length ?? 0, 'diff.headline.moved'),
  ];
  parts.push(...listPart('diff.headline.stages', changeCounts(diff.stages)));
  parts.push(...listPart('diff.headline.touchpoints', changeCounts(diff.touchpoints)));
  // Touchpoints, not changes: one touchpoint whose score rose for two personas is one touchpoint.
  const touchpointsWith = (direction: EmotionChange['direction']) =>
    new Set(diff.emotions.filter((change) => change.direction === direction).map((change) => change.touchpoint.id))
      .size;
  const up = touchpointsWith('up');
  const down = touchpointsWith('down');
  if (up + down > 0)
    parts.push(
      tr.t('diff.headline.emotion', {
        changes: [...count(up, 'diff.headline.emotionUp'), ...count(down, 'diff.headline.emotionDown')].join(
          tr.t('common.and'),
        ),
      }),
    );
  const opened = diff.painPoints.opened.length;
  const resolved = diff.painPoints.resolved.length;
  const removed = diff.painPoints.removed.length;
  if (opened + resolved + removed > 0)
    parts.push(
      [
        ...count(opened, 'diff.headline.painOpened'),
        ...count(resolved, opened > 0 ? 'diff.headline.painAlsoResolved' : 'diff.headline.painResolved'),
        ...count(removed, opened + resolved > 0 ? 'diff.headline.painAlsoRemoved' : 'diff.headline.painRemoved'),
      ].join(tr.t('common.listSeparator')),
    );
  parts.push(...listPart('diff.headline.personas', changeCounts(diff.personas)));
  const opportunityChanges =
    diff.opportunities.added.length + diff.opportunities.removed.length + diff.opportunities.statusChanged.length;
  parts.push(...count(opportunityChanges, 'diff.headline.opportunityChanges'));
  parts.push(...count(diff.owners.length, 'diff.headline.ownerChanges'));
  const truths = diff.momentsOfTruth.flagged.length + diff.momentsOfTruth.unflagged.length;
  parts.push(...count(truths, 'diff.headline.momentsOfTruth'));
  const nowMeet = diff.metrics.filter(
    (movement) => movement.before?.meetsTarget === false && movement.after?.meetsTarget === true,
  ).length;
  const nowMiss = diff.metrics.filter(
    (movement) => movement.before?.meetsTarget === true && movement.after?.meetsTarget === false,
  ).length;
  const verdicts = [...count(nowMeet, 'diff.headline.nowMeet'), ...count(nowMiss, 'diff.headline.nowMiss')];
  if (diff.metrics.length > 0) {
    const changes = tr.t('diff.headline.metricChanges', { count: diff.metrics.length });
    parts.push(
      verdicts.length > 0
        ? tr.t('diff.headline.metricVerdicts', { changes, verdicts: verdicts.join(tr.t('common.listSeparator')) })
        : changes,
    );
  }
  if (diff.details.length > 0)
    parts.push(
      tr.t('diff.headline.detailsChanged', {
        fields: diff.details.map((change) => tr.t(`diff.phrase.${change.field}`)).join(tr.t('common.listSeparator')),
      }),
    );
  parts.push(...count(diff.fields.length + (diff.otherChanges ? 1 : 0), 'diff.headline.otherDetails'));
  const gaps =
    diff.gaps.before === diff.gaps.after
      ? tr.t('diff.headline.gapsUnchanged', { count: diff.gaps.after })
      : tr.t('diff.headline.gaps', { before: diff.gaps.before, after: diff.gaps.after });
  return tr.t('diff.headline', { ...labels, changes: [...parts, gaps].join(tr.t('diff.headline.separator')) });
}

function invalidSummary(diff: JourneyDiff, labels: Labels, tr: Translator): string {
  const broken = [
    diff.before.valid ? undefined : { label: labels.before, side: diff.before },
    diff.after.valid ? undefined : { label: labels.after, side: diff.after },
  ].filter((entry): entry is { label: string; side: DiffSide } => entry !== undefined);
  const which =
    broken.length === 2 ? tr.t('diff.invalid.neither') : tr.t('diff.invalid.one', { label: broken[0]!.label });
  const lines = [tr.t('diff.invalid', { ...labels, which })];
  for (const { label, side } of broken) {
    lines.push('', tr.t('diff.invalid.errorsIn', { label }), '', ...side.errors.map((error) => findingLine(error, tr)));
  }
  return lines.join('\n');
}

function gapsSection(gaps: JourneyDiff['gaps'], labels: Labels, lines: Lines): string {
  const tr = lines.tr;
  if (gaps.byCode.length === 0 && gaps.new.length === 0 && gaps.fixed.length === 0) return '';
  const change = gaps.after - gaps.before;
  const trend =
    change === 0
      ? tr.t('diff.gaps.same')
      : change < 0
        ? tr.t('diff.gaps.fewer', { count: -change })
        : tr.t('diff.gaps.more', { count: change });
  const out = [
    `### ${tr.t('diff.section.gaps')}`,
    '',
    tr.t('diff.gaps.count', {
      count: gaps.before,
      before: labels.before,
      after: gaps.after,
      afterLabel: labels.after,
      trend,
    }),
  ];
  if (gaps.byCode.length > 0) {
    out.push(
      '',
      table(
        [
          tr.t('markdown.column.code'),
          tr.t('markdown.column.rule'),
          tr.t('diff.gaps.column.before'),
          tr.t('diff.gaps.column.after'),
        ],
        gaps.byCode.map((count) => [
          count.code,
          escapeTableCell(count.rule ?? ''),
          String(count.before),
          String(count.after),
        ]),
      ),
    );
  }
  if (gaps.new.length > 0)
    out.push(
      '',
      tr.t('diff.gaps.new', { label: labels.after }),
      '',
      ...gaps.new.map((finding) => findingLine(finding, tr)),
    );
  if (gaps.fixed.length > 0)
    out.push(
      '',
      tr.t('diff.gaps.fixed', { label: labels.before }),
      '',
      ...gaps.fixed.map((finding) => findingLine(finding, tr)),
    );
  return out.join('\n');
}

function findingLine(finding: DiffFinding, tr: Translator): string {
  return `- ${tr.t('diff.findingLine', {
    line: finding.line,
    code: code(finding.code),
    rule: finding.rule ? ` ${finding.rule}` : '',
    message: markdownMessage(tr.finding(finding)),
  })}`;
}

/** The pieces of the summary's lines, in one language. */
class Lines {
  constructor(readonly tr: Translator) {}

  /** A quote, feeling, evidence or backstage change as one sentence; author text escaped. */
  research(change: ResearchChange): string {
    const tr = this.tr;
    const where = tr.t(`diff.research.where.${change.item}`, { name: escapeInline(change.name) });
    const evidence = (list: ResearchChange['fromEvidence']) =>
      describeEvidenceList(list as readonly Evidence[] | undefined, tr);
    const isEvidence = change.kind.startsWith('evidence-');
    return tr.t(`diff.research.${change.kind}`, {
      where,
      text: escapeInline(change.text ?? ''),
      lane: change.lane ? tr.t(`diff.research.lane.${change.lane}`) : '',
      from: isEvidence ? escapeInline(evidence(change.fromEvidence)) : this.value(change.from),
      to: isEvidence ? escapeInline(evidence(change.toEvidence)) : this.value(change.to),
    });
  }

  section(title: MessageKey, lines: readonly string[]): string {
    return lines.length === 0 ? '' : [`### ${this.tr.t(title)}`, '', ...lines.map((line) => `- ${line}`)].join('\n');
  }

  idChanged(change: { name: string; from: string; to: string }): string {
    return this.tr.t('diff.idChanged', { name: bold(change.name), from: code(change.from), to: code(change.to) });
  }

  renamed(change: { id: string; from: string; to: string }): string {
    return this.tr.t('diff.renamed', {
      id: code(change.id),
      from: escapeInline(change.from),
      to: escapeInline(change.to),
    });
  }

  emotion(change: EmotionChange): string {
    const who = change.persona
      ? this.tr.t('diff.emotionFor', { touchpoint: this.at(change.touchpoint), persona: escapeInline(change.persona) })
      : this.at(change.touchpoint);
    switch (change.direction) {
      case 'up':
        return `↑ ${who}: ${change.from} → ${change.to}`;
      case 'down':
        return `↓ ${who}: ${change.from} → ${change.to}`;
      case 'recorded':
        return this.tr.t('diff.emotionRecorded', { who, score: change.to ?? '' });
      case 'unrecorded':
        return this.tr.t('diff.emotionUnrecorded', { who, score: change.from ?? '' });
    }
  }

  painPoint(
    key: 'diff.painOpened' | 'diff.painResolved' | 'diff.painRemoved',
    pain: { description: string; id: string; severity?: string; touchpoint: TouchpointRef },
  ): string {
    const facts = [code(pain.id), ...(pain.severity ? [this.painSeverity(pain.severity)] : [])];
    return this.tr.t(key, {
      description: bold(pain.description),
      facts: facts.join(this.tr.t('common.listSeparator')),
      touchpoint: this.at(pain.touchpoint),
    });
  }

  metric(movement: MetricMovement): string {
    // In the summary's language when the diff carries the keyed texts (a diff read back from JSON may not).
    const text = (snapshot: MetricSnapshot): string =>
      escapeInline(snapshot.displayMessage ? this.tr.value(snapshot.displayMessage) : snapshot.display);
    const name = escapeInline(movement.labelMessage ? this.tr.value(movement.labelMessage) : movement.label);
    if (movement.change === 'added') return this.tr.t('diff.metricAdded', { name, value: text(movement.after!) });
    if (movement.change === 'removed') return this.tr.t('diff.metricRemoved', { name, value: text(movement.before!) });
    const arrow = movement.direction === 'up' ? '↑ ' : movement.direction === 'down' ? '↓ ' : '';
    const was = movement.before!.meetsTarget;
    const now = movement.after!.meetsTarget;
    const verdict =
      was === false && now === true
        ? this.tr.t('diff.metricNowMeets')
        : was === true && now === false
          ? this.tr.t('diff.metricNowBelow')
          : '';
    return `${arrow}${name}: ${text(movement.before!)} → ${text(movement.after!)}${verdict}`;
  }

  opportunity(opportunity: OpportunityRef): string {
    const facts = [
      opportunity.owner
        ? this.tr.t('diff.opportunityOwner', { owner: escapeInline(opportunity.owner) })
        : this.tr.t('diff.opportunityNoOwner'),
      ...(opportunity.status ? [this.status(opportunity.status)] : []),
    ];
    return this.tr.t('diff.opportunity', {
      description: bold(opportunity.description),
      touchpoint: escapeInline(opportunity.touchpoint.name),
      facts: facts.join(this.tr.t('common.listSeparator')),
    });
  }

  at(touchpoint: TouchpointRef): string {
    return this.tr.t('markdown.touchpointInStage', {
      touchpoint: bold(touchpoint.name),
      stage: escapeInline(touchpoint.stage),
    });
  }

  value(text: string | undefined): string {
    return text === undefined ? this.tr.t('diff.none') : escapeInline(text);
  }

  /** An opportunity status from the schema's list, in the summary's language; anything else as written. */
  status(status: string | undefined): string {
    if (status === undefined) return this.tr.t('diff.none');
    return STATUSES.has(status) ? this.tr.t(`opportunityStatus.${status}` as MessageKey) : escapeInline(status);
  }

  painSeverity(severity: string): string {
    return SEVERITIES.has(severity) ? this.tr.t(`painSeverity.${severity}` as MessageKey) : severity;
  }
}

const STATUSES = new Set(['idea', 'planned', 'in-progress', 'done']);
const SEVERITIES = new Set(['low', 'medium', 'high']);
