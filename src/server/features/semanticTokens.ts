/**
 * Semantic tokens: in YAML every scalar looks alike, so the ids that tie a map together are
 * coloured by what they name. A persona id is a `class`, a pain point id an `event`; where it
 * is defined it carries `declaration`, and a reference to an id the map does not define
 * carries `unresolved` (the diagnostic says why; themes may style it). Built from the cached
 * id index of the analysed version: no walk of its own.
 */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { JourneyAnalysis } from '../../core/index';
import { cachedIndexIds, type IdKind } from '../language/idIndex';

const TOKEN_TYPES = ['class', 'event'] as const;
const TOKEN_MODIFIERS = ['declaration', 'unresolved'] as const;

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...TOKEN_TYPES],
  tokenModifiers: [...TOKEN_MODIFIERS],
};

const TYPE_OF: Record<IdKind, number> = {
  persona: TOKEN_TYPES.indexOf('class'),
  painPoint: TOKEN_TYPES.indexOf('event'),
};
const DECLARATION = 1 << TOKEN_MODIFIERS.indexOf('declaration');
const UNRESOLVED = 1 << TOKEN_MODIFIERS.indexOf('unresolved');

export function provideSemanticTokens(analysis: JourneyAnalysis): SemanticTokens {
  const occurrences = cachedIndexIds(analysis.parsed);
  const defined = new Set(
    occurrences
      .filter((occurrence) => occurrence.role === 'definition')
      .map((occurrence) => `${occurrence.kind}\u0000${occurrence.id}`),
  );
  const builder = new SemanticTokensBuilder();
  const text = analysis.text;
  for (const occurrence of occurrences) {
    const { start, end } = occurrence.range;
    if (start.line !== end.line) continue; // a token never spans lines (a folded id is not one)
    // The id without its quotes.
    const quoted = end.offset - start.offset >= 2 && (text[start.offset] === '"' || text[start.offset] === "'");
    const inset = quoted ? 1 : 0;
    const modifiers =
      occurrence.role === 'definition'
        ? DECLARATION
        : defined.has(`${occurrence.kind}\u0000${occurrence.id}`)
          ? 0
          : UNRESOLVED;
    // Lines and columns are 1-based in the engine, 0-based in LSP (UTF-16 code units in both).
    builder.push(
      start.line - 1,
      start.column - 1 + inset,
      end.offset - start.offset - 2 * inset,
      TYPE_OF[occurrence.kind],
      modifiers,
    );
  }
  return builder.build();
}
