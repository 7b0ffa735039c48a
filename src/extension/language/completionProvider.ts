import * as vscode from 'vscode';
import type { JourneyAnalysisCache } from '../analysisCache';
import { completionContextAt, type CompletionContext } from './cursorContext';
import { ID_PATTERN, indexIds, referenceKindAt, type IdKind } from './idIndex';
import { describeDefinition } from './idDescriptions';
import type { JsonSchema, SchemaNavigator } from './schemaNavigator';

/**
 * Completion from the schema (keys, enum values, booleans) and from the map itself
 * (persona ids in `personas` and per-persona `emotion`, pain point ids in `addresses`).
 */
export class JourneyCompletionProvider implements vscode.CompletionItemProvider {
  constructor(
    private readonly analyses: JourneyAnalysisCache,
    private readonly schema: SchemaNavigator,
  ) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const text = document.getText();
    const context = completionContextAt(text, document.offsetAt(position));
    if (!context) return [];
    const range = new vscode.Range(document.positionAt(context.replaceStart), document.positionAt(context.replaceEnd));
    if (context.kind === 'key') {
      // `emotion: { rina: 2, | }` or a block mapping under `emotion:` — its keys are persona ids.
      if (referenceKindAt([...context.path, '?'], true) === 'persona')
        return this.idItems(document, 'persona', context, range, ': ');
      const isObject = this.schema
        .schemasAt(context.path)
        .some((schema) => schema.type === 'object' || schema.properties);
      if (!isObject && context.sequenceItem) return this.valueItems(document, context, range);
      return this.keyItems(context, range);
    }
    return this.valueItems(document, context, range);
  }

  private keyItems(context: CompletionContext, range: vscode.Range): vscode.CompletionItem[] {
    return this.schema
      .propertiesAt(context.path)
      .filter((property) => !context.siblings.includes(property.name))
      .map((property, index) => {
        const item = new vscode.CompletionItem(property.name, vscode.CompletionItemKind.Property);
        item.range = range;
        item.insertText = new vscode.SnippetString(keySnippet(property.name, property.schema, this.schema));
        // `personas: [|]`, `addresses: [|]`, `channels: [|]`: the ids or values to pick from come right away.
        if (isListOfScalars(property.schema, this.schema))
          item.command = { command: 'editor.action.triggerSuggest', title: 'Suggest values' };
        const documentation = property.schema.markdownDescription ?? property.schema.description;
        if (documentation) item.documentation = new vscode.MarkdownString(documentation);
        item.detail = property.required ? 'required' : undefined;
        // Required keys first, then the schema's order (which is the order a map reads best in).
        item.sortText = `${property.required ? 0 : 1}${String(index).padStart(3, '0')}`;
        return item;
      });
  }

  private valueItems(
    document: vscode.TextDocument,
    context: CompletionContext,
    range: vscode.Range,
  ): vscode.CompletionItem[] {
    const idKind = referenceKindAt(context.path, false);
    if (idKind) return this.idItems(document, idKind, context, range, '');
    return this.schema.valuesAt(context.path).map((value, index) => {
      const label = String(value.value);
      const item = new vscode.CompletionItem(
        label,
        typeof value.value === 'string' ? vscode.CompletionItemKind.EnumMember : vscode.CompletionItemKind.Value,
      );
      item.range = range;
      if (value.documentation) item.documentation = new vscode.MarkdownString(value.documentation);
      item.sortText = String(index).padStart(3, '0');
      return item;
    });
  }

  private idItems(
    document: vscode.TextDocument,
    kind: IdKind,
    context: CompletionContext,
    range: vscode.Range,
    suffix: string,
  ): vscode.CompletionItem[] {
    const analysis = this.analyses.get(document);
    const seen = new Set(context.siblings);
    const items: vscode.CompletionItem[] = [];
    for (const occurrence of indexIds(analysis.parsed.value, analysis.parsed.rangeOf.bind(analysis.parsed))) {
      if (
        occurrence.kind !== kind ||
        occurrence.role !== 'definition' ||
        seen.has(occurrence.id) ||
        !ID_PATTERN.test(occurrence.id)
      )
        continue;
      seen.add(occurrence.id);
      const item = new vscode.CompletionItem(occurrence.id, vscode.CompletionItemKind.Reference);
      item.range = range;
      item.insertText = occurrence.id + suffix;
      const description = describeDefinition(analysis.parsed.value, occurrence.path);
      item.detail = kind === 'persona' ? 'persona' : 'pain point';
      if (description) item.documentation = new vscode.MarkdownString(description);
      items.push(item);
    }
    return items;
  }
}

/** The snippet a key expands to: the colon, and for a list the first `- ` item. */
function keySnippet(name: string, property: JsonSchema, schema: SchemaNavigator): string {
  const key = name.replace(/\$/g, '\\$');
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
