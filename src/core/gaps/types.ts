import type { SourcePosition, SourceRange } from '../findings';

/**
 * The part of the parser's ParsedJourney the gap rules need. Declared structurally so the
 * rules depend on what they use, not on the parser's module.
 */
export interface ParsedJourneyView {
  readonly text: string;
  rangeOf(path: readonly (string | number)[], part?: 'key' | 'value' | 'item'): SourceRange | undefined;
  positionAt(offset: number): SourcePosition;
  /** The file's comments (the parser finds them lazily, with yaml's lexer). */
  readonly comments: readonly { readonly range: SourceRange }[];
}
