import type { Finding, Fix, RelatedLocation } from '../findings';
import { deferFixes } from '../fixes';
import type { Journey } from '../generated/journey';
import { renderMessage } from '../messages';
import type { MetricResult } from '../metrics/types';
import { GAP_ENGINE_MESSAGES, gapRules, RULE_FAILURE_CODE } from './catalogue';
import type { DocumentPath, GapReport, GapRule } from './rule';
import { resolveRule, type RuleSettings } from './settings';
import { findSuppressions } from './suppression';
import type { ParsedJourneyView } from './types';
import { createJourneyEdits } from './yamlEdits';
import { walkJourney } from '../journeyWalk';
import { carriedOver, reportKey, type FindingReuse } from './findingReuse';

export interface GapAnalysisInput {
  readonly journey: Journey;
  readonly parsed: ParsedJourneyView;
  readonly rules?: RuleSettings;
  /** YYYY-MM-DD; defaults to today's UTC date. Tests pin it. */
  readonly today?: string;
  readonly metrics: readonly MetricResult[];
  /**
   * When `journey` is the valid part of a map with schema errors (validSubset): where each of
   * its paths is in the text. Findings then carry the original paths and ranges.
   */
  readonly originalPath?: (path: DocumentPath) => DocumentPath;
  /**
   * The language server's incremental analysis: the previous version's findings, for reports
   * about text the edit did not touch, and where to record this run's (see findingReuse.ts).
   */
  readonly reuse?: FindingReuse;
}

/**
 * Runs every enabled gap rule on a valid map, applies the configured severities and
 * options, and drops what the file's own comments suppress. Unsorted: analyzeJourney sorts
 * all findings once. Quick fixes are deferred (fixesFor computes them on request).
 */
export function analyzeGaps(input: GapAnalysisInput): Finding[] {
  const { journey, metrics } = input;
  const parsed = input.originalPath ? throughPaths(input.parsed, input.originalPath) : input.parsed;
  const today = input.today ?? new Date().toISOString().slice(0, 10);
  const items = walkJourney(journey);
  const findings: Finding[] = [];
  // Findings are carried over only between runs with the same settings and date, on whole maps.
  const reuse = input.reuse && !input.originalPath ? input.reuse : undefined;
  for (const rule of gapRules) {
    const resolved = resolveRule(rule.meta, input.rules);
    if (!resolved.enabled) continue;
    let reports: GapReport[];
    try {
      reports = rule.check({ journey, items, parsed, metrics, today, options: resolved.options });
    } catch (error) {
      findings.push(ruleFailure(rule, error, parsed));
      continue;
    }
    for (const report of reports) {
      const severity = resolved.severity ?? report.severity ?? rule.meta.defaultSeverity;
      findings.push(
        reuse
          ? reusedFinding(rule, report, severity, parsed, reuse)
          : toFinding(rule, report, severity, parsed, input.originalPath),
      );
    }
  }
  const suppressions = findSuppressions(parsed);
  return [...findings.filter((finding) => !suppressions.isSuppressed(finding)), ...suppressions.problems];
}

/** The previous version's finding of the same report when the edit left it alone, else a new one; recorded for the next run. */
function reusedFinding(
  rule: GapRule,
  report: GapReport,
  severity: Finding['severity'],
  parsed: ParsedJourneyView,
  reuse: FindingReuse,
): Finding {
  const key = reportKey(rule.meta.code, severity, report);
  const previous = reuse.previous?.memo.byReport.get(key);
  const carried = previous && carriedOver(previous, report, reuse.previous!.unit);
  let finding: Finding;
  if (!carried) finding = toFinding(rule, report, severity, parsed, undefined);
  else if (!report.fixes?.length) finding = carried.finding;
  else {
    // Its fixes are computed against this version's tree and text: attach them anew.
    finding = carried.moved ? carried.finding : { ...carried.finding };
    deferReportFixes(finding, rule, report, parsed);
  }
  reuse.next.byReport.set(key, finding);
  return finding;
}

function toFinding(
  rule: GapRule,
  report: GapReport,
  severity: Finding['severity'],
  parsed: ParsedJourneyView,
  originalPath: ((path: DocumentPath) => DocumentPath) | undefined,
): Finding {
  const { meta } = rule;
  const related: RelatedLocation[] = [];
  for (const place of report.related ?? []) {
    const range = parsed.rangeOf(place.path, place.part ?? 'value');
    if (range) related.push({ ...localised(meta.messages, place.messageId, place.data, 'message'), range });
  }
  const finding: Finding = {
    code: meta.code,
    rule: meta.name,
    category: 'gap',
    severity,
    ...localised(meta.messages, report.messageId, report.data, 'message'),
    range: parsed.rangeNear(report.path, report.part),
    path: originalPath ? originalPath(report.path) : report.path,
    ...(related.length > 0 ? { related } : {}),
    ...(meta.tags.length > 0 ? { tags: meta.tags } : {}),
  };
  deferReportFixes(finding, rule, report, parsed);
  return finding;
}

/** The report's fix proposals, computed against `parsed` when an editor asks (fixesFor). */
function deferReportFixes(finding: Finding, rule: GapRule, report: GapReport, parsed: ParsedJourneyView): void {
  const { meta } = rule;
  const proposals = report.fixes ?? [];
  if (proposals.length > 0) {
    deferFixes(finding, () => {
      const edits = createJourneyEdits(parsed);
      return proposals.flatMap((proposal): Fix[] => {
        const edit = proposal.edit(edits);
        if (!edit) return [];
        return [
          {
            ...localised(meta.messages, proposal.messageId, proposal.data, 'title'),
            edits: [edit],
            ...(proposal.preferred ? { preferred: true } : {}),
          },
        ];
      });
    });
  }
}

/** `{ message: "…", messageId, data }` (or `title` for a fix): the English text and what renders it in another language. */
function localised<Field extends 'message' | 'title'>(
  messages: Readonly<Record<string, string>>,
  messageId: string,
  data: GapReport['data'],
  field: Field,
): Record<Field, string> & Pick<Finding, 'messageId' | 'data'> {
  const template = messages[messageId];
  if (template === undefined) throw new Error(`no message "${messageId}"`);
  return { [field]: renderMessage(template, data), messageId, ...(data ? { data } : {}) } as Record<Field, string> &
    Pick<Finding, 'messageId' | 'data'>;
}

function ruleFailure(rule: GapRule, error: unknown, parsed: ParsedJourneyView): Finding {
  const start = parsed.positionAt(0);
  const data = { rule: rule.meta.name, error: error instanceof Error ? error.message : String(error) };
  return {
    code: RULE_FAILURE_CODE,
    rule: rule.meta.name,
    category: 'gap',
    severity: 'info',
    message: renderMessage(GAP_ENGINE_MESSAGES.ruleFailed, data),
    messageId: 'ruleFailed',
    data,
    range: { start, end: start },
  };
}

/** A view of the text addressed by the paths of a pruned journey (see GapAnalysisInput.originalPath). */
function throughPaths(
  parsed: ParsedJourneyView,
  originalPath: (path: DocumentPath) => DocumentPath,
): ParsedJourneyView {
  return {
    text: parsed.text,
    get comments() {
      return parsed.comments;
    },
    positionAt: (offset) => parsed.positionAt(offset),
    rangeOf: (path, part) => parsed.rangeOf(originalPath(path), part),
    rangeNear: (path, part) => parsed.rangeNear(originalPath(path), part),
  };
}
