/**
 * Where the cursor is in a map, in schema terms: the document path of the node
 * being typed and whether a key or a value goes there. Pure: no `vscode`.
 *
 * Half-typed YAML rarely parses into the structure the user means, so the line
 * being edited is replaced by a well-formed line holding a marker (as Red Hat's YAML
 * server completes on a patched document), the text is parsed with `yaml`, and the
 * marker's path is read off the syntax tree.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import { MAX_TEXT_LENGTH } from '../../core/index';
import type { DocumentPath } from './schemaNavigator';

const MARKER = 'jm__cursor__';

export type CompletionKind =
  /** A mapping key goes here, or (in a block sequence of scalars) an item. */
  | 'key'
  /** The value of `key: |`, or an item of a flow sequence `key: [a, |]`. */
  | 'value';

export interface CompletionContext {
  readonly kind: CompletionKind;
  /** For 'key': the mapping's path. For 'value': the value's path. */
  readonly path: DocumentPath;
  /** True when the line starts a block sequence item (`- |`). */
  readonly sequenceItem: boolean;
  /** Keys already in the mapping (for 'key'), or items already in the flow sequence. */
  readonly siblings: readonly string[];
  /** Offsets of the text the chosen item replaces (the word being typed). */
  readonly replaceStart: number;
  readonly replaceEnd: number;
  /** What the user has typed of the word so far. */
  readonly prefix: string;
}

const LEAD = String.raw`^(\s*(?:-[ \t]+)*)`;
const KEY = String.raw`([A-Za-z0-9_.-]+|"[^"]*"|'[^']*')`;
const FLOW_SEQUENCE = new RegExp(`${LEAD}${KEY}:[ \\t]*\\[([^\\]#]*)$`);
const FLOW_MAPPING = new RegExp(`${LEAD}${KEY}:[ \\t]*\\{([^}#]*)$`);
const VALUE = new RegExp(`${LEAD}${KEY}:[ \\t]+([^#]*)$`);
const KEY_OR_ITEM = new RegExp(`${LEAD}([A-Za-z0-9_.-]*)$`);
const WORD_AFTER = /^[A-Za-z0-9_.-]*/;

/**
 * @param options.clean answer only when the patched text parses without errors (the
 *   language server parses one touchpoint this way, and falls back to the whole text otherwise)
 */
export function completionContextAt(
  text: string,
  offset: number,
  options: { clean?: boolean } = {},
): CompletionContext | undefined {
  // The engine refuses maps this large (JM0xx); re-parsing them on every keystroke would freeze the editor.
  if (text.length > MAX_TEXT_LENGTH) return undefined;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const lineEnd = newline === -1 ? text.length : newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
  const before = text.slice(lineStart, offset);
  const wordEnd = offset + (WORD_AFTER.exec(text.slice(offset, lineEnd))?.[0].length ?? 0);
  const patch = (line: string) => text.slice(0, lineStart) + line + text.slice(lineEnd);
  const markerPath = (patched: string) => findMarker(patched, options.clean === true);

  let match = FLOW_SEQUENCE.exec(before);
  if (match) {
    const [, lead, key, items] = match as unknown as [string, string, string, string];
    const parts = items.split(',');
    const typed = parts[parts.length - 1] ?? '';
    const prefix = typed.trimStart();
    const found = markerPath(patch(`${lead}${key}: [${MARKER}]`));
    if (!found || found.onKey) return undefined;
    return {
      kind: 'value',
      path: found.path,
      sequenceItem: false,
      siblings: parts
        .slice(0, -1)
        .map((item) => unquote(item.trim()))
        .filter(Boolean),
      replaceStart: offset - prefix.length,
      replaceEnd: wordEnd,
      prefix,
    };
  }
  match = FLOW_MAPPING.exec(before);
  if (match) {
    const [, lead, key, entries] = match as unknown as [string, string, string, string];
    const parts = entries.split(',');
    const typed = parts[parts.length - 1] ?? '';
    if (typed.includes(':')) return undefined; // a value inside a flow mapping: nothing to offer
    const prefix = typed.trimStart();
    const found = markerPath(patch(`${lead}${key}: {${MARKER}: 1}`));
    if (!found?.onKey) return undefined;
    return {
      kind: 'key',
      path: found.path,
      sequenceItem: false,
      siblings: parts
        .slice(0, -1)
        .map((entry) => unquote((entry.split(':')[0] ?? '').trim()))
        .filter(Boolean),
      replaceStart: offset - prefix.length,
      replaceEnd: wordEnd,
      prefix,
    };
  }
  match = VALUE.exec(before);
  if (match) {
    const [, lead, key, typed] = match as unknown as [string, string, string, string];
    const found = markerPath(patch(`${lead}${key}: ${MARKER}`));
    if (!found || found.onKey) return undefined;
    return {
      kind: 'value',
      path: found.path,
      sequenceItem: false,
      siblings: [],
      replaceStart: offset - typed.length,
      replaceEnd: lineEnd,
      prefix: typed,
    };
  }
  match = KEY_OR_ITEM.exec(before);
  if (match) {
    const [, lead, prefix] = match as unknown as [string, string, string];
    const found = markerPath(patch(`${lead}${MARKER}: 1`));
    if (!found?.onKey) return undefined;
    return {
      kind: 'key',
      path: found.path,
      sequenceItem: /-[ \t]+$/.test(lead),
      siblings: found.siblingKeys,
      replaceStart: offset - prefix.length,
      replaceEnd: wordEnd,
      prefix,
    };
  }
  return undefined;
}

export interface NodeAtOffset {
  /** Path of the value the offset is on (for a key: the value the key names). */
  readonly path: DocumentPath;
  readonly onKey: boolean;
  /** The scalar under the cursor. */
  readonly scalar: string | number | boolean | null;
  readonly start: number;
  readonly end: number;
}

/** The scalar (key or value) at `offset` in a map, with its document path. */
export function nodeAt(text: string, offset: number): NodeAtOffset | undefined {
  if (text.length > MAX_TEXT_LENGTH) return undefined;
  return nodeInDocument(parseDocument(text, { uniqueKeys: false, keepSourceTokens: false }), offset);
}

/**
 * The same on a document already parsed (the cached analysis' tree): no re-parse, and no walk
 * of the whole tree either. Items sit in text order, so each level is a binary search for the
 * item whose range holds the offset: a handful of steps at any map size.
 */
export function nodeInDocument(document: Document, offset: number): NodeAtOffset | undefined {
  return nodeUnder(document.contents, [], offset, 0);
}

function nodeUnder(node: unknown, path: (string | number)[], offset: number, depth: number): NodeAtOffset | undefined {
  if (isScalar(node)) {
    const range = node.range;
    return range && offset >= range[0] && offset <= range[1] ? located(node, path, false, range) : undefined;
  }
  if ((!isMap(node) && !isSeq(node)) || depth > 200) return undefined;
  const items = node.items as unknown[];
  // A block collection's range runs to the start of the next line, where the next item's key
  // starts: two items can hold the offset, the first in text order that has a scalar there wins.
  for (let index = itemHolding(items, offset); index >= 0 && index < items.length; index++) {
    const item = items[index];
    const span = extent(item);
    if (!span) continue;
    if (span[0] > offset) break;
    if (isPair(item)) {
      const key = item.key as Node | null;
      if (isScalar(key) && key.range && offset >= key.range[0] && offset <= key.range[1])
        return located(key, [...path, String(key.value)], true, key.range);
      if (!isScalar(key)) continue; // a complex key: no path names what is under it
      const found = nodeUnder(item.value, [...path, String(key.value)], offset, depth + 1);
      if (found) return found;
    } else {
      const found = nodeUnder(item, [...path, index], offset, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

function located(
  node: { value: unknown },
  path: (string | number)[],
  onKey: boolean,
  range: readonly number[],
): NodeAtOffset {
  const value = node.value;
  const scalar =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null
      ? value
      : String(value);
  return { path, onKey, scalar, start: range[0]!, end: range[1]! };
}

/** The extent of a sequence item or a pair (key start to value end); undefined when it has no range. */
function extent(item: unknown): [number, number] | undefined {
  if (isPair(item)) {
    const start = (item.key as Node | null)?.range?.[0] ?? (item.value as Node | null)?.range?.[0];
    const end = (item.value as Node | null)?.range?.[1] ?? (item.key as Node | null)?.range?.[1];
    return start === undefined || end === undefined ? undefined : [start, end];
  }
  const range = (item as Node | null)?.range;
  return range ? [range[0], range[1]] : undefined;
}

/**
 * The index of the first item whose extent holds `offset` (ends inclusive: the cursor sits there
 * after typing), by binary search over items in text order; items without a range (an empty
 * value) are stepped over. -1 when none does.
 */
function itemHolding(items: readonly unknown[], offset: number): number {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    let middle = (low + high) >> 1;
    let span = extent(items[middle]);
    // Step to a neighbour that has a range (rare: a `-` with nothing after it).
    let probe = middle;
    while (!span && probe < high) span = extent(items[++probe]);
    if (!span) {
      high = middle - 1;
      continue;
    }
    middle = probe;
    if (span[1] < offset) low = middle + 1;
    else if (span[0] > offset) high = middle - 1;
    else {
      // Touching extents: the first that holds the offset, as a walk in text order would find it.
      let first = middle;
      for (let index = middle - 1; index >= 0; index--) {
        const before = extent(items[index]);
        if (!before) continue;
        if (before[1] >= offset) first = index;
        else break;
      }
      return first;
    }
  }
  return -1;
}

function findMarker(
  text: string,
  clean: boolean,
): { path: DocumentPath; onKey: boolean; siblingKeys: string[] } | undefined {
  const document = parseDocument(text, { uniqueKeys: false });
  if (clean && document.errors.length > 0) return undefined;
  let found: { path: DocumentPath; onKey: boolean; siblingKeys: string[] } | undefined;
  visit(document, {
    Scalar(_key, node, ancestors) {
      if (node.value !== MARKER) return undefined;
      const located = pathOf(ancestors, node);
      if (!located) return undefined;
      const container = located.onKey ? ancestors[ancestors.length - 2] : undefined;
      const siblingKeys = isMap(container)
        ? container.items
            .map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''))
            .filter((key) => key && key !== MARKER)
        : [];
      found = { ...located, siblingKeys };
      return visit.BREAK;
    },
  });
  return found;
}

/** The document path of `node` from the ancestors `yaml`'s `visit` hands over. */
function pathOf(ancestors: readonly unknown[], node: Node): { path: (string | number)[]; onKey: boolean } | undefined {
  const chain = [...ancestors, node];
  const path: (string | number)[] = [];
  for (let index = 0; index < ancestors.length; index++) {
    const ancestor = chain[index];
    const child = chain[index + 1];
    if (isSeq(ancestor)) {
      path.push(ancestor.items.indexOf(child as never));
    } else if (isPair(ancestor)) {
      if (ancestor.key === child) return index === ancestors.length - 1 ? { path, onKey: true } : undefined; // inside a complex key
      if (!isScalar(ancestor.key)) return undefined;
      path.push(String(ancestor.key.value));
    }
  }
  return { path, onKey: false };
}

function unquote(text: string): string {
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}
