/**
 * The outline: personas, then stages › touchpoints › pain points and opportunities.
 * Built from the parsed value, so it still shows while the map has schema errors.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { JourneyAnalysis, SourceRange } from '../../core/index';
import type { DocumentPath } from '../language/schemaNavigator';
import { toRange } from '../positions';
import { walkJourney } from '../../core/journeyWalk';
import { asArray, asRecord as asObject } from '../../core/values';

type Lookup = (path: DocumentPath, part?: 'key' | 'value' | 'item') => SourceRange | undefined;

export function provideDocumentSymbols(analysis: JourneyAnalysis): DocumentSymbol[] {
  const { parsed } = analysis;
  const rangeOf: Lookup = parsed.rangeOf.bind(parsed);
  const root = asObject(parsed.value);
  if (!root) return [];
  const symbols: DocumentSymbol[] = [];
  const walk = walkJourney(root);

  const personas = asArray(root.personas);
  if (personas.length > 0) {
    const group = symbol(rangeOf, ['personas'], 'Personas', `${personas.length}`, SymbolKind.Namespace);
    if (group) {
      personas.forEach((persona, index) => {
        const child = itemSymbol(rangeOf, ['personas', index], asObject(persona), SymbolKind.Class);
        if (child) group.children!.push(child);
      });
      symbols.push(group);
    }
  }

  for (const { stage, path, touchpoints } of walk.stages) {
    const stageSymbol = itemSymbol(rangeOf, path, stage, SymbolKind.Module);
    if (!stageSymbol) continue;
    for (const { touchpoint, path: at, painPoints, opportunities } of touchpoints) {
      const touchpointSymbol = itemSymbol(rangeOf, at, touchpoint, SymbolKind.Event);
      if (!touchpointSymbol) continue;
      for (const { painPoint, path: painPath } of painPoints) {
        const child = itemSymbol(rangeOf, painPath, painPoint, SymbolKind.Key, 'pain point');
        if (child) touchpointSymbol.children!.push(child);
      }
      for (const { opportunity, path: opportunityPath } of opportunities) {
        const child = itemSymbol(rangeOf, opportunityPath, opportunity, SymbolKind.Function, 'opportunity');
        if (child) touchpointSymbol.children!.push(child);
      }
      stageSymbol.children!.push(touchpointSymbol);
    }
    symbols.push(stageSymbol);
  }
  return symbols;
}

/** A persona, stage, touchpoint, pain point or opportunity, named by its name (or description) and id. */
function itemSymbol(
  rangeOf: Lookup,
  path: DocumentPath,
  item: Record<string, unknown> | undefined,
  kind: SymbolKind,
  role?: string,
): DocumentSymbol | undefined {
  const id = typeof item?.id === 'string' ? item.id : undefined;
  const title =
    typeof item?.name === 'string'
      ? item.name
      : typeof item?.description === 'string'
        ? item.description
        : (id ?? `#${String(path[path.length - 1])}`);
  const detail = [role, id && title !== id ? id : undefined].filter(Boolean).join(' · ');
  const nameKey =
    typeof item?.name === 'string' ? 'name' : typeof item?.description === 'string' ? 'description' : 'id';
  return symbol(rangeOf, path, oneLine(title), detail, kind, [...path, nameKey]);
}

function symbol(
  rangeOf: Lookup,
  path: DocumentPath,
  name: string,
  detail: string,
  kind: SymbolKind,
  selectionPath?: DocumentPath,
): DocumentSymbol | undefined {
  const whole = rangeOf(path, 'value') ?? rangeOf(path, 'item');
  if (!whole) return undefined;
  const range = toRange(whole);
  const selection = selectionPath ? rangeOf(selectionPath, 'value') : rangeOf(path, 'key');
  const selectionRange =
    selection && contains(whole, selection) ? toRange(selection) : { start: range.start, end: range.start };
  return { name: name || ' ', detail, kind, range, selectionRange, children: [] };
}

function contains(outer: SourceRange, inner: SourceRange): boolean {
  return outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset;
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
