import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SyntaxCode, syntaxCodeCatalogue } from '../../src/core/parse/codes';
import { ReferenceCode, SchemaCode, schemaCodeCatalogue } from '../../src/core/validate/codes';
import { renderCodesDoc } from './helpers/codesDoc';

const root = join(__dirname, '..', '..');
// A runtime path keeps tsc from looking for types of the .mjs script.
const scriptPath: string = join(root, 'scripts', 'generate-schema-artifacts.mjs');

describe('generated artifacts (npm run generate)', () => {
  let generated: Record<string, string>;
  before(async () => {
    const script = (await import(scriptPath)) as { generateAll(): Promise<Record<string, string>> };
    generated = await script.generateAll();
  });

  for (const name of ['journey.ts', 'validate-journey.js', 'validate-journey.d.ts', 'requiredKeys.ts']) {
    it(`src/core/generated/${name} is up to date with schemas/journey.schema.json`, () => {
      const committed = readFileSync(join(root, 'src', 'core', 'generated', name), 'utf8');
      assert.ok(committed === generated[name], `src/core/generated/${name} is stale: run npm run generate`);
    });
  }

  it('the validator needs no eval at run time (a webview CSP forbids it)', () => {
    const code = readFileSync(join(root, 'src', 'core', 'generated', 'validate-journey.js'), 'utf8');
    assert.doesNotMatch(code, /new Function|\beval\(/);
  });

  it('the types name every concept of the format', () => {
    const types = readFileSync(join(root, 'src', 'core', 'generated', 'journey.ts'), 'utf8');
    for (const name of ['Journey', 'Persona', 'Stage', 'Touchpoint', 'PainPoint', 'Opportunity', 'Metric', 'Channel']) {
      assert.match(types, new RegExp(`export (interface|type) ${name}\\b`));
    }
  });
});

describe('schemas/journey.schema.json', () => {
  const schema = JSON.parse(readFileSync(join(root, 'schemas', 'journey.schema.json'), 'utf8')) as unknown;

  /** Every property schema, with its JSON pointer. */
  function* properties(node: unknown, pointer: string): Generator<[string, Record<string, unknown>]> {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) yield* properties(item, `${pointer}/${index}`);
      return;
    }
    const record = node as Record<string, unknown>;
    const props = record.properties as Record<string, Record<string, unknown>> | undefined;
    if (props && !/\/(if|then)(\/|$)/.test(pointer))
      for (const [name, property] of Object.entries(props)) yield [`${pointer}/properties/${name}`, property];
    for (const [key, value] of Object.entries(record)) yield* properties(value, `${pointer}/${key}`);
  }

  it('describes every property, for people and for editors (description and markdownDescription)', () => {
    const definitions = (schema as { definitions: Record<string, Record<string, unknown>> }).definitions;
    for (const [pointer, property] of properties(schema, '#')) {
      const target =
        typeof property.$ref === 'string' && !property.description
          ? definitions[property.$ref.split('/').pop()!]!
          : property;
      assert.ok(
        typeof target.description === 'string' && target.description.length > 0,
        `${pointer} has no description`,
      );
      assert.ok(typeof target.markdownDescription === 'string', `${pointer} has no markdownDescription`);
    }
  });

  it('describes every enum value', () => {
    for (const [pointer, property] of properties(schema, '#')) {
      const definitions = (schema as { definitions: Record<string, Record<string, unknown>> }).definitions;
      const target = typeof property.$ref === 'string' ? definitions[property.$ref.split('/').pop()!]! : property;
      if (!Array.isArray(target.enum)) continue;
      assert.equal(
        (target.enumDescriptions as unknown[] | undefined)?.length,
        target.enum.length,
        `${pointer}: enumDescriptions`,
      );
      assert.equal(
        (target.markdownEnumDescriptions as unknown[] | undefined)?.length,
        target.enum.length,
        `${pointer}: markdownEnumDescriptions`,
      );
    }
  });

  it('bounds every string and list (allErrors is safe only with maxLength / maxItems)', () => {
    const walk = (node: unknown, pointer: string): void => {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record.type === 'string' && record.enum === undefined && record.format === undefined)
        assert.ok(
          typeof record.maxLength === 'number' || typeof record.pattern === 'string',
          `${pointer}: string without maxLength`,
        );
      if (record.type === 'array') assert.ok(typeof record.maxItems === 'number', `${pointer}: array without maxItems`);
      for (const [key, value] of Object.entries(record)) walk(value, `${pointer}/${key}`);
    };
    walk(schema, '#');
  });
});

describe('docs/codes.md', () => {
  const docPath = join(root, 'docs', 'codes.md');

  it('every code constant has a catalogue entry, and codes are unique', () => {
    const constants = [
      ...Object.values(SyntaxCode),
      ...Object.values(SchemaCode),
      ...Object.values(ReferenceCode),
    ].sort();
    const catalogued = [...syntaxCodeCatalogue, ...schemaCodeCatalogue].map((entry) => entry.code).sort();
    assert.deepEqual(catalogued, constants);
    assert.equal(new Set(constants).size, constants.length);
  });

  it('is up to date with the catalogues', () => {
    const expected = renderCodesDoc();
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(docPath)) writeFileSync(docPath, expected);
    assert.ok(
      readFileSync(docPath, 'utf8') === expected,
      'docs/codes.md is stale: run UPDATE_GOLDEN=1 npx mocha test/unit/generated-artifacts.test.ts',
    );
  });
});
