import { docAnchorTag } from '../../../src/core/docLinks';
import { syntaxCodeCatalogue } from '../../../src/core/parse/codes';
import { schemaCodeCatalogue } from '../../../src/core/validate/codes';

/** The text of docs/codes.md, rendered from the code catalogues so the two cannot drift. */
export function renderCodesDoc(): string {
  const rows = (entries: typeof syntaxCodeCatalogue) =>
    entries
      .map(
        (entry) =>
          `| ${docAnchorTag(entry.code)}${entry.code} | ${entry.severity} | ${entry.summary.replace(/\|/g, '\\|')} |`,
      )
      .join('\n');
  return `# Finding codes of the engine (JM0xx, JM1xx)

Every finding has a stable code. \`JM0xx\`: the text itself (YAML syntax, limits, hostile input);
\`JM1xx\`: the schema and the references between items; \`JM2xx\`: gap rules, listed in
[rules.md](rules.md). Positions are 1-based line:column, columns in UTF-16 code units.
A map with an error among JM0xx, JM101–JM109 or JM116 has no typed \`journey\` in the analysis
and no metrics; broken references (JM110–JM114) and warnings keep it. After a syntax or limit
error (JM0xx) the gap rules do not run; after a schema error they run on the part of the map that
validates, and say nothing about a list item with an error, nor anything journey-wide when a
top-level value is wrong.

Generated from \`src/core/parse/codes.ts\` and \`src/core/validate/codes.ts\`
(refresh: \`UPDATE_GOLDEN=1 npx mocha test/unit/generated-artifacts.test.ts\`).

## Syntax and limits

| Code | Severity | When |
|------|----------|------|
${rows(syntaxCodeCatalogue)}

## Schema and references

| Code | Severity | When |
|------|----------|------|
${rows(schemaCodeCatalogue)}
`;
}
