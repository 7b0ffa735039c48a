/**
 * Hover: the schema's documentation of the key or value under the cursor, the meaning
 * of an enum value, the persona or pain point an id refers to, and on a metric its
 * computed score against its target (the engine's MetricResult.display). Reads the
 * cached analysis' syntax tree: no parse of its own.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describeEvidenceList, type JourneyAnalysis } from '../../core/index';
import { translator, type Translator } from '../../core/l10n/index';
import { nodeAt, nodeInDocument } from '../language/cursorContext';
import { describeDefinition, escapeMarkdown } from '../language/idDescriptions';
import { cachedIndexIds, referenceKindAt, sameId } from '../language/idIndex';
import type { SchemaNavigator } from '../language/schemaNavigator';

export function provideHover(
  document: TextDocument,
  offset: number,
  analysis: JourneyAnalysis,
  schema: SchemaNavigator,
  tr: Translator = translator('en'),
): Hover | null {
  const tree = analysis.parsed.document;
  const node = tree ? nodeInDocument(tree, offset) : nodeAt(analysis.text, offset);
  if (!node) return null;
  const sections: string[] = [];

  const idKind = referenceKindAt(node.path, node.onKey);
  // Built once per version, and only when the cursor is on an id.
  const occurrences = () => cachedIndexIds(analysis.parsed);
  if (idKind) {
    const id = node.onKey ? String(node.path[node.path.length - 1]) : String(node.scalar);
    const definition = sameId(occurrences(), { kind: idKind, id }).find(
      (occurrence) => occurrence.role === 'definition',
    );
    sections.push(
      definition
        ? (describeDefinition(analysis.parsed.value, definition.path, tr) ?? '')
        : tr.t(idKind === 'persona' ? 'server.hover.noPersona' : 'server.hover.noPainPoint', {
            id: escapeMarkdown(id),
          }),
    );
  } else if (!node.onKey && node.path[node.path.length - 1] === 'id' && typeof node.scalar === 'string') {
    const definition = occurrences().find(
      (occurrence) => occurrence.role === 'definition' && pathEquals(occurrence.path, node.path),
    );
    if (definition) {
      const references = sameId(occurrences(), definition).filter(
        (occurrence) => occurrence.role === 'reference',
      ).length;
      sections.push(tr.t('server.hover.references', { count: references }));
    }
  }

  const metric = analysis.metrics.find((result) => startsWith(node.path, result.path));
  if (metric) {
    const evidence = metric.evidence?.length
      ? `\n\n${tr.t('server.hover.evidence', { evidence: escapeMarkdown(describeEvidenceList(metric.evidence, tr)) })}`
      : '';
    const label = escapeMarkdown(tr.value(metric.labelMessage));
    sections.push(`**${label}**: ${escapeMarkdown(tr.value(metric.displayMessage))}${evidence}`);
  }

  const documentation = schema.documentationAt(node.path);
  if (documentation) sections.push(documentation);
  if (!node.onKey) {
    const value = schema.valuesAt(node.path).find((candidate) => candidate.value === node.scalar);
    if (value?.documentation) sections.push(`\`${escapeMarkdown(String(value.value))}\`: ${value.documentation}`);
  }
  const shown = sections.filter((section) => section.length > 0);
  if (shown.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: shown.join('\n\n---\n\n') },
    range: { start: document.positionAt(node.start), end: document.positionAt(node.end) },
  };
}

function startsWith(path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => segment === path[index]);
}

function pathEquals(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && startsWith(a, b);
}
