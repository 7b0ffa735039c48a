// Renders docs/format.md — the reference of the .journey.yaml format — from
// schemas/journey.schema.json, so the documentation cannot drift from the schema.
// Used by scripts/generate-format-doc.mjs and by test/unit/format-doc.test.ts.

/** The sections of the reference, in the order an author meets them. */
const SECTIONS = [
  { title: 'The map', anchor: 'the-map', node: (schema) => schema },
  { title: 'Persona', anchor: 'persona', node: (schema) => schema.definitions.persona },
  { title: 'Stage', anchor: 'stage', node: (schema) => schema.definitions.stage },
  { title: 'Touchpoint', anchor: 'touchpoint', node: (schema) => schema.definitions.touchpoint },
  { title: 'Pain point', anchor: 'pain-point', node: (schema) => schema.definitions.painPoint },
  { title: 'Opportunity', anchor: 'opportunity', node: (schema) => schema.definitions.opportunity },
  { title: 'Metric', anchor: 'metric', node: (schema) => schema.definitions.metric },
  { title: 'Quote', anchor: 'quote', node: (schema) => schema.definitions.quote },
  { title: 'Evidence', anchor: 'evidence', node: (schema) => schema.definitions.evidence },
  { title: 'Backstage', anchor: 'backstage', node: (schema) => schema.definitions.backstage },
  { title: 'Blueprint item', anchor: 'blueprint-item', node: (schema) => schema.definitions.blueprintItem },
];

const LINKS = {
  '#/definitions/persona': '[persona](#persona)',
  '#/definitions/stage': '[stage](#stage)',
  '#/definitions/touchpoint': '[touchpoint](#touchpoint)',
  '#/definitions/painPoint': '[pain point](#pain-point)',
  '#/definitions/opportunity': '[opportunity](#opportunity)',
  '#/definitions/metric': '[metric](#metric)',
  '#/definitions/channel': '[channel](#channels)',
  '#/definitions/id': '[id](#ids)',
  '#/definitions/quote': '[quote](#quote)',
  '#/definitions/evidence': '[evidence](#evidence)',
  '#/definitions/backstage': '[backstage](#backstage)',
  '#/definitions/blueprintItem': '[blueprint item](#blueprint-item)',
};

/** A table cell: one line, pipes escaped. */
function cell(text) {
  return String(text).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function typeOf(node) {
  if (node.$ref) return LINKS[node.$ref] ?? node.$ref;
  if (node.anyOf) return node.anyOf.map(typeOf).join(' or ');
  if (node.enum) return node.enum.map((value) => `\`${value}\``).join(', ');
  if (node.type === 'array') return `list of ${typeOf(node.items)}`;
  if (
    node.type === 'object' &&
    node.additionalProperties &&
    typeof node.additionalProperties === 'object' &&
    !node.properties
  ) {
    return `map of ${typeOf(node.additionalProperties)}`;
  }
  if (node.type === 'integer' && node.minimum !== undefined && node.maximum !== undefined)
    return `whole number ${node.minimum}–${node.maximum}`;
  if (node.type === 'string' && node.format === 'date') return 'date (YYYY-MM-DD)';
  return (
    { string: 'text', integer: 'whole number', number: 'number', boolean: '`true` / `false`', object: 'mapping' }[
      node.type
    ] ?? 'any'
  );
}

function limits(node) {
  const notes = [];
  if (node.maxLength !== undefined) notes.push(`at most ${node.maxLength} characters`);
  if (node.maxItems !== undefined) notes.push(`at most ${node.maxItems} items`);
  if (node.minItems) notes.push(`at least ${node.minItems}`);
  return notes.length ? ` (${notes.join(', ')})` : '';
}

function propertyTable(node) {
  const required = new Set(node.required ?? []);
  const rows = Object.entries(node.properties).map(
    ([key, property]) =>
      `| \`${key}\` | ${cell(typeOf(property))} | ${required.has(key) ? 'yes' : ''} | ${cell((property.markdownDescription ?? property.description ?? '') + limits(property))} |`,
  );
  return ['| Key | Type | Required | Meaning |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function enumTable(node, heading) {
  const descriptions = node.markdownEnumDescriptions ?? node.enumDescriptions ?? [];
  const rows = node.enum.map((value, index) => `| \`${value}\` | ${cell(descriptions[index] ?? '')} |`);
  return [`| ${heading} | Meaning |`, '| --- | --- |', ...rows].join('\n');
}

export function renderFormatMarkdown(schema) {
  const parts = [
    '# The `.journey.yaml` format',
    '',
    '<!-- Generated from schemas/journey.schema.json by `npm run docs:format`; do not edit by hand. -->',
    '',
    cell(schema.markdownDescription ?? schema.description),
    '',
    'Start a file with `# yaml-language-server: $schema=<path to>/schemas/journey.schema.json` so that',
    "Red Hat's YAML extension (and any yaml-language-server client) validates it too. Files are named",
    '`*.journey.yaml` or `*.journey.yml`.',
  ];
  for (const section of SECTIONS) {
    const node = section.node(schema);
    parts.push(
      '',
      `## ${section.title}`,
      '',
      cell(node.markdownDescription ?? node.description),
      '',
      propertyTable(node),
    );
  }
  const { definitions } = schema;
  parts.push('', '## Stage kinds', '', enumTable(definitions.stage.properties.kind, 'Kind'));
  parts.push('', '## Channels', '', enumTable(definitions.channel, 'Channel'));
  parts.push('', '## Metric types', '', enumTable(definitions.metric.properties.type, 'Type'));
  parts.push('', '## Evidence kinds', '', enumTable(definitions.evidence.properties.kind, 'Kind'));
  parts.push(
    '',
    '## Ids',
    '',
    cell(definitions.id.markdownDescription ?? definitions.id.description) + limits(definitions.id),
    '',
  );
  return parts.join('\n');
}
