import type { ErrorObject } from 'ajv';
import type { JourneyPath } from '../parse/parsedJourney';

/** One schema problem, after ajv's branch noise has been collapsed. */
export interface SchemaProblem {
  readonly keyword: string;
  /** Path of the offending value (for a bad key, the path of the object holding it). */
  readonly path: JourneyPath;
  readonly params: Record<string, unknown>;
  readonly data: unknown;
  readonly parentSchema?: Record<string, unknown>;
  /** Set when the problem is with a key's name (propertyNames). */
  readonly propertyName?: string;
}

/** Splits a JSON pointer into path segments, numbers for array indices (as the data shows them). */
export function pointerToPath(pointer: string, root: unknown): (string | number)[] {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else {
      path.push(segment);
      current = current && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

/** The instance path and each of its ancestors, whole segments only: "/a/b" → "/a/b", "/a", "". */
function pathPrefixes(instancePath: string): string[] {
  const prefixes = [instancePath];
  for (let end = instancePath.lastIndexOf('/'); end >= 0; end = instancePath.lastIndexOf('/', end - 1)) {
    prefixes.push(instancePath.slice(0, end));
    if (end === 0) break;
  }
  return prefixes;
}

function branchTypes(schema: unknown): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const type = (schema as { type?: unknown }).type;
  return Array.isArray(type) ? type.map(String) : typeof type === 'string' ? [type] : [];
}

/**
 * ajv with allErrors reports every failed branch of an `anyOf` and every failed `if`/`then`.
 * An author needs the one that matters:
 * - `if` wrappers and `propertyNames` wrappers go (the inner error says it better);
 * - a `then` error (e.g. NPS responses) beats the generic `anyOf` it refines;
 * - of an `anyOf`, keep the branch whose type matches the value (an emotion written as a number
 *   is judged as a number, not also as a per-persona map); when no branch's type matches, one
 *   type problem naming every accepted type replaces them all.
 */
export function collapseAjvErrors(errors: readonly ErrorObject[], root: unknown): SchemaProblem[] {
  let remaining = errors.filter((error) => error.keyword !== 'if' && error.keyword !== 'propertyNames');
  const anyOfs = remaining
    .filter((error) => error.keyword === 'anyOf')
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  const synthetic: SchemaProblem[] = [];
  // Indexes so that the work stays linear in the number of errors (a file can hold tens of
  // thousands): errors by each ancestor of their instance path, and the ancestors of `then` errors.
  const underPath = new Map<string, ErrorObject[]>();
  const refinedPaths = new Set<string>();
  for (const error of remaining) {
    for (const prefix of pathPrefixes(error.instancePath)) {
      let list = underPath.get(prefix);
      if (!list) underPath.set(prefix, (list = []));
      list.push(error);
      if (error.schemaPath.includes('/then/')) refinedPaths.add(prefix);
    }
  }
  const dropped = new Set<ErrorObject>();

  for (const anyOf of anyOfs) {
    if (dropped.has(anyOf)) continue;
    const prefix = `${anyOf.schemaPath}/`;
    const members = (underPath.get(anyOf.instancePath) ?? []).filter(
      (error) => !dropped.has(error) && error.schemaPath.startsWith(prefix),
    );
    dropped.add(anyOf);
    members.forEach((error) => dropped.add(error));
    if (refinedPaths.has(anyOf.instancePath)) continue;
    const branches = new Map<string, ErrorObject[]>();
    for (const error of members) {
      const branch = error.schemaPath.slice(prefix.length).split('/', 1)[0]!;
      branches.set(branch, [...(branches.get(branch) ?? []), error]);
    }
    const typeMismatch = (branch: string, list: ErrorObject[]) =>
      list.some(
        (error) =>
          error.keyword === 'type' &&
          error.instancePath === anyOf.instancePath &&
          error.schemaPath === `${prefix}${branch}/type`,
      );
    const candidates = [...branches].filter(([branch, list]) => !typeMismatch(branch, list));
    if (candidates.length === 0) {
      const branchSchemas = Array.isArray(anyOf.schema) ? anyOf.schema : [];
      const types = [...new Set(branchSchemas.flatMap(branchTypes))];
      synthetic.push({
        keyword: 'type',
        path: pointerToPath(anyOf.instancePath, root),
        params: { type: types.join(',') },
        data: anyOf.data,
        parentSchema: anyOf.parentSchema as Record<string, unknown> | undefined,
      });
    } else {
      // A branch that declares one of the value's keys is the one the author meant (an NPS
      // `promotors` typo is judged against the groups, not as a 0–10 answer); then the fewest errors.
      const branchSchemas = Array.isArray(anyOf.schema) ? (anyOf.schema as unknown[]) : [];
      const keys = anyOf.data && typeof anyOf.data === 'object' ? Object.keys(anyOf.data) : [];
      const declares = (branch: string) => {
        const properties = (branchSchemas[Number(branch)] as { properties?: object } | undefined)?.properties;
        return properties !== undefined && keys.some((key) => Object.hasOwn(properties, key)) ? 0 : 1;
      };
      const [, best] = candidates.sort((a, b) => declares(a[0]) - declares(b[0]) || a[1].length - b[1].length)[0]!;
      best.forEach((error) => dropped.delete(error));
    }
  }
  remaining = remaining.filter((error) => !dropped.has(error));

  // A date that does not even look like YYYY-MM-DD fails both `pattern` and `format`: say it once.
  const patternAt = new Set(
    remaining.filter((error) => error.keyword === 'pattern').map((error) => error.instancePath),
  );
  remaining = remaining.filter((error) => error.keyword !== 'format' || !patternAt.has(error.instancePath));

  const problems = remaining.map((error): SchemaProblem => {
    const path = pointerToPath(error.instancePath, root);
    return {
      keyword: error.keyword,
      path,
      params: error.params as Record<string, unknown>,
      data: error.data,
      parentSchema: error.parentSchema as Record<string, unknown> | undefined,
      ...(typeof error.propertyName === 'string' ? { propertyName: error.propertyName } : {}),
    };
  });
  return [...problems, ...synthetic];
}
