/**
 * The schema's descriptions by JSON pointer: every `description` / `markdownDescription` of a
 * schema node and every `enumDescriptions` list (snippet labels under `defaultSnippets` are
 * left out). Shared by `npm run l10n:schema` and test/unit/l10n/schemaDescriptions.test.ts.
 */
const SKIPPED = new Set([
  'defaultSnippets',
  'examples',
  'default',
  'enum',
  'const',
  'enumDescriptions',
  'markdownEnumDescriptions',
]);

export function schemaDescriptions(schema) {
  const found = {};
  const walk = (node, pointer) => {
    if (Array.isArray(node)) return node.forEach((child, index) => walk(child, `${pointer}/${index}`));
    if (!node || typeof node !== 'object') return;
    const text = typeof node.description === 'string' ? node.description : node.markdownDescription;
    if (typeof text === 'string') found[pointer] = text;
    if (Array.isArray(node.enumDescriptions)) found[`${pointer}/enumDescriptions`] = node.enumDescriptions;
    for (const [key, child] of Object.entries(node)) {
      if (SKIPPED.has(key)) continue;
      // `properties` holds property names, not keywords: a property called `description` is a schema.
      if ((key === 'description' || key === 'markdownDescription') && typeof child === 'string') continue;
      walk(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  };
  walk(schema, '');
  return found;
}
