/**
 * Completion from the schema (keys, enum values, booleans) and from the map itself
 * (persona ids in `personas` and per-persona `emotion`, pain point ids in `addresses`).
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { JourneyAnalysis } from '../../core/index';
import { translator, type Translator } from '../../core/l10n/index';
import { completionContextFromUnit } from '../incremental/unitContext';
import { completionContextAt, type CompletionContext } from '../language/cursorContext';
import { describeDefinition } from '../language/idDescriptions';
import { ID_PATTERN, cachedIndexIds, referenceKindAt, type IdKind } from '../language/idIndex';
import type { JsonSchema, SchemaNavigator } from '../language/schemaNavigator';

export const COMPLETION_TRIGGER_CHARACTERS = [':', ' ', '[', ',', '-'];

/**
 * @param analysis the current version's analysis, computed only when ids are offered
 * @param last the last analysis made (maybe of an older version): its tree locates the cursor's
 *   touchpoint so only that is re-parsed, and its value decides the schema's if/then branches
 */
export function provideCompletion(
  document: TextDocument,
  offset: number,
  schema: SchemaNavigator,
  analysis: () => JourneyAnalysis,
  last?: JourneyAnalysis,
  tr: Translator = translator('en'),
): CompletionItem[] {
  const context = last
    ? completionContextFromUnit(document.getText(), offset, last)
    : completionContextAt(document.getText(), offset);
  if (!context) return [];
  // The map's value decides the schema's if/then branches (e.g. `responses` of a CSAT vs an NPS metric).
  const lastValue = last?.parsed.value;
  const root = () => lastValue ?? analysis().parsed.value;
  const range: Range = {
    start: document.positionAt(context.replaceStart),
    end: document.positionAt(context.replaceEnd),
  };
  if (context.kind === 'key') {
    // `emotion: { rina: 2, | }` or a block mapping under `emotion:` — its keys are persona ids.
    if (referenceKindAt([...context.path, '?'], true) === 'persona')
      return idItems(analysis(), 'persona', context, range, ': ', tr);
    const isObject = schema
      .schemasAt(context.path)
      .some((candidate) => candidate.type === 'object' || candidate.properties);
    if (!isObject && context.sequenceItem) return valueItems(analysis, schema, context, range, root, tr);
    return keyItems(schema, context, range, root());
  }
  return valueItems(analysis, schema, context, range, root, tr);
}

function keyItems(schema: SchemaNavigator, context: CompletionContext, range: Range, root: unknown): CompletionItem[] {
  return schema
    .propertiesAt(context.path, root)
    .filter((property) => !context.siblings.includes(property.name))
    .map((property, index) => {
      const item: CompletionItem = {
        label: property.name,
        kind: CompletionItemKind.Property,
        textEdit: { range, newText: keySnippet(property.name, property.schema, schema) },
        insertTextFormat: InsertTextFormat.Snippet,
        // Required keys first, then the schema's order (which is the order a map reads best in).
        sortText: `${property.required ? 0 : 1}${String(index).padStart(3, '0')}`,
      };
      // `personas: [|]`, `addresses: [|]`, `channels: [|]`: the ids or values to pick from come right away.
      if (isListOfScalars(property.schema, schema))
        item.command = { command: 'editor.action.triggerSuggest', title: 'Suggest values' };
      const documentation = property.schema.markdownDescription ?? property.schema.description;
      if (documentation) item.documentation = { kind: MarkupKind.Markdown, value: documentation };
      if (property.required) item.detail = 'required';
      return item;
    });
}

function valueItems(
  analysis: () => JourneyAnalysis,
  schema: SchemaNavigator,
  context: CompletionContext,
  range: Range,
  root: () => unknown,
  tr: Translator,
): CompletionItem[] {
  const idKind = referenceKindAt(context.path, false);
  if (idKind) return idItems(analysis(), idKind, context, range, '', tr);
  return schema.valuesAt(context.path, root()).map((value, index) => {
    const label = String(value.value);
    const item: CompletionItem = {
      label,
      kind: typeof value.value === 'string' ? CompletionItemKind.EnumMember : CompletionItemKind.Value,
      textEdit: { range, newText: label },
      sortText: String(index).padStart(3, '0'),
    };
    if (value.documentation) item.documentation = { kind: MarkupKind.Markdown, value: value.documentation };
    return item;
  });
}

function idItems(
  analysis: JourneyAnalysis,
  kind: IdKind,
  context: CompletionContext,
  range: Range,
  suffix: string,
  tr: Translator,
): CompletionItem[] {
  const seen = new Set(context.siblings);
  const items: CompletionItem[] = [];
  for (const occurrence of cachedIndexIds(analysis.parsed)) {
    if (
      occurrence.kind !== kind ||
      occurrence.role !== 'definition' ||
      seen.has(occurrence.id) ||
      !ID_PATTERN.test(occurrence.id)
    )
      continue;
    seen.add(occurrence.id);
    const item: CompletionItem = {
      label: occurrence.id,
      kind: CompletionItemKind.Reference,
      textEdit: { range, newText: occurrence.id + suffix },
      detail: tr.t(kind === 'persona' ? 'server.completion.persona' : 'server.completion.painPoint'),
    };
    const description = describeDefinition(analysis.parsed.value, occurrence.path, tr);
    if (description) item.documentation = { kind: MarkupKind.Markdown, value: description };
    items.push(item);
  }
  return items;
}

/** The snippet a key expands to: the colon, and for a list the first `- ` item. */
function keySnippet(name: string, property: JsonSchema, schema: SchemaNavigator): string {
  const key = name.replace(/[$}\\]/g, '\\$&');
  const types = [property.type].flat();
  if (property.enum) {
    const choices = property.enum.map((value) => String(value).replace(/[,|\\$}]/g, '\\$&')).join(',');
    return `${key}: \${1|${choices}|}`;
  }
  if (types.includes('array')) {
    const items = property.items ? schema.expandOne(property.items) : undefined;
    return items?.type === 'object' ? `${key}:\n  - $0` : `${key}: [$0]`;
  }
  if (types.includes('object')) return `${key}:\n  $0`;
  if (types.includes('boolean')) return `${key}: \${1|true,false|}`;
  return `${key}: $0`;
}

function isListOfScalars(property: JsonSchema, schema: SchemaNavigator): boolean {
  if (![property.type].flat().includes('array') || !property.items) return false;
  const items = schema.expandOne(property.items);
  return items !== undefined && items.type !== 'object' && !items.properties;
}
