/** The public surface of the journey engine: pure TypeScript, no `vscode`, no Node built-ins, no DOM. */
export { analyzeJourney, sortFindings, type AnalyzeOptions, type JourneyAnalysis } from './analyze';
export type {
  Finding,
  FindingCategory,
  Fix,
  RelatedLocation,
  Severity,
  SourcePosition,
  SourceRange,
  TextEdit,
} from './findings';
export type {
  Channel,
  Id,
  Journey,
  Metric,
  Opportunity,
  PainPoint,
  Persona,
  Stage,
  Touchpoint,
} from './generated/journey';
export { parseJourney, type ParseResult } from './parse/parseJourney';
export type { JourneyPath, ParsedJourney, RangePart, SourceComment } from './parse/parsedJourney';
export { SyntaxCode, syntaxCodeCatalogue, type FindingCodeInfo } from './parse/codes';
export { MAX_ALIAS_COUNT, MAX_ENTRIES, MAX_FINDINGS, MAX_TEXT_LENGTH } from './parse/limits';
export { ReferenceCode, SchemaCode, schemaCodeCatalogue } from './validate/codes';
export {
  analyzeGaps,
  gapRuleCatalogue,
  parseRuleSettings,
  suppressionComment,
  type GapRuleMeta,
  type RuleSettings,
  type SuppressionScope,
} from './gaps/index';
export { fixesFor } from './fixes';
export { renderMessage, type MessageData } from './messages';
export { findingDocLink, type FindingDocLink } from './docLinks';
export { computeJourneyMetrics, computeMetric, type MetricResult } from './metrics/index';
export {
  toMermaid,
  escapeMermaidLabel,
  type MermaidDiagram,
  type MermaidOptions,
  type MermaidTask,
} from './mermaid/index';
export { diffJourneys, formatDiffMarkdown, type JourneyDiff } from './diff/index';
export { toMarkdown, type MarkdownOptions } from './export/markdown';
export { describeEvidence, describeEvidenceList, isObserved } from './evidence';
