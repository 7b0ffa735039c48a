import type { Severity, TextEdit } from '../findings';
import type { Journey } from '../generated/journey';
import type { JourneyWalk } from '../journeyWalk';
import type { MessageData } from '../messages';
import type { MetricResult } from '../metrics/types';
import type { DocumentPath, JourneyEdits, ParsedJourneyView } from './types';

export type { DocumentPath } from './types';

/** A numeric threshold a team can tune in .journeymaprc.json or the journeyMap.rules setting. */
export interface RuleOption<Name extends string = string> {
  readonly name: Name;
  readonly type: 'integer' | 'number';
  /** resolveRule fills it in when the settings do not set the option: rules never repeat it. */
  readonly default: number;
  readonly minimum: number;
  readonly maximum: number;
  readonly description: string;
}

/**
 * How editors may show a rule's findings. `unnecessary`: the finding marks something that is
 * there but unused; VS Code fades it as it does an unused variable.
 */
export type RuleTag = 'unnecessary';

/**
 * Maps a rule's examples are made of: complete maps, each run through the engine with this
 * rule alone switched on (and `today` pinned to EXAMPLE_TODAY). Every `invalid` map yields
 * this rule's findings and nothing else, on the lines marked `# ✗`; every `valid` map yields
 * none. docs/rules.md shows them as ```yaml blocks.
 */
export interface RuleExamples {
  readonly valid: readonly string[];
  readonly invalid: readonly string[];
}

/**
 * Everything known about a rule besides its check, on the model of eslint's `meta`: the
 * catalogue, docs/rules.md, the config schema, the settings UI and SARIF read it.
 */
export interface GapRuleMeta<OptionName extends string = string, MessageId extends string = string> {
  /** JM2xx, stable forever. */
  readonly code: string;
  /** kebab-case, stable forever; usable instead of the code in settings and suppression comments. */
  readonly name: string;
  /** One line: what the rule looks for. */
  readonly description: string;
  /** Why it matters to a CX strategist. */
  readonly rationale: string;
  readonly defaultSeverity: Severity;
  readonly options: readonly RuleOption<OptionName>[];
  /**
   * English text of every message the rule reports, keyed by message id, with `{param}`
   * placeholders filled from the report's `data`. Findings carry the id and the data, so an
   * adapter can render them in another language. Fix titles and related-place messages are
   * messages too.
   */
  readonly messages: Readonly<Record<MessageId, string>>;
  /** Whether some findings of this rule offer a quick fix (docs/rules.md says so). */
  readonly fixable: boolean;
  readonly tags: readonly RuleTag[];
  readonly examples: RuleExamples;
}

/** What a rule sees: the valid map, its text, the computed metrics, the date and its resolved options. */
export interface RuleContext<OptionName extends string = string> {
  readonly journey: Journey;
  /** The map's items with their paths and parents (walkJourney), walked once for every rule. */
  readonly items: JourneyWalk;
  readonly parsed: ParsedJourneyView;
  readonly metrics: readonly MetricResult[];
  /** YYYY-MM-DD. */
  readonly today: string;
  /** Every option of the rule, from the settings or its default. */
  readonly options: Readonly<Record<OptionName, number>>;
}

export interface RelatedPlace<MessageId extends string = string> {
  readonly messageId: MessageId;
  readonly data?: MessageData;
  readonly path: DocumentPath;
  readonly part?: 'key' | 'value';
}

/**
 * A quick fix a report offers. `edit` runs only when an editor asks for the finding's fixes
 * (fixesFor), never on the keystroke path.
 */
export interface FixProposal<MessageId extends string = string> {
  /** The fix's title, from the rule's messages. */
  readonly messageId: MessageId;
  readonly data?: MessageData;
  readonly preferred?: boolean;
  edit(edits: JourneyEdits): TextEdit | undefined;
}

/** A gap as a rule reports it; analyzeGaps turns it into a Finding with a range, a severity and its message. */
export interface GapReport<MessageId extends string = string> {
  readonly messageId: MessageId;
  readonly data?: MessageData;
  /** The node the gap is about; the finding's range is this node's key or value. */
  readonly path: DocumentPath;
  readonly part: 'key' | 'value';
  /** A softer severity for a milder form of the gap; a severity set in the settings wins over it. */
  readonly severity?: Severity;
  readonly related?: readonly RelatedPlace<MessageId>[];
  readonly fixes?: readonly FixProposal<MessageId>[];
}

export interface GapRule<OptionName extends string = string, MessageId extends string = string> {
  readonly meta: GapRuleMeta<OptionName, MessageId>;
  check(context: RuleContext<OptionName>): GapReport<MessageId>[];
}

/**
 * Declares a rule; only there to infer the option names and message ids, so a report with an
 * unknown message id or a read of an undeclared option does not compile.
 */
export function defineRule<const OptionName extends string, const MessageId extends string>(
  rule: GapRule<OptionName, MessageId>,
): GapRule {
  return rule as unknown as GapRule;
}
