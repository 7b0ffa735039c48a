/**
 * The SARIF 2.1.0 JSON schema (OASIS, as published on SchemaStore: sarif-2.1.0-rtm.5.json),
 * shipped by the MIT-licensed npm package @microsoft/jest-sarif, compiled with ajv.
 */
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

const SCHEMA_PATH = join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

/**
 * The schema is written in draft-04, which ajv 8 does not load. It uses no draft-04-only keyword
 * (no boolean exclusiveMinimum/Maximum), so renaming `id` to `$id` gives the same schema in draft-07.
 */
function loadSchema(): object {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  const { $schema: _draft, id, ...rest } = schema;
  return { ...rest, $id: id };
}

let validator: ReturnType<Ajv['compile']> | undefined;

/** The schema errors of a SARIF log, empty when valid. */
export function sarifSchemaErrors(log: unknown): ErrorObject[] {
  if (!validator) {
    // unicodeRegExp off: the published schema's `language` pattern has a stray `]`, legal only without the u flag.
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    validator = ajv.compile(loadSchema());
  }
  return validator(log) ? [] : [...(validator.errors ?? [])];
}
