import type { SourcePosition, SourceRange } from '../findings';

/**
 * The part of H1's ParsedJourney the gap rules need. Declared structurally so the
 * rules depend on what they use, not on the parser's module.
 */
export interface ParsedJourneyView {
  readonly text: string;
  rangeOf(path: readonly (string | number)[], part?: 'key' | 'value' | 'item'): SourceRange | undefined;
  positionAt(offset: number): SourcePosition;
  /** The file's comments, when the parser already found them (H1's ParsedJourney does, lazily). */
  readonly comments?: readonly { readonly range: SourceRange }[];
}
