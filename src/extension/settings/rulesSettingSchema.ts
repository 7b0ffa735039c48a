/**
 * The JSON schema of the `journeyMap.rules` setting, derived from the engine's rule
 * catalogue (the same shape as `rules` in .journeymaprc.json). VS Code settings cannot
 * follow `$ref`s into definitions reliably, so they are inlined; rule codes are kept as
 * small aliases of the rule names. Pure: no `vscode`.
 */
import { ruleConfigSchema } from '../../core/gaps/configSchema';

type Schema = Record<string, unknown>;
const LEVELS = ['off', 'error', 'warning', 'info', 'hint'];

export function rulesSettingSchema(): Schema {
  const { rulesSchema } = ruleConfigSchema() as {
    rulesSchema: Schema & { definitions: Record<string, Schema>; properties: Record<string, Schema> };
  };
  const definitions = rulesSchema.definitions;
  const inline = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(inline);
    if (typeof node !== 'object' || node === null) return node;
    const record = node as Schema;
    if (typeof record.$ref === 'string') {
      const { $ref, ...rest } = record;
      return { ...(inline(definitions[$ref.split('/').pop() ?? '']) as Schema), ...(inline(rest) as Schema) };
    }
    const out: Schema = {};
    for (const [key, value] of Object.entries(record)) {
      // Keep the settings entry compact: one description per node, no definitions block.
      if (value === undefined || key === 'definitions' || key === 'markdownEnumDescriptions') continue;
      if (key === 'description' && (record.markdownDescription !== undefined || record.enum !== undefined)) continue;
      out[key] = inline(value);
    }
    return out;
  };
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rulesSchema.properties)) {
    const name = typeof value.$ref === 'string' ? value.$ref.split('/').pop() : undefined;
    properties[key] =
      /^JM\d+$/.test(key) && name
        ? { markdownDescription: `Same as \`${name}\`.`, anyOf: [{ type: 'string', enum: LEVELS }, { type: 'object' }] }
        : inline(value);
  }
  return {
    type: 'object',
    scope: 'resource',
    default: {},
    // The text is in package.nls*.json, so the Settings UI shows it in the display language.
    markdownDescription: '%configuration.rules.markdownDescription%',
    additionalProperties: false,
    properties,
  };
}
