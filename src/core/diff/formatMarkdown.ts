import { bold, code, escapeInline, escapeTableCell, table } from '../export/markdownText';
import type {
  DiffFinding,
  DiffSide,
  EmotionChange,
  JourneyDiff,
  MetricMovement,
  OpportunityRef,
  TouchpointRef,
} from './types';

export interface DiffMarkdownOptions {
  /** How to name the old version, e.g. a file name or a git revision. Default "before". */
  readonly beforeLabel?: string;
  /** How to name the new version. Default "after". */
  readonly afterLabel?: string;
}

const DETAIL_NAMES = { journey: 'Title', description: 'Description', owner: 'Owner', reviewed: 'Reviewed' } as const;
const DETAIL_PHRASES = {
  journey: 'title',
  description: 'description',
  owner: 'map owner',
  reviewed: 'review date',
} as const;

/**
 * The diff as a Markdown summary for a pull-request comment: a headline sentence,
 * then one section per kind of change, only when it has something to say.
 */
export function formatDiffMarkdown(diff: JourneyDiff, options: DiffMarkdownOptions = {}): string {
  const labels = { before: code(options.beforeLabel ?? 'before'), after: code(options.afterLabel ?? 'after') };
  const title = diff.after.title ?? diff.before.title;
  const heading = `## Journey map changes${title ? `: ${escapeInline(title)}` : ''}`;
  if (!diff.comparable) return [heading, invalidSummary(diff, labels), ''].join('\n\n');
  if (diff.unchanged)
    return [heading, `No changes to the journey between ${labels.before} and ${labels.after}.`, ''].join('\n\n');
  const sections = [
    section(
      'Map',
      diff.details.map((change) => `- ${DETAIL_NAMES[change.field]}: ${value(change.from)} → ${value(change.to)}`),
    ),
    section('Personas', [
      ...diff.personas.added.map((persona) => `- Added ${bold(persona.name)} (${code(persona.id)})`),
      ...diff.personas.removed.map((persona) => `- Removed ${bold(persona.name)} (${code(persona.id)})`),
      ...diff.personas.renamed.map(
        (change) => `- Renamed ${code(change.id)}: ${escapeInline(change.from)} → ${escapeInline(change.to)}`,
      ),
    ]),
    section('Stages', [
      ...diff.stages.added.map((stage) => `- Added ${bold(stage.name)} (${code(stage.id)})`),
      ...diff.stages.removed.map((stage) => `- Removed ${bold(stage.name)} (${code(stage.id)})`),
      ...diff.stages.renamed.map(
        (change) => `- Renamed ${code(change.id)}: ${escapeInline(change.from)} → ${escapeInline(change.to)}`,
      ),
      ...diff.stages.moved.map(
        (move) => `- Moved ${bold(move.name)} from position ${move.fromPosition} to ${move.toPosition}`,
      ),
    ]),
    section('Touchpoints', [
      ...diff.touchpoints.added.map(
        (touchpoint) => `- Added ${bold(touchpoint.name)} in ${escapeInline(touchpoint.stage)}`,
      ),
      ...diff.touchpoints.removed.map(
        (touchpoint) => `- Removed ${bold(touchpoint.name)} from ${escapeInline(touchpoint.stage)}`,
      ),
      ...diff.touchpoints.renamed.map(
        (change) => `- Renamed ${code(change.id)}: ${escapeInline(change.from)} → ${escapeInline(change.to)}`,
      ),
      ...diff.touchpoints.moved.map((move) =>
        move.kind === 'stage'
          ? `- Moved ${bold(move.name)} from ${escapeInline(move.fromStage)} to ${escapeInline(move.toStage)}`
          : `- Moved ${bold(move.name)} to another place within ${escapeInline(move.toStage)}`,
      ),
    ]),
    section('Emotions', diff.emotions.map(emotionLine)),
    section('Pain points', [
      ...diff.painPoints.opened.map(
        (pain) =>
          `- Opened: ${bold(pain.description)} (${[code(pain.id), ...(pain.severity ? [pain.severity] : [])].join(', ')}) at ${at(pain.touchpoint)}`,
      ),
      ...diff.painPoints.resolved.map(
        (pain) =>
          `- Resolved: ${bold(pain.description)} (${[code(pain.id), ...(pain.severity ? [pain.severity] : [])].join(', ')}) at ${at(pain.touchpoint)}`,
      ),
    ]),
    section('Opportunities', [
      ...diff.opportunities.added.map((opportunity) => `- Added: ${opportunityLine(opportunity)}`),
      ...diff.opportunities.removed.map((opportunity) => `- Removed: ${opportunityLine(opportunity)}`),
      ...diff.opportunities.statusChanged.map(
        (change) => `- Status of ${bold(change.opportunity.description)}: ${value(change.from)} → ${value(change.to)}`,
      ),
    ]),
    section(
      'Owners',
      diff.owners.map(
        (change) =>
          `- ${change.kind === 'touchpoint' ? 'Touchpoint' : 'Opportunity'} ${bold(change.name)}: ${value(change.from)} → ${value(change.to)}`,
      ),
    ),
    section('Moments of truth', [
      ...diff.momentsOfTruth.flagged.map((touchpoint) => `- Now a moment of truth: ${at(touchpoint)}`),
      ...diff.momentsOfTruth.unflagged.map((touchpoint) => `- No longer a moment of truth: ${at(touchpoint)}`),
    ]),
    section('Metrics', diff.metrics.map(metricLine)),
    section(
      'Voices, evidence and backstage',
      diff.research.map((change) => `- ${escapeInline(change.summary)}`),
    ),
    section('Other details', [
      ...diff.fields.map(
        (change) =>
          `- ${capitalize(change.kind)} ${bold(change.name)}, ${code(change.field)}: ${value(change.from)} → ${value(change.to)}`,
      ),
      ...(diff.otherChanges
        ? [
            '- Other values changed that this summary does not itemise (for example a metric’s label or period): see the file diff.',
          ]
        : []),
    ]),
    gapsSection(diff.gaps, labels),
  ].filter((text) => text !== '');
  return [heading, headline(diff, labels), ...sections, ''].join('\n\n');
}

function headline(diff: JourneyDiff, labels: { before: string; after: string }): string {
  const parts: string[] = [];
  const count = (n: number, what: string) => (n > 0 ? [`${n} ${what}`] : []);
  const listPart = (noun: string, counts: string[]) => (counts.length > 0 ? [`${noun} ${counts.join(', ')}`] : []);
  parts.push(
    ...listPart('stages', [
      ...count(diff.stages.added.length, 'added'),
      ...count(diff.stages.removed.length, 'removed'),
      ...count(diff.stages.renamed.length, 'renamed'),
      ...count(diff.stages.moved.length, 'moved'),
    ]),
  );
  parts.push(
    ...listPart('touchpoints', [
      ...count(diff.touchpoints.added.length, 'added'),
      ...count(diff.touchpoints.removed.length, 'removed'),
      ...count(diff.touchpoints.renamed.length, 'renamed'),
      ...count(diff.touchpoints.moved.length, 'moved'),
    ]),
  );
  const up = diff.emotions.filter((change) => change.direction === 'up').length;
  const down = diff.emotions.filter((change) => change.direction === 'down').length;
  if (up + down > 0)
    parts.push(
      `emotion ${[...(up > 0 ? [`up at ${plural(up, 'touchpoint')}`] : []), ...(down > 0 ? [`down at ${plural(down, 'touchpoint')}`] : [])].join(' and ')}`,
    );
  const opened = diff.painPoints.opened.length;
  const resolved = diff.painPoints.resolved.length;
  if (opened + resolved > 0)
    parts.push(
      [
        ...count(opened, `${noun(opened, 'pain point')} opened`),
        ...count(resolved, opened > 0 ? 'resolved' : `${noun(resolved, 'pain point')} resolved`),
      ].join(', '),
    );
  parts.push(
    ...listPart('personas', [
      ...count(diff.personas.added.length, 'added'),
      ...count(diff.personas.removed.length, 'removed'),
      ...count(diff.personas.renamed.length, 'renamed'),
    ]),
  );
  const opportunityChanges =
    diff.opportunities.added.length + diff.opportunities.removed.length + diff.opportunities.statusChanged.length;
  parts.push(...count(opportunityChanges, noun(opportunityChanges, 'opportunity change')));
  parts.push(...count(diff.owners.length, noun(diff.owners.length, 'owner change')));
  const truths = diff.momentsOfTruth.flagged.length + diff.momentsOfTruth.unflagged.length;
  parts.push(...count(truths, `${noun(truths, 'moment')} of truth changed`));
  const nowMeet = diff.metrics.filter(
    (movement) => movement.before?.meetsTarget === false && movement.after?.meetsTarget === true,
  ).length;
  const nowMiss = diff.metrics.filter(
    (movement) => movement.before?.meetsTarget === true && movement.after?.meetsTarget === false,
  ).length;
  const verdicts = [
    ...count(nowMeet, `now ${nowMeet === 1 ? 'meets its' : 'meet their'} target`),
    ...count(nowMiss, `now ${nowMiss === 1 ? 'misses its' : 'miss their'} target`),
  ];
  if (diff.metrics.length > 0)
    parts.push(
      `${plural(diff.metrics.length, 'metric change')}${verdicts.length > 0 ? ` (${verdicts.join(', ')})` : ''}`,
    );
  if (diff.details.length > 0)
    parts.push(`${diff.details.map((change) => DETAIL_PHRASES[change.field]).join(', ')} changed`);
  const otherDetails = diff.fields.length + (diff.otherChanges ? 1 : 0);
  parts.push(...count(otherDetails, noun(otherDetails, 'other detail') + ' changed'));
  const gaps =
    diff.gaps.before === diff.gaps.after
      ? `gaps unchanged at ${diff.gaps.after}`
      : `gaps ${diff.gaps.before} → ${diff.gaps.after}`;
  return `From ${labels.before} to ${labels.after}: ${[...parts, gaps].join('; ')}.`;
}

function invalidSummary(diff: JourneyDiff, labels: { before: string; after: string }): string {
  const broken = [
    diff.before.valid ? undefined : { label: labels.before, side: diff.before },
    diff.after.valid ? undefined : { label: labels.after, side: diff.after },
  ].filter((entry): entry is { label: string; side: DiffSide } => entry !== undefined);
  const which =
    broken.length === 2 ? 'Neither version is a valid journey map' : `${broken[0]!.label} is not a valid journey map`;
  const lines = [
    `Cannot compare ${labels.before} with ${labels.after}: ${which}, so only its errors are listed. Fix them and run the diff again.`,
  ];
  for (const { label, side } of broken) {
    lines.push('', `Errors in ${label}:`, '', ...side.errors.map(findingLine));
  }
  return lines.join('\n');
}

function gapsSection(gaps: JourneyDiff['gaps'], labels: { before: string; after: string }): string {
  if (gaps.byCode.length === 0 && gaps.new.length === 0 && gaps.fixed.length === 0) return '';
  const change = gaps.after - gaps.before;
  const trend = change === 0 ? 'the same number' : change < 0 ? `${-change} fewer` : `${change} more`;
  const lines = [
    `### Gaps`,
    '',
    `${plural(gaps.before, 'gap')} in ${labels.before}, ${gaps.after} in ${labels.after} (${trend}).`,
  ];
  if (gaps.byCode.length > 0) {
    lines.push(
      '',
      table(
        ['Code', 'Rule', 'Before', 'After'],
        gaps.byCode.map((count) => [
          count.code,
          escapeTableCell(count.rule ?? ''),
          String(count.before),
          String(count.after),
        ]),
      ),
    );
  }
  if (gaps.new.length > 0) lines.push('', `New gaps (lines in ${labels.after}):`, '', ...gaps.new.map(findingLine));
  if (gaps.fixed.length > 0)
    lines.push('', `Fixed gaps (lines in ${labels.before}):`, '', ...gaps.fixed.map(findingLine));
  return lines.join('\n');
}

function section(title: string, lines: readonly string[]): string {
  return lines.length === 0 ? '' : [`### ${title}`, '', ...lines].join('\n');
}

function emotionLine(change: EmotionChange): string {
  const who = `${at(change.touchpoint)}${change.persona ? ` for ${escapeInline(change.persona)}` : ''}`;
  switch (change.direction) {
    case 'up':
      return `- ↑ ${who}: ${change.from} → ${change.to}`;
    case 'down':
      return `- ↓ ${who}: ${change.from} → ${change.to}`;
    case 'recorded':
      return `- ${who}: now recorded (${change.to})`;
    case 'unrecorded':
      return `- ${who}: no longer recorded (was ${change.from})`;
  }
}

function metricLine(movement: MetricMovement): string {
  const name = escapeInline(movement.label);
  if (movement.change === 'added') return `- Added ${name}: ${escapeInline(movement.after!.display)}`;
  if (movement.change === 'removed') return `- Removed ${name} (was ${escapeInline(movement.before!.display)})`;
  const arrow = movement.direction === 'up' ? '↑ ' : movement.direction === 'down' ? '↓ ' : '';
  const was = movement.before!.meetsTarget;
  const now = movement.after!.meetsTarget;
  const verdict =
    was === false && now === true
      ? ' — **now meets its target**'
      : was === true && now === false
        ? ' — **now below its target**'
        : '';
  return `- ${arrow}${name}: ${escapeInline(movement.before!.display)} → ${escapeInline(movement.after!.display)}${verdict}`;
}

function opportunityLine(opportunity: OpportunityRef): string {
  const facts = [
    ...(opportunity.owner ? [`owner ${escapeInline(opportunity.owner)}`] : ['no owner']),
    ...(opportunity.status ? [opportunity.status] : []),
  ];
  return `${bold(opportunity.description)} at ${escapeInline(opportunity.touchpoint.name)} (${facts.join(', ')})`;
}

function findingLine(finding: DiffFinding): string {
  return `- line ${finding.line}, ${code(finding.code)}${finding.rule ? ` ${finding.rule}` : ''}: ${escapeInline(finding.message)}`;
}

function at(touchpoint: TouchpointRef): string {
  return `${bold(touchpoint.name)} (${escapeInline(touchpoint.stage)})`;
}

function value(text: string | undefined): string {
  return text === undefined ? '_(none)_' : escapeInline(text);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function plural(n: number, word: string): string {
  return `${n} ${noun(n, word)}`;
}

function noun(n: number, word: string): string {
  return `${word}${n === 1 ? '' : 's'}`;
}
