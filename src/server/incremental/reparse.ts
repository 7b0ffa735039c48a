/**
 * Incremental re-parse: after an edit, re-parse only the smallest enclosing unit that
 * changed (a touchpoint, else a stage), splice it into the previous syntax tree with every
 * later position shifted, and hand the result to the whole-map checks. Anything this cannot
 * prove equivalent to a fresh parse (a syntax error, an anchor or alias, a flow collection,
 * an edit across units, a unit whose text no longer stands alone as one list item at the
 * same column) returns undefined, and the caller parses the whole document.
 *
 * The previous tree is reused in place (its later nodes' ranges are shifted): a tree describes
 * one text at a time, and an analysis whose tree has moved on to a newer text is never a base
 * again (treeText below). A version with a syntax error cannot be a base either, so the last
 * clean analysis before it stays the base (cleanBase): typing through a transient error (an
 * unclosed quote, a key without its `:` yet) splices again as soon as the unit reads cleanly.
 */
import {
  Composer,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Parser,
  type Document,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { JourneyAnalysis } from '../../core/index';
import { findComments } from '../../core/parse/comments';
import { MAX_ALIAS_COUNT, MAX_TEXT_LENGTH } from '../../core/parse/limits';
import { createParsedJourney } from '../../core/parse/parsedJourney';
import type { ParseResult } from '../../core/parse/parseJourney';
import { duplicateKeyFindings, syntaxFindings } from '../../core/parse/syntaxFindings';
import { PositionMapper } from '../../core/text/positions';

/** The part of the text an edit changed: [start, oldEnd) of the old text became [start, newEnd) of the new. */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Characters compared at once by the native string comparison before the per-character loop. */
const CHUNK = 1024;

/**
 * The changed window between two texts, by common prefix and suffix. Whole chunks are compared
 * natively (slices of a flat string are views, `===` is a memory compare), characters only in
 * the chunk where the texts part: a 1 MB map costs well under a millisecond instead of a
 * character loop over all of it.
 */
export function changedWindow(before: string, after: string): TextChange {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start + CHUNK <= shorter && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK))
    start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  const room = shorter - start;
  while (
    suffix + CHUNK <= room &&
    before.slice(before.length - suffix - CHUNK, before.length - suffix) ===
      after.slice(after.length - suffix - CHUNK, after.length - suffix)
  )
    suffix += CHUNK;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix))
    suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/** A list item of the map that can be re-parsed on its own, with where it sits. */
export interface Unit {
  readonly kind: 'touchpoint' | 'stage';
  /** Document path of the item, e.g. ['stages', 2, 'touchpoints', 0]. */
  readonly path: readonly (string | number)[];
  readonly parent: YAMLSeq;
  readonly index: number;
  readonly item: YAMLMap;
  /** The item's text: from the start of its `- ` line to the end of the node (old text). */
  readonly start: number;
  readonly end: number;
}

/** The innermost touchpoint, else stage, whose text holds the whole window [from, to]. */
export function enclosingUnit(document: Document.Parsed, text: string, from: number, to: number): Unit | undefined {
  const root = document.contents;
  if (!isMap(root)) return undefined;
  const stages = root.get('stages', true);
  if (!isSeq(stages) || stages.flow) return undefined;
  const stage = itemHolding(stages, text, from, to);
  if (!stage) return undefined;
  const touchpoints = stage.item.get('touchpoints', true);
  if (isSeq(touchpoints) && !touchpoints.flow) {
    const touchpoint = itemHolding(touchpoints, text, from, to);
    if (touchpoint)
      return {
        kind: 'touchpoint',
        path: ['stages', stage.index, 'touchpoints', touchpoint.index],
        parent: touchpoints,
        ...touchpoint,
      };
  }
  return { kind: 'stage', path: ['stages', stage.index], parent: stages, ...stage };
}

function itemHolding(
  seq: YAMLSeq,
  text: string,
  from: number,
  to: number,
): { index: number; item: YAMLMap; start: number; end: number } | undefined {
  for (let index = 0; index < seq.items.length; index++) {
    const item = seq.items[index];
    if (!isMap(item) || item.flow || !item.range) continue;
    const start = text.lastIndexOf('\n', item.range[0] - 1) + 1;
    const end = item.range[2];
    if (start > from) return undefined; // items are in text order: later ones start later still
    // Strictly inside: an insertion at the very end belongs to whatever follows.
    if (from >= start && to < end) return { index, item, start, end };
  }
  return undefined;
}

/** Anchors and aliases tie one part of a map to another: such a tree is never spliced. */
const hasAnchorsCache = new WeakMap<object, boolean>();

function hasAnchorsOrAliases(node: unknown): boolean {
  let found = false;
  const walk = (current: unknown): void => {
    if (found || current === null || typeof current !== 'object') return;
    if (isAlias(current) || ((isScalar(current) || isCollection(current)) && current.anchor)) {
      found = true;
      return;
    }
    if (isCollection(current))
      for (const item of current.items as unknown[]) {
        if (isPair(item)) {
          walk(item.key);
          walk(item.value);
        } else walk(item);
      }
  };
  walk(node);
  return found;
}

function documentHasAnchors(document: Document.Parsed): boolean {
  let known = hasAnchorsCache.get(document);
  if (known === undefined) {
    known = hasAnchorsOrAliases(document.contents);
    hasAnchorsCache.set(document, known);
  }
  return known;
}

/** Adds `delta` to every range offset at or after `from` (later nodes, and the ends of enclosing ones). */
function shiftRanges(node: unknown, from: number, delta: number): void {
  if (node === null || typeof node !== 'object') return;
  const range = (node as { range?: [number, number, number] }).range;
  if (range) {
    if (range[2] < from) return; // wholly before the edit: nothing inside moves
    for (let index = 0; index < 3; index++) if (range[index]! >= from) range[index]! += delta;
  }
  if (isCollection(node))
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        shiftRanges(item.key, from, delta);
        shiftRanges(item.value, from, delta);
      } else shiftRanges(item, from, delta);
    }
}

/** Adds `offset` to every range offset of a freshly parsed fragment. */
function offsetRanges(node: unknown, offset: number): void {
  if (node === null || typeof node !== 'object') return;
  const range = (node as { range?: [number, number, number] }).range;
  if (range) for (let index = 0; index < 3; index++) range[index]! += offset;
  if (isCollection(node))
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        offsetRanges(item.key, offset);
        offsetRanges(item.value, offset);
      } else offsetRanges(item, offset);
    }
}

/** The text each spliced tree now describes (a tree never spliced describes its own analysis' text). */
const treeText = new WeakMap<Document, string>();

/** The last clean analysis an analysis with a broken tree came after (see cleanBase). */
const cleanBases = new WeakMap<JourneyAnalysis, JourneyAnalysis>();

/**
 * The analysis a splice after `analysis` starts from: itself when its tree is clean, else the
 * last clean one before it (recorded by rememberCleanBase) if its tree has not moved on since.
 */
export function cleanBase(analysis: JourneyAnalysis): JourneyAnalysis | undefined {
  if (canSpliceInto(analysis)) return analysis;
  const base = cleanBases.get(analysis);
  return base && canSpliceInto(base) ? base : undefined;
}

/** `analysis` came after `base` without consuming its tree: later versions may still splice into `base`. */
export function rememberCleanBase(analysis: JourneyAnalysis, base: JourneyAnalysis | undefined): void {
  if (base && base !== analysis && !canSpliceInto(analysis)) cleanBases.set(analysis, base);
}

/** Only a previous analysis whose parse was clean, and whose tree still describes its text, can serve as a base. */
export function canSpliceInto(previous: JourneyAnalysis): boolean {
  const document = previous.parsed.document;
  if (!document || document.errors.length > 0 || document.warnings.length > 0) return false;
  const described = treeText.get(document);
  if (described !== undefined && described !== previous.text) return false;
  if (previous.findings.some((finding) => finding.category === 'syntax' || finding.category === 'limit')) return false;
  if (typeof previous.parsed.value !== 'object' || previous.parsed.value === null) return false;
  return !documentHasAnchors(document);
}

/** C0 control characters other than tab, line feed and carriage return: YAML forbids them (as the engine checks). */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;

export interface Splice {
  readonly parse: ParseResult;
  readonly unit: Unit;
}

/**
 * The parse of `text` made from `previous` by re-parsing one unit, or undefined when that
 * cannot be shown to equal a full parse.
 */
export function reparseIncrementally(previous: JourneyAnalysis, text: string): Splice | undefined {
  if (text.length > MAX_TEXT_LENGTH || !canSpliceInto(previous)) return undefined;
  const document = previous.parsed.document!;
  const change = changedWindow(previous.text, text);
  if (change.start === change.oldEnd && change.start === change.newEnd) return undefined; // same text
  const unit = enclosingUnit(document, previous.text, change.start, change.oldEnd);
  if (!unit) return undefined;
  const delta = change.newEnd - change.oldEnd;
  const fragment = text.slice(unit.start, unit.end + delta);
  // The unit must still end a line (or the file), so what follows it starts where it did.
  if (!fragment.endsWith('\n') && unit.end !== previous.text.length) return undefined;
  // Tabs, control characters and lone CRs (read as line breaks) get their own handling in a full parse.
  if (CONTROL_CHARACTER.test(fragment) || fragment.includes('\t') || /\r(?!\n)/.test(fragment)) return undefined;
  const column = unit.item.range![0] - unit.start - 2; // the `- ` before the item's first key
  if (!fragment.startsWith(`${' '.repeat(column)}- `) || column < 0) return undefined;

  const parser = new Parser();
  // The engine's own settings (uniqueKeys off: it finds duplicate keys in one walk, as below).
  const composer = new Composer({ uniqueKeys: false, prettyErrors: false, keepSourceTokens: false, logLevel: 'error' });
  const documents = Array.from(composer.compose(parser.parse(fragment), true, fragment.length));
  const parsedFragment = documents[0];
  if (!parsedFragment || documents.length !== 1) return undefined;
  if (parsedFragment.errors.length > 0 || parsedFragment.warnings.length > 0) return undefined;
  const seq = parsedFragment.contents;
  if (!isSeq(seq) || seq.flow || seq.items.length !== 1) return undefined;
  const item = seq.items[0];
  if (!isMap(item) || item.flow || !item.range || item.range[0] !== column + 2) return undefined;
  if (item.range[2] !== fragment.length || hasAnchorsOrAliases(item)) return undefined;
  if (duplicateKeyFindings(parsedFragment, new PositionMapper(fragment), 1).length > 0) return undefined;
  let itemValue: unknown;
  try {
    itemValue = (parsedFragment.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown[])[0];
  } catch {
    return undefined;
  }
  const value = spliceValue(previous.parsed.value, unit.path, itemValue);
  if (value === undefined) return undefined;

  // Commit: shift the rest of the previous tree, put the re-parsed item in place. From here on
  // the tree describes `text`, whatever follows: the previous analysis is no base any more.
  treeText.set(document, text);
  shiftRanges(document.contents, unit.end, delta);
  const documentRange = (document as unknown as { range: [number, number, number] }).range;
  for (let index = 0; index < 3; index++) if (documentRange[index]! >= unit.end) documentRange[index]! += delta;
  offsetRanges(item, unit.start);
  unit.parent.items[unit.index] = item as unknown as Node;
  hasAnchorsCache.set(document, false);

  const positions = new PositionMapper(text);
  // Duplicate keys live in one mapping: the base had none, the re-parsed item has none.
  const findings = syntaxFindings(document, text, positions);
  if (findings.length > 0) return undefined; // cannot happen with a clean base and fragment; be safe
  return {
    unit,
    parse: {
      parsed: createParsedJourney({
        text,
        value,
        document,
        positions,
        findComments: () => findComments(text, positions),
      }),
      findings,
      unreadable: false,
    },
  };
}

/** A copy of `root` with the item at `path` replaced: every object on the way copied, the rest shared. */
function spliceValue(root: unknown, path: readonly (string | number)[], itemValue: unknown): unknown {
  if (path.length === 0) return itemValue;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    if (!Array.isArray(root) || head >= root.length) return undefined;
    const inner = spliceValue(root[head], rest, itemValue);
    if (inner === undefined) return undefined;
    const copy = root.slice();
    copy[head] = inner;
    return copy;
  }
  if (typeof root !== 'object' || root === null || Array.isArray(root) || !(String(head) in root)) return undefined;
  const inner = spliceValue((root as Record<string, unknown>)[String(head)], rest, itemValue);
  if (inner === undefined) return undefined;
  return { ...(root as Record<string, unknown>), [String(head)]: inner };
}
