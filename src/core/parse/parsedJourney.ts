import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { SourcePosition, SourceRange } from '../findings';
import type { PositionMapper } from '../text/positions';

export type JourneyPath = readonly (string | number)[];

/**
 * Which part of the node at a path a range covers:
 * - `value` (default): the value node (for a key with no value, the key);
 * - `key`: the key of the last path segment (for a list item, the item's first line);
 * - `item`: the first line of the node, e.g. `- id: checkout` for a touchpoint.
 */
export type RangePart = 'key' | 'value' | 'item';

export interface SourceComment {
  /** Range of the comment, from `#` to the end of the line. */
  readonly range: SourceRange;
  /** The comment's text after `#`, trimmed. */
  readonly text: string;
}

/** A YAML document with its source ranges: what every finding is positioned against. */
export interface ParsedJourney {
  readonly text: string;
  /** The plain JS value of the (first) document; undefined when the text could not be read. */
  readonly value: unknown;
  /** The yaml document, for consumers that need the syntax tree (undefined when not parsed). */
  readonly document?: Document.Parsed;
  /**
   * Range of the key or value at `path`, e.g. ['stages', 0, 'touchpoints', 1, 'emotion']. A key
   * written twice resolves to its last occurrence, the one the plain value (and so validation
   * and the gap rules) holds.
   */
  rangeOf(path: JourneyPath, part?: RangePart): SourceRange | undefined;
  /**
   * The one fallback every finding uses: the range at `path`, else the key (or value) of its
   * nearest ancestor that exists, else the empty range at the start of the file.
   */
  rangeNear(path: JourneyPath, part?: RangePart): SourceRange;
  positionAt(offset: number): SourcePosition;
  rangeAt(startOffset: number, endOffset: number): SourceRange;
  /** Every `#` comment in the file, in order (computed on first use). */
  readonly comments: readonly SourceComment[];
}

interface Located {
  node: Node | null;
  /** The key node when the last segment was a mapping key. */
  key: Node | null;
}

/** Mappings with more keys than this are looked up through an index built on first use. */
const INDEXED_MAP_SIZE = 16;

/**
 * Key → pair of large mappings. Findings ask for thousands of paths (one per wrong key in a
 * 50,000-line file): a linear search per lookup would make positioning them quadratic.
 */
const pairIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

function findPair(map: YAMLMap, segment: string | number): Pair | undefined {
  const name = String(segment);
  const matches = (item: unknown): item is Pair =>
    isPair(item) && isScalar(item.key) && String(item.key.value) === name;
  // The last pair with this key: the one toJS() keeps, so the range is that of the value that
  // was validated (with `emotion: 3` then `emotion: 9`, the 9).
  if (map.items.length <= INDEXED_MAP_SIZE) {
    for (let index = map.items.length - 1; index >= 0; index--) if (matches(map.items[index])) return map.items[index];
    return undefined;
  }
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items) {
      // The last pair wins, as in the linear search (a duplicate key is reported elsewhere).
      if (isPair(item) && isScalar(item.key)) index.set(String(item.key.value), item as Pair);
    }
    pairIndexes.set(map, index);
  }
  return index.get(name);
}

/** Follows `path` through maps, sequences and aliases. Iterative: the path bounds the work. */
function locate(document: Document.Parsed, path: JourneyPath): Located | undefined {
  let node: Node | null = document.contents as Node | null;
  let key: Node | null = null;
  for (const segment of path) {
    if (isAlias(node)) node = (node.resolve(document) as Node | undefined) ?? null;
    if (isMap(node)) {
      const pair = findPair(node, segment);
      if (!pair) return undefined;
      key = pair.key as Node;
      node = (pair.value as Node | null) ?? null;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return undefined;
      key = null;
      node = (item as Node | null) ?? null;
    } else {
      return undefined;
    }
  }
  return { node, key };
}

function nodeSpan(node: Node | null | undefined): [number, number] | undefined {
  const range = node?.range;
  if (!range) return undefined;
  return [range[0], range[1]];
}

export function createParsedJourney(input: {
  text: string;
  value: unknown;
  document?: Document.Parsed;
  positions: PositionMapper;
  findComments: () => SourceComment[];
}): ParsedJourney {
  const { text, value, document, positions } = input;
  let comments: SourceComment[] | undefined;
  return {
    text,
    value,
    document,
    positionAt: (offset) => positions.positionAt(offset),
    rangeAt: (start, end) => positions.rangeAt(start, end),
    get comments() {
      comments ??= input.findComments();
      return comments;
    },
    rangeNear(path, part = 'value') {
      const exact = this.rangeOf(path, part);
      if (exact) return exact;
      for (let length = path.length - 1; length > 0; length--) {
        const ancestor = path.slice(0, length);
        const range = this.rangeOf(ancestor, 'key') ?? this.rangeOf(ancestor, 'value');
        if (range) return range;
      }
      return positions.rangeAt(0, 0);
    },
    rangeOf(path, part = 'value') {
      if (!document) return undefined;
      const found = locate(document, path);
      if (!found) return undefined;
      const valueSpan = nodeSpan(found.node);
      const keySpan = nodeSpan(found.key);
      if (part === 'key') {
        if (keySpan) return positions.rangeAt(keySpan[0], keySpan[1]);
        return valueSpan ? positions.restOfLine(valueSpan[0]) : undefined;
      }
      if (part === 'item') {
        const start = valueSpan && valueSpan[1] > valueSpan[0] ? valueSpan[0] : keySpan?.[0];
        return start === undefined ? undefined : positions.restOfLine(start);
      }
      // An empty value (`emotion:` with nothing after it) has a zero-width range: point at the key.
      if (valueSpan && valueSpan[1] > valueSpan[0]) return positions.rangeAt(valueSpan[0], valueSpan[1]);
      if (keySpan) return positions.rangeAt(keySpan[0], keySpan[1]);
      return valueSpan ? positions.rangeAt(valueSpan[0], valueSpan[1]) : undefined;
    },
  };
}
