/**
 * What the engine reports about a map. Every consumer (extension, CLI, webview)
 * speaks this vocabulary; nothing here knows about VS Code or Node.
 */

/** A place in the text. `line` and `column` are 1-based; columns count UTF-16 code units (JS string indices), as VS Code does. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
  /** 0-based offset into the text (UTF-16 code units). */
  readonly offset: number;
}

/** A span of text; `end` is exclusive. */
export interface SourceRange {
  readonly start: SourcePosition;
  readonly end: SourcePosition;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** One text replacement. Offsets are into the text the finding was computed from. */
export interface TextEdit {
  readonly range: SourceRange;
  readonly newText: string;
}

/** A machine-readable fix: the edit a quick fix would make. */
export interface Fix {
  /** Shown as the quick fix's title, e.g. "Clamp the score to 5". */
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** True when this is the obvious fix (VS Code's isPreferred). */
  readonly preferred?: boolean;
}

export interface RelatedLocation {
  readonly message: string;
  readonly range: SourceRange;
}

export type FindingCategory = 'syntax' | 'schema' | 'reference' | 'gap' | 'limit';

export interface Finding {
  /** Stable code, e.g. JM001 (syntax), JM1xx (schema/semantic), JM2xx (gaps). */
  readonly code: string;
  /** For gap findings: the rule's name, e.g. "pain-point-without-opportunity". */
  readonly rule?: string;
  readonly category: FindingCategory;
  readonly severity: Severity;
  /** A sentence a CX strategist understands: what is wrong and, where possible, how to fix it. */
  readonly message: string;
  readonly range: SourceRange;
  /** Path of the offending node in the document, e.g. ["stages", 0, "touchpoints", 1, "emotion"]. */
  readonly path?: readonly (string | number)[];
  readonly related?: readonly RelatedLocation[];
  readonly fixes?: readonly Fix[];
}
