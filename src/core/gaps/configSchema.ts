import { gapRuleCatalogue } from './catalogue';
import type { GapRuleMeta } from './rule';

const LEVEL_DESCRIPTIONS: Readonly<Record<string, string>> = {
  off: 'Turn the rule off.',
  error: 'Report as an error: `journey-map check` exits with 1.',
  warning: 'Report as a warning.',
  info: 'Report as information.',
  hint: 'Report as a hint (shown faintly in the editor).',
};

function ruleDefinition(rule: GapRuleMeta): object {
  const about = `${rule.code} ${rule.name}: ${rule.description} Default: ${rule.defaultSeverity}.`;
  const options = Object.fromEntries(
    rule.options.map((option) => [
      option.name,
      {
        description: `${option.description} Default ${option.default}.`,
        type: option.type,
        minimum: option.minimum,
        maximum: option.maximum,
        default: option.default,
      },
    ]),
  );
  return {
    description: `${about} ${rule.rationale}`,
    markdownDescription: `**${rule.code} \`${rule.name}\`**: ${rule.description} Default: \`${rule.defaultSeverity}\`.\n\n${rule.rationale}`,
    anyOf: [
      { $ref: '#/definitions/level' },
      {
        type: 'object',
        description: `Severity and options of ${rule.name}.`,
        additionalProperties: false,
        properties: {
          severity: { $ref: '#/definitions/level' },
          options: {
            type: 'object',
            description: rule.options.length > 0 ? `Options of ${rule.name}.` : `${rule.name} has no options.`,
            additionalProperties: false,
            properties: options,
          },
        },
      },
    ],
  };
}

/**
 * The JSON Schema of .journeymaprc.json, built from the rule catalogue so it cannot
 * drift from it. `npm run docs:rules` writes it to schemas/journey-map.config.schema.json;
 * `rulesSchema` alone is the shape of the journeyMap.rules setting.
 */
export function ruleConfigSchema(): { readonly schema: object; readonly rulesSchema: object } {
  const definitions: Record<string, object> = {
    level: {
      type: 'string',
      enum: Object.keys(LEVEL_DESCRIPTIONS),
      description: 'How a finding of this rule is reported, or "off".',
      enumDescriptions: Object.values(LEVEL_DESCRIPTIONS),
      markdownEnumDescriptions: Object.values(LEVEL_DESCRIPTIONS),
    },
  };
  const properties: Record<string, object> = {};
  for (const rule of gapRuleCatalogue) {
    definitions[rule.name] = ruleDefinition(rule);
    properties[rule.name] = { $ref: `#/definitions/${rule.name}` };
    properties[rule.code] = { $ref: `#/definitions/${rule.name}` };
  }
  const rulesSchema = {
    type: 'object',
    description:
      'Severity ("off", "error", "warning", "info", "hint") or { severity, options } per gap rule, by rule name or code.',
    markdownDescription:
      'Severity (`off`, `error`, `warning`, `info`, `hint`) or `{ "severity": …, "options": { … } }` per gap rule, keyed by rule name (`emotional-valley`) or code (`JM205`). See docs/rules.md.',
    additionalProperties: false,
    properties,
  };
  return {
    rulesSchema: { ...rulesSchema, definitions },
    schema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'https://journey-map.dev/schemas/journey-map.config.schema.json',
      title: 'Journey Map configuration (.journeymaprc.json)',
      description: 'Configures the gap rules of Journey Map for every .journey.yaml file in this repository.',
      type: 'object',
      additionalProperties: false,
      properties: {
        $schema: { type: 'string', description: 'The schema of this file.' },
        rules: { $ref: '#/definitions/rules' },
      },
      definitions: { ...definitions, rules: rulesSchema },
    },
  };
}
