/**
 * Folding by the map's structure (each block mapping and sequence that spans lines:
 * stages, touchpoints, pain points…), from the cached syntax tree. Editors otherwise fold
 * by indentation, which also folds a long wrapped description's continuation lines.
 */
import type { FoldingRange } from 'vscode-languageserver';
import { isCollection, visit } from 'yaml';
import type { JourneyAnalysis } from '../../core/index';

export function provideFoldingRanges(analysis: JourneyAnalysis): FoldingRange[] {
  const document = analysis.parsed.document;
  if (!document) return [];
  const ranges: FoldingRange[] = [];
  const seen = new Set<number>();
  visit(document, {
    Pair(_key, pair) {
      const value = pair.value;
      if (!isCollection(value) || !value.range || !pair.key || typeof pair.key !== 'object') return;
      const keyRange = (pair.key as { range?: [number, number, number] }).range;
      if (!keyRange) return;
      add(keyRange[0], value.range[1]);
    },
    Seq(_key, seq) {
      for (const item of seq.items) {
        if (isCollection(item) && item.range) add(item.range[0], item.range[1]);
      }
    },
  });
  return ranges;

  function add(start: number, end: number): void {
    const startLine = analysis.parsed.positionAt(start).line - 1;
    // The range ends just past the collection, usually at the next line's start: fold up to the last line with text.
    let endOffset = end;
    while (endOffset > start && /\s/.test(analysis.text[endOffset - 1] ?? '')) endOffset--;
    const endLine = analysis.parsed.positionAt(endOffset).line - 1;
    if (endLine > startLine && !seen.has(startLine)) {
      seen.add(startLine);
      ranges.push({ startLine, endLine });
    }
  }
}
