import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { JourneyAnalysisCache } from '../analysisCache';
import { toRange } from '../positions';
import { ID_PATTERN, indexIds, occurrenceAt, sameId, type IdOccurrence } from './idIndex';

/**
 * Go to definition, find references, highlights and rename for persona and pain point
 * ids. A rename is one WorkspaceEdit the user asked for, so it is undoable in one step.
 */
export class JourneyIdNavigation
  implements
    vscode.DefinitionProvider,
    vscode.ReferenceProvider,
    vscode.DocumentHighlightProvider,
    vscode.RenameProvider
{
  constructor(private readonly analyses: JourneyAnalysisCache) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] {
    const found = this.lookup(document, position);
    if (!found) return [];
    return found.all
      .filter((occurrence) => occurrence.role === 'definition')
      .map((occurrence) => new vscode.Location(document.uri, toRange(occurrence.range)));
  }

  provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
  ): vscode.Location[] {
    const found = this.lookup(document, position);
    if (!found) return [];
    return found.all
      .filter((occurrence) => context.includeDeclaration || occurrence.role === 'reference')
      .map((occurrence) => new vscode.Location(document.uri, toRange(occurrence.range)));
  }

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] {
    const found = this.lookup(document, position);
    if (!found) return [];
    return found.all.map(
      (occurrence) =>
        new vscode.DocumentHighlight(
          toRange(occurrence.range),
          occurrence.role === 'definition' ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read,
        ),
    );
  }

  prepareRename(
    document: vscode.TextDocument,
    position: vscode.Position,
  ): { range: vscode.Range; placeholder: string } {
    const found = this.lookup(document, position);
    if (!found) throw new Error('Only persona and pain point ids can be renamed here.');
    return { range: innerRange(document, toRange(found.at.range)), placeholder: found.at.id };
  }

  provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): vscode.WorkspaceEdit {
    const found = this.lookup(document, position);
    if (!found) throw new Error('Only persona and pain point ids can be renamed here.');
    const name = newName.trim();
    if (!ID_PATTERN.test(name) || name.length > 64) {
      throw new Error(
        `"${newName}" is not a valid id: use letters, digits, '-', '_' or '.', starting with a letter or digit (at most 64).`,
      );
    }
    const taken = indexIdsOf(this.analyses, document).some(
      (occurrence) => occurrence.kind === found.at.kind && occurrence.role === 'definition' && occurrence.id === name,
    );
    if (taken && name !== found.at.id)
      throw new Error(
        `Another ${found.at.kind === 'persona' ? 'persona' : 'pain point'} already has the id "${name}".`,
      );
    const edit = new vscode.WorkspaceEdit();
    for (const occurrence of found.all) {
      const range = toRange(occurrence.range);
      const inner = innerRange(document, range);
      // Inside existing quotes the name goes in as is; a bare name YAML would read as a number or boolean gets quoted.
      edit.replace(document.uri, inner, inner.isEqual(range) ? yamlSafe(name) : name);
    }
    return edit;
  }

  private lookup(
    document: vscode.TextDocument,
    position: vscode.Position,
  ): { at: IdOccurrence; all: IdOccurrence[] } | undefined {
    const occurrences = indexIdsOf(this.analyses, document);
    const at = occurrenceAt(occurrences, document.offsetAt(position));
    return at ? { at, all: sameId(occurrences, at) } : undefined;
  }
}

function indexIdsOf(analyses: JourneyAnalysisCache, document: vscode.TextDocument): IdOccurrence[] {
  const { parsed } = analyses.get(document);
  return indexIds(parsed.value, parsed.rangeOf.bind(parsed));
}

/** The range without its quotes, when the scalar is quoted. */
function innerRange(document: vscode.TextDocument, range: vscode.Range): vscode.Range {
  const text = document.getText(range);
  if (text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0]) {
    return new vscode.Range(range.start.translate(0, 1), range.end.translate(0, -1));
  }
  return range;
}

function yamlSafe(name: string): string {
  try {
    if (parse(name) === name) return name;
  } catch {
    // fall through: quote it
  }
  return JSON.stringify(name);
}
