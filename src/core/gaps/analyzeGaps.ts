import type { Finding, RelatedLocation, SourceRange } from '../findings';
import type { Journey } from '../generated/journey';
import type { MetricResult } from '../metrics/types';
import { gapRules, RULE_FAILURE_CODE } from './catalogue';
import type { DocumentPath, GapReport, GapRule } from './rule';
import { resolveRule, type RuleSettings } from './settings';
import { findSuppressions } from './suppression';
import type { ParsedJourneyView } from './types';
import { createJourneyEdits } from './yamlEdits';

export interface GapAnalysisInput {
  readonly journey: Journey;
  readonly parsed: ParsedJourneyView;
  readonly rules?: RuleSettings;
  /** YYYY-MM-DD; defaults to today's UTC date. Tests pin it. */
  readonly today?: string;
  readonly metrics: readonly MetricResult[];
}

/**
 * Runs every enabled gap rule on a valid map, applies the configured severities and
 * options, drops what the file's own comments suppress, and returns the findings
 * sorted by position.
 */
export function analyzeGaps(input: GapAnalysisInput): Finding[] {
  const { journey, parsed, metrics } = input;
  const today = input.today ?? new Date().toISOString().slice(0, 10);
  const edits = createJourneyEdits(parsed);
  const findings: Finding[] = [];
  for (const rule of gapRules) {
    const resolved = resolveRule(rule, input.rules);
    if (!resolved.enabled) continue;
    let reports: GapReport[];
    try {
      reports = rule.check({ journey, parsed, metrics, today, options: resolved.options, edits });
    } catch (error) {
      findings.push(ruleFailure(rule, error, parsed));
      continue;
    }
    for (const report of reports) {
      findings.push(toFinding(rule, report, resolved.severity ?? report.severity ?? rule.defaultSeverity, parsed));
    }
  }
  const suppressions = findSuppressions(parsed);
  return [...findings.filter((finding) => !suppressions.isSuppressed(finding)), ...suppressions.problems].sort(
    (a, b) => a.range.start.offset - b.range.start.offset || a.code.localeCompare(b.code),
  );
}

function toFinding(
  rule: GapRule,
  report: GapReport,
  severity: Finding['severity'],
  parsed: ParsedJourneyView,
): Finding {
  const related: RelatedLocation[] = [];
  for (const place of report.related ?? []) {
    const range = parsed.rangeOf(place.path, place.part ?? 'value');
    if (range) related.push({ message: place.message, range });
  }
  return {
    code: rule.code,
    rule: rule.name,
    category: 'gap',
    severity,
    message: report.message,
    range: rangeNear(parsed, report.path, report.part),
    path: report.path,
    ...(related.length > 0 ? { related } : {}),
    ...(report.fixes && report.fixes.length > 0 ? { fixes: report.fixes } : {}),
  };
}

/** The node's range, else its nearest ancestor's key, else the start of the file: a finding always has a place. */
function rangeNear(parsed: ParsedJourneyView, path: DocumentPath, part: 'key' | 'value'): SourceRange {
  const exact = parsed.rangeOf(path, part);
  if (exact) return exact;
  for (let length = path.length - 1; length > 0; length--) {
    const ancestor = parsed.rangeOf(path.slice(0, length), 'key') ?? parsed.rangeOf(path.slice(0, length), 'value');
    if (ancestor) return ancestor;
  }
  const start = parsed.positionAt(0);
  return { start, end: start };
}

function ruleFailure(rule: GapRule, error: unknown, parsed: ParsedJourneyView): Finding {
  const start = parsed.positionAt(0);
  return {
    code: RULE_FAILURE_CODE,
    rule: rule.name,
    category: 'gap',
    severity: 'info',
    message: `The ${rule.name} check failed on this map and was skipped (${error instanceof Error ? error.message : String(error)}). Please report this.`,
    range: { start, end: start },
  };
}
