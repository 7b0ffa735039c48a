/**
 * Go to definition, find references, highlights and rename for persona and pain point
 * ids. A rename is one WorkspaceEdit the client applies, so it is undoable in one step.
 */
import {
  DocumentHighlightKind,
  ErrorCodes,
  ResponseError,
  type DocumentHighlight,
  type Location,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from 'yaml';
import type { JourneyAnalysis } from '../../core/index';
import { ID_PATTERN, cachedIndexIds, occurrenceAt, sameId, type IdOccurrence } from '../language/idIndex';
import { toRange } from '../positions';

interface Found {
  readonly at: IdOccurrence;
  readonly all: IdOccurrence[];
}

function lookup(analysis: JourneyAnalysis, offset: number): Found | undefined {
  const occurrences = cachedIndexIds(analysis.parsed);
  const at = occurrenceAt(occurrences, offset);
  return at ? { at, all: sameId(occurrences, at) } : undefined;
}

export function provideDefinition(uri: string, analysis: JourneyAnalysis, offset: number): Location[] {
  const found = lookup(analysis, offset);
  if (!found) return [];
  return found.all
    .filter((occurrence) => occurrence.role === 'definition')
    .map((occurrence) => ({ uri, range: toRange(occurrence.range) }));
}

export function provideReferences(
  uri: string,
  analysis: JourneyAnalysis,
  offset: number,
  includeDeclaration: boolean,
): Location[] {
  const found = lookup(analysis, offset);
  if (!found) return [];
  return found.all
    .filter((occurrence) => includeDeclaration || occurrence.role === 'reference')
    .map((occurrence) => ({ uri, range: toRange(occurrence.range) }));
}

export function provideHighlights(analysis: JourneyAnalysis, offset: number): DocumentHighlight[] {
  const found = lookup(analysis, offset);
  if (!found) return [];
  return found.all.map((occurrence) => ({
    range: toRange(occurrence.range),
    kind: occurrence.role === 'definition' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}

const NOT_AN_ID = 'Only persona and pain point ids can be renamed here.';

export function prepareRename(
  document: TextDocument,
  analysis: JourneyAnalysis,
  offset: number,
): { range: Range; placeholder: string } {
  const found = lookup(analysis, offset);
  if (!found) throw new ResponseError(ErrorCodes.InvalidRequest, NOT_AN_ID);
  return { range: innerRange(document, toRange(found.at.range)), placeholder: found.at.id };
}

export function provideRename(
  document: TextDocument,
  analysis: JourneyAnalysis,
  offset: number,
  newName: string,
): WorkspaceEdit {
  const found = lookup(analysis, offset);
  if (!found) throw new ResponseError(ErrorCodes.InvalidRequest, NOT_AN_ID);
  const name = newName.trim();
  if (!ID_PATTERN.test(name) || name.length > 64) {
    throw new ResponseError(
      ErrorCodes.InvalidParams,
      `"${newName}" is not a valid id: use letters, digits, '-', '_' or '.', starting with a letter or digit (at most 64).`,
    );
  }
  const taken = cachedIndexIds(analysis.parsed).some(
    (occurrence) => occurrence.kind === found.at.kind && occurrence.role === 'definition' && occurrence.id === name,
  );
  if (taken && name !== found.at.id)
    throw new ResponseError(
      ErrorCodes.InvalidParams,
      `Another ${found.at.kind === 'persona' ? 'persona' : 'pain point'} already has the id "${name}".`,
    );
  const edits: TextEdit[] = found.all.map((occurrence) => {
    const range = toRange(occurrence.range);
    const inner = innerRange(document, range);
    // Inside existing quotes the name goes in as is; a bare name YAML would read as a number or boolean gets quoted.
    const quoted = inner.start.character !== range.start.character;
    return { range: inner, newText: quoted ? name : yamlSafe(name) };
  });
  return { changes: { [document.uri]: edits } };
}

/** The range without its quotes, when the scalar is quoted. */
function innerRange(document: TextDocument, range: Range): Range {
  const text = document.getText(range);
  if (text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0]) {
    return {
      start: { line: range.start.line, character: range.start.character + 1 },
      end: { line: range.end.line, character: range.end.character - 1 },
    };
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
