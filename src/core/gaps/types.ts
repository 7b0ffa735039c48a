import type { SourcePosition, SourceRange, TextEdit } from '../findings';

/** A path into the map, e.g. ['stages', 0, 'touchpoints', 1, 'emotion']. */
export type DocumentPath = readonly (string | number)[];

/**
 * The part of the parser's ParsedJourney the gap rules need. Declared structurally so the
 * rules depend on what they use, not on the parser's module.
 */
export interface ParsedJourneyView {
  readonly text: string;
  rangeOf(path: DocumentPath, part?: 'key' | 'value' | 'item'): SourceRange | undefined;
  /** The range at `path`, else its nearest ancestor's, else the start of the file (ParsedJourney.rangeNear). */
  rangeNear(path: DocumentPath, part?: 'key' | 'value' | 'item'): SourceRange;
  positionAt(offset: number): SourcePosition;
  /** The file's comments (the parser finds them lazily, with yaml's lexer). */
  readonly comments: readonly { readonly range: SourceRange }[];
}

/**
 * Builds the text edits of quick fixes: new keys in a block mapping, new items at
 * the end of a block sequence, with the indentation and line endings the author
 * used. Only block style is edited; for flow style (`{ … }`, `[ … ]`) the helpers
 * return undefined and the finding simply has no fix.
 */
export interface JourneyEdits {
  /** Adds `lines` (already formatted `key: value` lines, nested lines indented by two spaces) after the last entry of the mapping at `path`. */
  addToMapping(path: DocumentPath, mapping: object, lines: readonly string[]): TextEdit | undefined;
  /** Adds an item (its lines as if it started at column 0 after "- ") after the last item of the block sequence at `path`. */
  appendToSequence(path: DocumentPath, items: readonly unknown[], itemLines: readonly string[]): TextEdit | undefined;
  /** Adds lines right after the entry at `path`, at that entry's indentation. */
  insertAfterEntry(path: DocumentPath, lines: readonly string[]): TextEdit | undefined;
  /** Replaces a scalar value. */
  replaceValue(path: DocumentPath, newText: string): TextEdit | undefined;
}
