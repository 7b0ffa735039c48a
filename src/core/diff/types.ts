/**
 * The structural difference between two versions of a journey map, matched by id.
 * Plain JSON (no Maps, no class instances, no undefined-only fields needed) so the
 * CLI can print it with `--format json` as is.
 */
import type { MessageData, MessageRef } from '../l10n/format';

export interface DiffSide {
  /** The journey's title, when the file could be read. */
  readonly title?: string;
  /** The `language` the map declares (en, id): the summary of the diff is written in it. */
  readonly language?: 'en' | 'id';
  /** False when the file has a syntax, limit or schema error: it cannot be compared. */
  readonly valid: boolean;
  /** The first errors that make the file invalid (at most five), with their line. */
  readonly errors: DiffFinding[];
}

export interface DiffFinding {
  readonly code: string;
  readonly rule?: string;
  readonly message: string;
  /** The message's id and parameters, when the finding has them (for other languages). */
  readonly messageId?: string;
  readonly data?: MessageData;
  /** 1-based line in the file the finding comes from. */
  readonly line: number;
  readonly column: number;
}

export interface StageRef {
  readonly id: string;
  readonly name: string;
}

export interface TouchpointRef {
  readonly id: string;
  readonly name: string;
  /** Name of the stage holding the touchpoint (in the version it is read from). */
  readonly stage: string;
}

export interface Renamed {
  readonly id: string;
  readonly from: string;
  readonly to: string;
}

/** A persona, stage or touchpoint whose id changed, matched by its name and position. */
export interface IdChange {
  /** Its name in the new version. */
  readonly name: string;
  readonly from: string;
  readonly to: string;
}

export interface StageMove {
  readonly id: string;
  readonly name: string;
  /** 1-based positions. */
  readonly fromPosition: number;
  readonly toPosition: number;
}

export interface TouchpointMove {
  readonly id: string;
  readonly name: string;
  readonly fromStage: string;
  readonly toStage: string;
  /** 'stage' when the touchpoint went to another stage, 'order' when it moved within its stage. */
  readonly kind: 'stage' | 'order';
}

export interface EmotionChange {
  readonly touchpoint: TouchpointRef;
  /** The persona's display name when the emotion is recorded per persona; absent for a single score. */
  readonly persona?: string;
  readonly personaId?: string;
  /** Absent when not recorded on that side. */
  readonly from?: number;
  readonly to?: number;
  readonly direction: 'up' | 'down' | 'recorded' | 'unrecorded';
}

export interface PainPointRef {
  readonly id: string;
  readonly description: string;
  readonly severity?: string;
  readonly touchpoint: TouchpointRef;
}

export interface OpportunityRef {
  /** The opportunity's id, or its description when it has none (how it is matched). */
  readonly key: string;
  readonly description: string;
  readonly owner?: string;
  readonly status?: string;
  readonly touchpoint: TouchpointRef;
}

export interface StatusChange {
  readonly opportunity: OpportunityRef;
  readonly from?: string;
  readonly to?: string;
}

export interface OwnerChange {
  readonly kind: 'touchpoint' | 'opportunity';
  /** Touchpoint name or opportunity description. */
  readonly name: string;
  readonly touchpoint: TouchpointRef;
  readonly from?: string;
  readonly to?: string;
}

export interface MetricSnapshot {
  readonly score?: number;
  readonly target?: number;
  readonly meetsTarget?: boolean;
  /** H2's display text, e.g. "NPS +26 (target +30, 100 responses) — below target". */
  readonly display: string;
  /** `display` keyed, so the summary writes it in its own language (MetricResult.displayMessage). */
  readonly displayMessage?: MessageRef;
}

export interface MetricMovement {
  /** "NPS at stage “Purchase”", "CSAT at touchpoint “Courier hand-over”". */
  readonly label: string;
  /** `label` keyed, for the summary's language. */
  readonly labelMessage?: MessageRef;
  readonly type: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly before?: MetricSnapshot;
  readonly after?: MetricSnapshot;
  /** For 'changed': the score went up, down, or stayed (only the target or responses changed). */
  readonly direction?: 'up' | 'down' | 'same';
}

export interface PersonaRef {
  readonly id: string;
  readonly name: string;
}

export interface GapCount {
  readonly code: string;
  readonly rule?: string;
  readonly before: number;
  readonly after: number;
}

export interface GapsDiff {
  readonly before: number;
  readonly after: number;
  /** Per code, only the codes whose count changed, sorted by code. */
  readonly byCode: GapCount[];
  /** Gaps in the new version that the old one did not have (line in the new file). */
  readonly new: DiffFinding[];
  /** Gaps of the old version that are gone (line in the old file). */
  readonly fixed: DiffFinding[];
}

export interface DetailChange {
  readonly field: 'journey' | 'description' | 'owner' | 'reviewed';
  readonly from?: string;
  readonly to?: string;
}

/** Another field of an item present in both versions, e.g. a stage's customer goal or a touchpoint's channel. */
export interface FieldChange {
  readonly kind: 'persona' | 'stage' | 'touchpoint' | 'pain point' | 'opportunity';
  /** The item's name (a pain point: its id) in the new version. */
  readonly name: string;
  /** The schema's property name, e.g. "customerGoal". */
  readonly field: string;
  /** The value as text (lists comma-separated, booleans yes/no); absent when not set. */
  readonly from?: string;
  readonly to?: string;
}

/** A change in the research behind the map: quotes, evidence, feelings, the service blueprint. */
export interface ResearchChange {
  readonly kind:
    | 'quote-added'
    | 'quote-removed'
    | 'feeling-changed'
    | 'evidence-strengthened'
    | 'evidence-weakened'
    | 'evidence-changed'
    | 'backstage-added'
    | 'backstage-removed'
    | 'backstage-owner-changed';
  /** The item it concerns: a stage or touchpoint by name, a pain point by id. */
  readonly item: 'stage' | 'touchpoint' | 'pain point';
  readonly name: string;
  /** The quote, or the blueprint line's description. */
  readonly text?: string;
  /** The blueprint lane, for backstage changes. */
  readonly lane?: 'frontstage' | 'actions' | 'support';
  /** Feeling words or backstage owners; absent when not set. */
  readonly from?: string;
  readonly to?: string;
  /** For evidence changes: the evidence on each side (kind and count). */
  readonly fromEvidence?: readonly { readonly kind: string; readonly count?: number }[];
  readonly toEvidence?: readonly { readonly kind: string; readonly count?: number }[];
}

export interface JourneyDiff {
  readonly before: DiffSide;
  readonly after: DiffSide;
  /** False when either side is invalid: the structural sections are then empty. */
  readonly comparable: boolean;
  /** True when nothing a reviewer cares about changed (comments and formatting do not count). */
  readonly unchanged: boolean;
  /** Changes of the map's own fields: its title, description, owner, review date. */
  readonly details: DetailChange[];
  readonly personas: {
    readonly added: PersonaRef[];
    readonly removed: PersonaRef[];
    readonly renamed: Renamed[];
    /** Same persona, new id (matched by name, or position and a similar name); its other changes are listed under the new id. */
    readonly idChanged: IdChange[];
  };
  readonly stages: {
    readonly added: StageRef[];
    readonly removed: StageRef[];
    readonly renamed: Renamed[];
    /** Same stage, new id (matched by name and position); its other changes are listed under the new id. */
    readonly idChanged: IdChange[];
    readonly moved: StageMove[];
  };
  readonly touchpoints: {
    readonly added: TouchpointRef[];
    readonly removed: TouchpointRef[];
    readonly renamed: Renamed[];
    readonly idChanged: IdChange[];
    readonly moved: TouchpointMove[];
  };
  readonly emotions: EmotionChange[];
  readonly painPoints: {
    readonly opened: PainPointRef[];
    /** Closed by an opportunity that became `done` (the pain point may stay in the map as a record). */
    readonly resolved: PainPointRef[];
    /** Deleted from the map: not the same as resolved. */
    readonly removed: PainPointRef[];
  };
  readonly opportunities: {
    readonly added: OpportunityRef[];
    readonly removed: OpportunityRef[];
    readonly statusChanged: StatusChange[];
  };
  readonly owners: OwnerChange[];
  readonly momentsOfTruth: { readonly flagged: TouchpointRef[]; readonly unflagged: TouchpointRef[] };
  readonly metrics: MetricMovement[];
  /** Quotes, feelings, evidence and backstage of items present in both versions. */
  readonly research: ResearchChange[];
  /** Other fields of items present in both versions. */
  readonly fields: FieldChange[];
  /**
   * True when the maps differ in something none of the lists above itemises (a
   * metric's period or label, say): the summary then says so rather than "no changes".
   */
  readonly otherChanges: boolean;
  readonly gaps: GapsDiff;
}
