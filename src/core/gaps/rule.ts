import type { Fix, Severity } from '../findings';
import type { Journey } from '../generated/journey';
import type { MetricResult } from '../metrics/types';
import type { JourneyEdits } from './yamlEdits';
import type { ParsedJourneyView } from './types';

export type DocumentPath = readonly (string | number)[];

/** A numeric threshold a team can tune in .journeymaprc.json or the journeyMap.rules setting. */
export interface RuleOption {
  readonly name: string;
  readonly type: 'integer' | 'number';
  readonly default: number;
  readonly minimum: number;
  readonly maximum: number;
  readonly description: string;
}

/** What the catalogue, the docs table and the config schema know about a rule. */
export interface GapRuleMetadata {
  /** JM2xx, stable forever. */
  readonly code: string;
  /** kebab-case, stable forever; usable instead of the code in settings and suppression comments. */
  readonly name: string;
  readonly defaultSeverity: Severity;
  /** One line: what the rule looks for. */
  readonly summary: string;
  /** Why it matters to a CX strategist. */
  readonly rationale: string;
  readonly options: readonly RuleOption[];
}

/** What a rule sees: the valid map, its text, the computed metrics, the date and its resolved options. */
export interface RuleContext {
  readonly journey: Journey;
  readonly parsed: ParsedJourneyView;
  readonly metrics: readonly MetricResult[];
  /** YYYY-MM-DD. */
  readonly today: string;
  readonly options: Readonly<Record<string, number>>;
  readonly edits: JourneyEdits;
}

export interface RelatedPlace {
  readonly message: string;
  readonly path: DocumentPath;
  readonly part?: 'key' | 'value';
}

/** A gap as a rule reports it; analyzeGaps turns it into a Finding with a range and a severity. */
export interface GapReport {
  readonly message: string;
  /** The node the gap is about; the finding's range is this node's key or value. */
  readonly path: DocumentPath;
  readonly part: 'key' | 'value';
  /** A softer severity for a milder form of the gap; a severity set in the settings wins over it. */
  readonly severity?: Severity;
  readonly related?: readonly RelatedPlace[];
  readonly fixes?: readonly Fix[];
}

export interface GapRule extends GapRuleMetadata {
  check(context: RuleContext): GapReport[];
}
