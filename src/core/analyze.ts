import type { Finding, Severity } from './findings';
import { analyzeGaps, type RuleSettings } from './gaps/index';
import type { Journey } from './generated/journey';
import { computeJourneyMetrics, type MetricResult } from './metrics/index';
import { SyntaxCode } from './parse/codes';
import { MAX_FINDINGS } from './parse/limits';
import { createParsedJourney, type ParsedJourney } from './parse/parsedJourney';
import { parseJourney, type ParseResult } from './parse/parseJourney';
import { PositionMapper } from './text/positions';
import { schemaFindings } from './validate/schemaFindings';
import { semanticFindings } from './validate/semanticChecks';

export interface AnalyzeOptions {
  /** Severities / options per gap rule (from the config file or the VS Code settings). */
  readonly rules?: RuleSettings;
  /** YYYY-MM-DD, for the stale-review rule; tests pin it. */
  readonly today?: string;
  /**
   * At most this many findings (default 1,000, MAX_FINDINGS); when there are more, the first ones
   * by position are kept and one closing finding (JM013) says how many more there are.
   */
  readonly maxFindings?: number;
}

export interface JourneyAnalysis {
  readonly text: string;
  /** The YAML document and range lookup. */
  readonly parsed: ParsedJourney;
  /** The typed map; present only when there is no syntax, limit or schema error. */
  readonly journey?: Journey;
  /** Every finding, sorted by position: syntax, limit, schema, reference, gap. */
  readonly findings: Finding[];
  /** One result per metric in the map, with its path (empty when there is no `journey`). */
  readonly metrics: MetricResult[];
}

/**
 * Parse → schema → semantic checks → metrics and gap rules, in one call.
 * Never throws: whatever goes wrong inside becomes a finding (JM011) so that an editor,
 * a CLI run over a thousand files or a preview keeps working.
 */
export function analyzeJourney(text: string, options: AnalyzeOptions = {}): JourneyAnalysis {
  const source = typeof text === 'string' ? text : String(text ?? '');
  try {
    return analyze(source, options);
  } catch (error) {
    const positions = new PositionMapper(source);
    const parsed = createParsedJourney({ text: source, value: undefined, positions, findComments: () => [] });
    return { text: source, parsed, findings: [internalError(error, positions, 'reading this map')], metrics: [] };
  }
}

function analyze(text: string, options: AnalyzeOptions): JourneyAnalysis {
  return analyzeParsed(text, parseJourney(text), options);
}

/**
 * Everything after the parse (schema, references, metrics, gap rules) on a parse result that
 * came from elsewhere: the language server's incremental re-parse splices a re-parsed touchpoint
 * into the previous tree and runs the whole-map checks here. Never throws.
 */
export function analyzeParsedJourney(text: string, parse: ParseResult, options: AnalyzeOptions = {}): JourneyAnalysis {
  try {
    return analyzeParsed(text, parse, options);
  } catch {
    return analyzeJourney(text, options);
  }
}

function analyzeParsed(text: string, parse: ParseResult, options: AnalyzeOptions): JourneyAnalysis {
  const maxFindings = Math.max(1, Math.floor(options.maxFindings ?? MAX_FINDINGS));
  const { parsed, findings, unreadable } = parse;
  const omitted: Omitted = { count: 0 };
  if (!unreadable) {
    const schema = schemaFindings(parsed.value, parsed, maxFindings);
    findings.push(...schema.findings);
    if (schema.omitted) omitted.count = schema.omitted;
    if (schema.omittedSeverity) omitted.severity = schema.omittedSeverity;
    findings.push(...semanticFindings(parsed.value, parsed));
  }
  const blocking =
    unreadable ||
    findings.some(
      (finding) => finding.severity === 'error' && finding.category !== 'reference' && finding.category !== 'gap',
    );
  if (blocking) return { text, parsed, findings: capFindings(findings, maxFindings, omitted, parsed), metrics: [] };

  const journey = parsed.value as Journey;
  const positions = { rangeAt: parsed.rangeAt } as const;
  let metrics: MetricResult[] = [];
  try {
    metrics = computeJourneyMetrics(journey);
  } catch (error) {
    findings.push(internalError(error, positions, 'computing the metrics'));
  }
  try {
    findings.push(
      ...analyzeGaps({
        journey,
        parsed,
        metrics,
        ...(options.rules ? { rules: options.rules } : {}),
        ...(options.today ? { today: options.today } : {}),
      }),
    );
  } catch (error) {
    findings.push(internalError(error, positions, 'looking for gaps'));
  }
  return { text, parsed, journey, findings: capFindings(findings, maxFindings, omitted, parsed), metrics };
}

interface Omitted {
  count: number;
  severity?: Severity;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * Sorts, keeps the first `max` findings by position and closes with one finding (JM013) that
 * counts the rest, with the severity of the worst one left out, so that an exit code or a
 * Problems count never looks better than the file is.
 */
function capFindings(findings: Finding[], max: number, omitted: Omitted, parsed: ParsedJourney): Finding[] {
  const sorted = sortFindings(findings);
  const kept = sorted.slice(0, max);
  let count = omitted.count;
  let severity = omitted.severity;
  for (const finding of sorted.slice(max)) {
    count++;
    if (!severity || severityRank[finding.severity] < severityRank[severity]) severity = finding.severity;
  }
  if (count === 0) return kept;
  const last = kept[kept.length - 1];
  const at = last ? last.range.start.offset : 0;
  kept.push({
    code: SyntaxCode.tooManyFindings,
    category: 'limit',
    severity: severity ?? 'warning',
    range: parsed.rangeAt(at, at),
    message: `${count.toLocaleString('en-US')} more ${count === 1 ? 'finding is' : 'findings are'} not shown: only the first ${max.toLocaleString('en-US')} are reported. Fix these and check again.`,
  });
  return kept;
}

function internalError(error: unknown, positions: Pick<PositionMapper, 'rangeAt'>, activity: string): Finding {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    code: SyntaxCode.internalError,
    category: 'syntax',
    severity: 'error',
    range: positions.rangeAt(0, 0),
    message: `Journey Map failed while ${activity} (${detail.slice(0, 200)}). This is a bug in Journey Map, not in your map: please report it with the file.`,
  };
}

/** By position, then by code, so output is stable across runs and adapters. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.range.start.offset - b.range.start.offset ||
      a.range.end.offset - b.range.end.offset ||
      a.code.localeCompare(b.code) ||
      a.message.localeCompare(b.message),
  );
}
