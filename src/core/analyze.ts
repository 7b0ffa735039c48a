import { codeFinding, term } from './codeFinding';
import type { Finding, Severity } from './findings';
import { analyzeGaps, type GapAnalysisInput, type RuleSettings } from './gaps/index';
import { GapFindingMemo, type EditedUnit, type FindingReuse } from './gaps/findingReuse';
import type { Journey } from './generated/journey';
import { computeJourneyMetrics, type MetricResult } from './metrics/index';
import { MAX_FINDINGS } from './parse/limits';
import { createParsedJourney, type JourneyPath, type ParsedJourney } from './parse/parsedJourney';
import { parseJourney, type ParseResult } from './parse/parseJourney';
import { PositionMapper } from './text/positions';
import { schemaFindings } from './validate/schemaFindings';
import { semanticFindings } from './validate/semanticChecks';
import { validSubset } from './validate/validSubset';

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
  /**
   * The typed map; present only when there is no syntax, limit or schema error. (With schema
   * errors the gap rules still run, on the part of the map that validates.)
   */
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
    return { text: source, parsed, findings: [internalError(error, positions, 'term.activity.reading')], metrics: [] };
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
export function analyzeParsedJourney(
  text: string,
  parse: ParseResult,
  options: AnalyzeOptions = {},
  edit?: IncrementalEdit,
): JourneyAnalysis {
  try {
    return analyzeParsed(text, parse, options, edit ?? {});
  } catch {
    return analyzeJourney(text, options);
  }
}

/**
 * analyzeJourney for an editor that will analyse the next version incrementally: the same
 * analysis, with what analyzeParsedJourney's `edit` carries over from it recorded.
 */
export function analyzeJourneyForEditing(text: string, options: AnalyzeOptions = {}): JourneyAnalysis {
  try {
    return analyzeParsed(text, parseJourney(text), options, {});
  } catch {
    return analyzeJourney(text, options);
  }
}

/**
 * How a version was made from an earlier analysis (the language server's incremental
 * re-parse): `previous` is the analysis whose tree the re-parsed `unit` was spliced into. Gap
 * findings about text outside the unit are carried over from it (gaps/findingReuse.ts).
 */
export interface IncrementalEdit {
  readonly previous?: JourneyAnalysis;
  readonly unit?: EditedUnit;
}

/** The gap findings of analyses made for editing, by report, for the next version to carry over. */
const gapMemos = new WeakMap<JourneyAnalysis, GapFindingMemo>();

function gapReuse(options: AnalyzeOptions, edit: IncrementalEdit | undefined): FindingReuse | undefined {
  if (!edit) return undefined;
  const next = new GapFindingMemo(options.rules, options.today ?? '');
  const memo = edit.previous && gapMemos.get(edit.previous);
  const usable = memo && edit.unit && memo.settings === options.rules && memo.today === (options.today ?? '');
  return usable ? { previous: { memo, unit: edit.unit! }, next } : { next };
}

function analyzeParsed(
  text: string,
  parse: ParseResult,
  options: AnalyzeOptions,
  edit?: IncrementalEdit,
): JourneyAnalysis {
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
      (finding) => finding.severity === 'error' && (finding.category === 'syntax' || finding.category === 'limit'),
    );
  if (blocking) return { text, parsed, findings: capFindings(findings, maxFindings, omitted, parsed), metrics: [] };

  const schemaErrors = findings.filter((finding) => finding.severity === 'error' && finding.category === 'schema');
  const positions = { rangeAt: parsed.rangeAt } as const;
  if (schemaErrors.length > 0) {
    // No typed journey for a map with schema errors, but the gap rules still run on its valid
    // part, unless so much is wrong that some errors are not even listed.
    if (omitted.count === 0) findings.push(...partialGaps(parsed, schemaErrors, options, positions));
    return { text, parsed, findings: capFindings(findings, maxFindings, omitted, parsed), metrics: [] };
  }

  const journey = parsed.value as Journey;
  let metrics: MetricResult[] = [];
  try {
    metrics = computeJourneyMetrics(journey);
  } catch (error) {
    findings.push(internalError(error, positions, 'term.activity.metrics'));
  }
  const reuse = gapReuse(options, edit);
  try {
    findings.push(...analyzeGaps({ journey, parsed, metrics, ...ruleOptions(options), ...(reuse ? { reuse } : {}) }));
  } catch (error) {
    findings.push(internalError(error, positions, 'term.activity.gaps'));
  }
  const analysis = { text, parsed, journey, findings: capFindings(findings, maxFindings, omitted, parsed), metrics };
  if (reuse) gapMemos.set(analysis, reuse.next);
  return analysis;
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
  kept.push(
    codeFinding('JM013.more', { count, max }, { range: parsed.rangeAt(at, at), ...(severity ? { severity } : {}) }),
  );
  return kept;
}

function ruleOptions(options: AnalyzeOptions): Pick<GapAnalysisInput, 'rules' | 'today'> {
  return { ...(options.rules ? { rules: options.rules } : {}), ...(options.today ? { today: options.today } : {}) };
}

/**
 * Gap findings for a map with schema errors: the rules run on the part that validates
 * (validSubset), and whatever they say about an item that has a schema error is dropped, since
 * it would be about a half-read item (fix the error first, then the gap shows).
 */
function partialGaps(
  parsed: ParsedJourney,
  schemaErrors: readonly Finding[],
  options: AnalyzeOptions,
  positions: Pick<PositionMapper, 'rangeAt'>,
): Finding[] {
  try {
    const subset = validSubset(parsed.value);
    if (!subset) return [];
    const metrics = computeJourneyMetrics(subset.journey);
    const gaps = analyzeGaps({
      journey: subset.journey,
      parsed,
      metrics,
      originalPath: subset.originalPath,
      ...ruleOptions(options),
    });
    const paths = schemaErrors.map((finding) => finding.path ?? []);
    const brokenItems = paths.filter(isInItem).map(enclosingItem);
    // A wrong top-level value (a bad `reviewed` date) would read as a missing one: no journey-wide verdicts then.
    const topLevelBroken = paths.some((path) => !isInItem(path));
    return gaps.filter((finding) => {
      const path = finding.path ?? [];
      if (topLevelBroken && !isInItem(path)) return false;
      return !brokenItems.some((item) => startsWith(path, item));
    });
  } catch (error) {
    return [internalError(error, positions, 'term.activity.gaps')];
  }
}

function isInItem(path: JourneyPath): boolean {
  return path.some((segment) => typeof segment === 'number');
}

/** The list item holding a path: the path up to its last index. */
function enclosingItem(path: JourneyPath): JourneyPath {
  let length = path.length;
  while (length > 0 && typeof path[length - 1] !== 'number') length--;
  return path.slice(0, length);
}

function startsWith(path: JourneyPath, prefix: JourneyPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => String(path[index]) === String(segment));
}

function internalError(
  error: unknown,
  positions: Pick<PositionMapper, 'rangeAt'>,
  activity: 'term.activity.reading' | 'term.activity.metrics' | 'term.activity.gaps',
): Finding {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return codeFinding(
    'JM011.internal',
    { activity: term(activity), detail: detail.slice(0, 200) },
    { range: positions.rangeAt(0, 0) },
  );
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
