import * as vscode from 'vscode';
import type { JourneyAnalysisCache } from '../analysisCache';
import { toRange } from '../positions';
import type { DocumentPath } from './schemaNavigator';

type Lookup = (
  path: DocumentPath,
  part?: 'key' | 'value' | 'item',
) => import('../../core/index').SourceRange | undefined;

/**
 * The outline: personas, then stages › touchpoints › pain points and opportunities.
 * Built from the parsed value, so it still shows while the map has schema errors.
 */
export class JourneyDocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly analyses: JourneyAnalysisCache) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const { parsed } = this.analyses.get(document);
    const rangeOf: Lookup = parsed.rangeOf.bind(parsed);
    const root = asObject(parsed.value);
    if (!root) return [];
    const symbols: vscode.DocumentSymbol[] = [];

    const personas = asArray(root.personas);
    if (personas.length > 0) {
      const group = symbol(rangeOf, ['personas'], 'Personas', `${personas.length}`, vscode.SymbolKind.Namespace);
      if (group) {
        personas.forEach((persona, index) => {
          const child = itemSymbol(rangeOf, ['personas', index], asObject(persona), vscode.SymbolKind.Class);
          if (child) group.children.push(child);
        });
        symbols.push(group);
      }
    }

    asArray(root.stages).forEach((stage, s) => {
      const stageSymbol = itemSymbol(rangeOf, ['stages', s], asObject(stage), vscode.SymbolKind.Module);
      if (!stageSymbol) return;
      asArray(asObject(stage)?.touchpoints).forEach((touchpoint, t) => {
        const at = ['stages', s, 'touchpoints', t] as const;
        const touchpointSymbol = itemSymbol(rangeOf, at, asObject(touchpoint), vscode.SymbolKind.Event);
        if (!touchpointSymbol) return;
        asArray(asObject(touchpoint)?.painPoints).forEach((pain, p) => {
          const child = itemSymbol(
            rangeOf,
            [...at, 'painPoints', p],
            asObject(pain),
            vscode.SymbolKind.Key,
            'pain point',
          );
          if (child) touchpointSymbol.children.push(child);
        });
        asArray(asObject(touchpoint)?.opportunities).forEach((opportunity, o) => {
          const child = itemSymbol(
            rangeOf,
            [...at, 'opportunities', o],
            asObject(opportunity),
            vscode.SymbolKind.Function,
            'opportunity',
          );
          if (child) touchpointSymbol.children.push(child);
        });
        stageSymbol.children.push(touchpointSymbol);
      });
      symbols.push(stageSymbol);
    });
    return symbols;
  }
}

/** A persona, stage, touchpoint, pain point or opportunity, named by its name (or description) and id. */
function itemSymbol(
  rangeOf: Lookup,
  path: DocumentPath,
  item: Record<string, unknown> | undefined,
  kind: vscode.SymbolKind,
  role?: string,
): vscode.DocumentSymbol | undefined {
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
  kind: vscode.SymbolKind,
  selectionPath?: DocumentPath,
): vscode.DocumentSymbol | undefined {
  const whole = rangeOf(path, 'value') ?? rangeOf(path, 'item');
  if (!whole) return undefined;
  const range = toRange(whole);
  const selection = selectionPath ? rangeOf(selectionPath, 'value') : rangeOf(path, 'key');
  const selectionRange =
    selection && range.contains(toRange(selection)) ? toRange(selection) : new vscode.Range(range.start, range.start);
  return new vscode.DocumentSymbol(name || ' ', detail, kind, range, selectionRange);
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
