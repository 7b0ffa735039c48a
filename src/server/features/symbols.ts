/**
 * The outline: personas, then stages › touchpoints › pain points and opportunities.
 * Built from the parsed value, so it still shows while the map has schema errors.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { JourneyAnalysis, SourceRange } from '../../core/index';
import type { DocumentPath } from '../language/schemaNavigator';
import { toRange } from '../positions';
import { asArray, asRecord as asObject } from '../../core/values';

type Lookup = (path: DocumentPath, part?: 'key' | 'value' | 'item') => SourceRange | undefined;

export function provideDocumentSymbols(analysis: JourneyAnalysis): DocumentSymbol[] {
  const { parsed } = analysis;
  const rangeOf: Lookup = parsed.rangeOf.bind(parsed);
  const root = asObject(parsed.value);
  if (!root) return [];
  const symbols: DocumentSymbol[] = [];

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

  asArray(root.stages).forEach((stage, s) => {
    const stageSymbol = itemSymbol(rangeOf, ['stages', s], asObject(stage), SymbolKind.Module);
    if (!stageSymbol) return;
    asArray(asObject(stage)?.touchpoints).forEach((touchpoint, t) => {
      const at = ['stages', s, 'touchpoints', t] as const;
      const touchpointSymbol = itemSymbol(rangeOf, at, asObject(touchpoint), SymbolKind.Event);
      if (!touchpointSymbol) return;
      asArray(asObject(touchpoint)?.painPoints).forEach((pain, p) => {
        const child = itemSymbol(rangeOf, [...at, 'painPoints', p], asObject(pain), SymbolKind.Key, 'pain point');
        if (child) touchpointSymbol.children!.push(child);
      });
      asArray(asObject(touchpoint)?.opportunities).forEach((opportunity, o) => {
        const child = itemSymbol(
          rangeOf,
          [...at, 'opportunities', o],
          asObject(opportunity),
          SymbolKind.Function,
          'opportunity',
        );
        if (child) touchpointSymbol.children!.push(child);
      });
      stageSymbol.children!.push(touchpointSymbol);
    });
    symbols.push(stageSymbol);
  });
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
