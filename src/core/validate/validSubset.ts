import type { ErrorObject } from 'ajv';
import type { Journey } from '../generated/journey';
import validateJourney from '../generated/validate-journey.js';
import type { JourneyPath } from '../parse/parsedJourney';
import { pointerToPath } from './ajvProblems';
import { valueAt as nodeAt } from '../values';

/** The part of a map with schema errors that the schema accepts, and how to find its nodes in the text. */
export interface ValidSubset {
  readonly journey: Journey;
  /** Maps a path into `journey` to the path of the same node in the original map (list items may have been dropped). */
  readonly originalPath: (path: JourneyPath) => JourneyPath;
}

/** Removal rounds before giving up: each round removes every node an error points at, so cascades end fast. */
const MAX_ROUNDS = 16;

/**
 * Prunes a map with schema errors down to what validates, so the gap rules can still run on
 * the valid parts (one wrong emotion must not hide every gap in the file). Each round removes
 * the nodes the errors point at: a wrong or unknown property is deleted; an object missing a
 * required key goes as a whole (a list item is dropped, its later siblings keep their original
 * paths through `originalPath`). Undefined when nothing usable is left (the top level is wrong).
 */
export function validSubset(value: unknown): ValidSubset | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const copy = clone(value) as Record<string, unknown>;
  /** For a list that lost items: the original index of each remaining item. */
  const originalIndices = new WeakMap<unknown[], number[]>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (validateJourney(copy)) {
      return { journey: copy as unknown as Journey, originalPath: (path) => mapPath(copy, path, originalIndices) };
    }
    const targets = (validateJourney.errors ?? []).map((error) => target(error, copy));
    if (targets.some((path) => path.length === 0)) return undefined;
    if (!removeAll(copy, targets, originalIndices)) return undefined;
  }
  return undefined;
}

/** The node an error is about: the bad property (or key), or the object that misses a required key. */
function target(error: ErrorObject, root: unknown): JourneyPath {
  const path = pointerToPath(error.instancePath, root);
  if (error.keyword === 'additionalProperties') return [...path, String(error.params.additionalProperty)];
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (propertyName !== undefined) return [...path, propertyName];
  return path;
}

function removeAll(
  root: Record<string, unknown>,
  targets: readonly JourneyPath[],
  originalIndices: WeakMap<unknown[], number[]>,
): boolean {
  const dropped = new Map<unknown[], Set<number>>();
  let removed = false;
  for (const path of targets) {
    const parent = nodeAt(root, path.slice(0, -1));
    const last = path[path.length - 1]!;
    if (Array.isArray(parent) && typeof last === 'number' && last < parent.length) {
      const indices = dropped.get(parent) ?? new Set<number>();
      indices.add(last);
      dropped.set(parent, indices);
    } else if (parent && typeof parent === 'object' && Object.prototype.hasOwnProperty.call(parent, last)) {
      delete (parent as Record<string | number, unknown>)[last];
      removed = true;
    }
  }
  // Lists are rebuilt once each, after every removal path was resolved against the old indices.
  for (const [list, indices] of dropped) {
    const before = originalIndices.get(list) ?? list.map((_, index) => index);
    const keep = list.map((_, index) => index).filter((index) => !indices.has(index));
    const items = keep.map((index) => list[index]);
    list.length = 0;
    list.push(...items);
    originalIndices.set(
      list,
      keep.map((index) => before[index]!),
    );
    removed = true;
  }
  return removed;
}

function mapPath(root: unknown, path: JourneyPath, originalIndices: WeakMap<unknown[], number[]>): JourneyPath {
  let node = root;
  return path.map((segment) => {
    const original =
      Array.isArray(node) && typeof segment === 'number' ? (originalIndices.get(node)?.[segment] ?? segment) : segment;
    node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined;
    return original;
  });
}

/** A deep copy of plain data (what yaml's toJS gives; nesting is bounded by the parser's depth limit). */
function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, clone(item)]));
  return value;
}
