import type { Finding } from './findings';
import { analyzeGaps, type RuleSettings } from './gaps/index';
import type { Journey } from './generated/journey';
import { computeJourneyMetrics, type MetricResult } from './metrics/index';
import { SyntaxCode } from './parse/codes';
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
  const { parsed, findings, unreadable } = parse;
  if (!unreadable) {
    findings.push(...schemaFindings(parsed.value, parsed));
    findings.push(...semanticFindings(parsed.value, parsed));
  }
  const blocking =
    unreadable ||
    findings.some(
      (finding) => finding.severity === 'error' && finding.category !== 'reference' && finding.category !== 'gap',
    );
  if (blocking) return { text, parsed, findings: sortFindings(findings), metrics: [] };

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
  return { text, parsed, journey, findings: sortFindings(findings), metrics };
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
