/**
 * Answers "what does the schema say about this place in a map?" by walking
 * schemas/journey.schema.json — the format's single source of truth — so completion
 * and hover follow the schema without a second copy of it. Pure: no `vscode`.
 */
import journeySchema from '../../../schemas/journey.schema.json';

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
  required?: string[];
  examples?: unknown[];
  default?: unknown;
  const?: unknown;
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
};

export type DocumentPath = readonly (string | number)[];

export class SchemaNavigator {
  constructor(private readonly root: JsonSchema = journeySchema as JsonSchema) {}

  /**
   * The schemas that may describe the node at `path`, with `$ref`s resolved and
   * `anyOf`/`oneOf` branches listed side by side (the emotion can be a number or a
   * per-persona object: both are candidates until the value decides).
   */
  schemasAt(path: DocumentPath, root?: unknown): JsonSchema[] {
    let current = this.expand(this.root);
    let instance = root;
    for (const segment of path) {
      const next: JsonSchema[] = [];
      // `if`/`then`/`else` that the map's own value selects (a CSAT metric's `responses` is an
      // answer count, an NPS metric's the three groups): when one says what the child is, it decides.
      const decided: JsonSchema[] = [];
      for (const schema of current) {
        for (const branch of this.conditionalBranches(schema, instance)) {
          const child = childOf(branch, segment);
          if (child) decided.push(...this.expand(child));
        }
        const child = childOf(schema, segment);
        if (child) next.push(...this.expand(child));
      }
      current = decided.length > 0 ? decided : next;
      instance = childValue(instance, segment);
      if (current.length === 0) break;
    }
    return current;
  }

  /** The `then` (or `else`) schemas of `schema`'s conditionals whose `if` the instance decides. */
  private conditionalBranches(schema: JsonSchema, instance: unknown): JsonSchema[] {
    if (instance === undefined) return [];
    const branches: JsonSchema[] = [];
    for (const candidate of [schema, ...(schema.allOf ?? [])]) {
      if (!candidate.if) continue;
      const branch = matches(candidate.if, instance) ? candidate.then : candidate.else;
      if (branch) branches.push(...this.expand(branch));
    }
    return branches;
  }

  /** The property keys an object at `path` may have, with their documentation. */
  propertiesAt(path: DocumentPath, root?: unknown): { name: string; schema: JsonSchema; required: boolean }[] {
    const seen = new Set<string>();
    const result: { name: string; schema: JsonSchema; required: boolean }[] = [];
    for (const schema of this.schemasAt(path, root)) {
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (seen.has(name)) continue;
        seen.add(name);
        result.push({ name, schema: this.describe(property), required: schema.required?.includes(name) ?? false });
      }
    }
    return result;
  }

  /** The fixed values a scalar at `path` may take (enums and booleans), with their documentation. */
  valuesAt(path: DocumentPath, root?: unknown): { value: string | number | boolean; documentation?: string }[] {
    const values: { value: string | number | boolean; documentation?: string }[] = [];
    for (const schema of this.schemasAt(path, root)) {
      schema.enum?.forEach((value, index) => {
        if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return;
        if (values.some((known) => known.value === value)) return;
        const documentation = schema.markdownEnumDescriptions?.[index] ?? schema.enumDescriptions?.[index];
        values.push(documentation === undefined ? { value } : { value, documentation });
      });
      if (schema.type === 'boolean' && !values.some((known) => known.value === true))
        values.push({ value: true }, { value: false });
    }
    return values;
  }

  /** Markdown documentation of the node at `path` (the first candidate that has some). */
  documentationAt(path: DocumentPath): string | undefined {
    // The property's own description (next to its $ref) is more specific than the referenced definition's.
    const parentPath = path.slice(0, -1);
    const last = path[path.length - 1];
    if (typeof last === 'string') {
      for (const parent of this.schemasAt(parentPath)) {
        const own = parent.properties?.[last];
        if (own && (own.markdownDescription ?? own.description)) return own.markdownDescription ?? own.description;
      }
    } else if (typeof last === 'number') {
      for (const parent of this.schemasAt(parentPath)) {
        const items = parent.items;
        if (items && (items.markdownDescription ?? items.description))
          return items.markdownDescription ?? items.description;
      }
    }
    for (const schema of this.schemasAt(path)) {
      const text = schema.markdownDescription ?? schema.description;
      if (text) return text;
    }
    return undefined;
  }

  /** The first schema `schema` stands for, with `$ref` resolved. */
  expandOne(schema: JsonSchema): JsonSchema | undefined {
    return this.expand(schema)[0];
  }

  /** A property schema with its `$ref` resolved but its own description kept. */
  private describe(schema: JsonSchema): JsonSchema {
    const [resolved] = this.expand(schema);
    return { ...resolved, ...withoutRef(schema) };
  }

  private expand(schema: JsonSchema, depth = 0): JsonSchema[] {
    if (depth > 16) return []; // a cyclic $ref must not hang the editor
    if (schema.$ref) {
      const target = this.resolve(schema.$ref);
      return target ? this.expand({ ...target, ...withoutRef(schema) }, depth + 1) : [];
    }
    const branches = schema.anyOf ?? schema.oneOf;
    if (branches) return branches.flatMap((branch) => this.expand(branch, depth + 1));
    return [schema];
  }

  private resolve(ref: string): JsonSchema | undefined {
    if (!ref.startsWith('#/')) return undefined;
    let node: unknown = this.root;
    for (const part of ref.slice(2).split('/')) {
      node =
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')]
          : undefined;
    }
    return typeof node === 'object' && node !== null ? (node as JsonSchema) : undefined;
  }
}

function childOf(schema: JsonSchema, segment: string | number): JsonSchema | undefined {
  return typeof segment === 'number' ? schema.items : (schema.properties?.[segment] ?? additional(schema));
}

function childValue(instance: unknown, segment: string | number): unknown {
  if (typeof instance !== 'object' || instance === null) return undefined;
  return (instance as Record<string | number, unknown>)[segment];
}

/**
 * Whether `instance` satisfies an `if` schema. The journey schema's conditions only test
 * `required` keys and `const` / `enum` / `type` of properties, so that is what is evaluated;
 * anything else counts as satisfied.
 */
function matches(condition: JsonSchema, instance: unknown): boolean {
  if ('const' in condition && condition.const !== instance) return false;
  if (condition.enum && !condition.enum.includes(instance as never)) return false;
  if (condition.type) {
    const types = [condition.type].flat();
    const actual = Array.isArray(instance) ? 'array' : instance === null ? 'null' : typeof instance;
    if (!types.some((type) => type === actual || (type === 'integer' && Number.isInteger(instance)))) return false;
  }
  if (condition.required || condition.properties) {
    if (typeof instance !== 'object' || instance === null || Array.isArray(instance)) return false;
    const record = instance as Record<string, unknown>;
    if (condition.required?.some((key) => !(key in record))) return false;
    for (const [key, property] of Object.entries(condition.properties ?? {}))
      if (key in record && !matches(property, record[key])) return false;
  }
  return true;
}

function additional(schema: JsonSchema): JsonSchema | undefined {
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}

function withoutRef(schema: JsonSchema): JsonSchema {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}
