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
};

export type DocumentPath = readonly (string | number)[];

export class SchemaNavigator {
  constructor(private readonly root: JsonSchema = journeySchema as JsonSchema) {}

  /**
   * The schemas that may describe the node at `path`, with `$ref`s resolved and
   * `anyOf`/`oneOf` branches listed side by side (the emotion can be a number or a
   * per-persona object: both are candidates until the value decides).
   */
  schemasAt(path: DocumentPath): JsonSchema[] {
    let current = this.expand(this.root);
    for (const segment of path) {
      const next: JsonSchema[] = [];
      for (const schema of current) {
        const child = typeof segment === 'number' ? schema.items : (schema.properties?.[segment] ?? additional(schema));
        if (child) next.push(...this.expand(child));
      }
      current = next;
      if (current.length === 0) break;
    }
    return current;
  }

  /** The property keys an object at `path` may have, with their documentation. */
  propertiesAt(path: DocumentPath): { name: string; schema: JsonSchema; required: boolean }[] {
    const seen = new Set<string>();
    const result: { name: string; schema: JsonSchema; required: boolean }[] = [];
    for (const schema of this.schemasAt(path)) {
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (seen.has(name)) continue;
        seen.add(name);
        result.push({ name, schema: this.describe(property), required: schema.required?.includes(name) ?? false });
      }
    }
    return result;
  }

  /** The fixed values a scalar at `path` may take (enums and booleans), with their documentation. */
  valuesAt(path: DocumentPath): { value: string | number | boolean; documentation?: string }[] {
    const values: { value: string | number | boolean; documentation?: string }[] = [];
    for (const schema of this.schemasAt(path)) {
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

function additional(schema: JsonSchema): JsonSchema | undefined {
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}

function withoutRef(schema: JsonSchema): JsonSchema {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}
