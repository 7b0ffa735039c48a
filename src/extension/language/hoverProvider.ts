import * as vscode from 'vscode';
import type { JourneyAnalysisCache } from '../analysisCache';
import { nodeAt } from './cursorContext';
import { describeDefinition, escapeMarkdown } from './idDescriptions';
import { indexIds, referenceKindAt, sameId } from './idIndex';
import type { SchemaNavigator } from './schemaNavigator';

/**
 * Hover: the schema's documentation of the key or value under the cursor, the meaning
 * of an enum value, the persona or pain point an id refers to, and on a metric its
 * computed score against its target (the engine's MetricResult.display).
 */
export class JourneyHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly analyses: JourneyAnalysisCache,
    private readonly schema: SchemaNavigator,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const node = nodeAt(document.getText(), document.offsetAt(position));
    if (!node) return undefined;
    const analysis = this.analyses.get(document);
    const sections: string[] = [];

    const idKind = referenceKindAt(node.path, node.onKey);
    const occurrences = indexIds(analysis.parsed.value, analysis.parsed.rangeOf.bind(analysis.parsed));
    if (idKind) {
      const id = node.onKey ? String(node.path[node.path.length - 1]) : String(node.scalar);
      const definition = sameId(occurrences, { kind: idKind, id }).find(
        (occurrence) => occurrence.role === 'definition',
      );
      sections.push(
        definition
          ? (describeDefinition(analysis.parsed.value, definition.path) ?? '')
          : `No ${idKind === 'persona' ? 'persona' : 'pain point'} has the id \`${escapeMarkdown(id)}\`.`,
      );
    } else if (!node.onKey && node.path[node.path.length - 1] === 'id' && typeof node.scalar === 'string') {
      const definition = occurrences.find(
        (occurrence) => occurrence.role === 'definition' && pathEquals(occurrence.path, node.path),
      );
      if (definition) {
        const references = sameId(occurrences, definition).filter(
          (occurrence) => occurrence.role === 'reference',
        ).length;
        sections.push(`Referenced ${references} time${references === 1 ? '' : 's'} in this map.`);
      }
    }

    const metric = analysis.metrics.find((result) => startsWith(node.path, result.path));
    if (metric) sections.push(`**${escapeMarkdown(metric.label)}**: ${escapeMarkdown(metric.display)}`);

    const documentation = this.schema.documentationAt(node.path);
    if (documentation) sections.push(documentation);
    if (!node.onKey) {
      const value = this.schema.valuesAt(node.path).find((candidate) => candidate.value === node.scalar);
      if (value?.documentation) sections.push(`\`${escapeMarkdown(String(value.value))}\`: ${value.documentation}`);
    }
    if (sections.length === 0) return undefined;
    const range = new vscode.Range(document.positionAt(node.start), document.positionAt(node.end));
    return new vscode.Hover(
      sections.map((section) => new vscode.MarkdownString(section)),
      range,
    );
  }
}

function startsWith(path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => segment === path[index]);
}

function pathEquals(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && startsWith(a, b);
}
