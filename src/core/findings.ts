/**
 * What the engine reports about a map. Every consumer (extension, CLI, webview)
 * speaks this vocabulary; nothing here knows about VS Code or Node.
 */
import type { MessageData } from './messages';

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
  /** The title's message id and parameters, for rendering it in another language (see Finding.messageId). */
  readonly messageId?: string;
  readonly data?: MessageData;
  readonly edits: readonly TextEdit[];
  /** True when this is the obvious fix (VS Code's isPreferred). */
  readonly preferred?: boolean;
}

export interface RelatedLocation {
  readonly message: string;
  readonly messageId?: string;
  readonly data?: MessageData;
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
  /**
   * Which message of the finding's code this is, e.g. "noOpportunity" for JM201; with `data`
   * (the values of its `{param}` placeholders) an adapter can render it in another language.
   * The English templates are the rule's `meta.messages` (JM2xx) or the code catalogues (JM0xx, JM1xx).
   */
  readonly messageId?: string;
  readonly data?: MessageData;
  readonly range: SourceRange;
  /** Path of the offending node in the document, e.g. ["stages", 0, "touchpoints", 1, "emotion"]. */
  readonly path?: readonly (string | number)[];
  readonly related?: readonly RelatedLocation[];
  /**
   * Fixes computed with the finding (cheap ones). Gap rules' fixes are computed on request:
   * ask fixesFor(analysis, finding), which returns these or the lazily computed ones.
   */
  readonly fixes?: readonly Fix[];
  /** From the rule's meta: `unnecessary` marks something present but unused (editors fade it). */
  readonly tags?: readonly 'unnecessary'[];
}
