import { stringify } from 'yaml';
import type { DocumentPath, JourneyEdits, ParsedJourneyView } from './types';

export type { JourneyEdits } from './types';

const SCALAR_OPTIONS = { lineWidth: 0, blockQuote: false } as const;

/**
 * A YAML scalar for a value inside a block mapping, as `yaml` itself writes it: plain when
 * that reads back as the same string, quoted otherwise (`0x1f`, `true`, `TODO: x`).
 */
export function yamlScalar(value: string | number | boolean): string {
  return stringify(value, SCALAR_OPTIONS).replace(/\n$/, '');
}

/** A flow list of scalars (`[a, "0x1f"]`), as `yaml` writes it. */
export function yamlFlowList(values: readonly (string | number)[]): string {
  return stringify(values, { ...SCALAR_OPTIONS, collectionStyle: 'flow', flowCollectionPadding: false }).replace(
    /\n$/,
    '',
  );
}

export function createJourneyEdits(parsed: ParsedJourneyView): JourneyEdits {
  const text = parsed.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';

  const lineStartOf = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

  /** End of the line holding the last non-blank character before `offset` (before its line break). */
  const endOfContentLine = (offset: number) => {
    let p = Math.min(offset, text.length);
    while (p > 0 && /\s/.test(text[p - 1]!)) p--;
    let end = text.indexOf('\n', p);
    if (end === -1) end = text.length;
    if (end > 0 && text[end - 1] === '\r') end--;
    return end;
  };

  const keyStart = (path: DocumentPath) => parsed.rangeOf(path, 'key')?.start.offset;

  /**
   * Whether the entry spanning [start, end) sits in a flow collection: a `{`, `[` or `,`
   * before it or a `,`, `}` or `]` after it (flow maps may put each key on its own line).
   * A block value that happens to end with a comma also answers yes: no fix is safer than a wrong one.
   */
  const inFlow = (start: number, end: number) => {
    let before = start;
    while (before > 0 && /\s/.test(text[before - 1]!)) before--;
    let after = end;
    while (after < text.length && /\s/.test(text[after]!)) after++;
    return /[{[,]/.test(text[before - 1] ?? '') || /[,}\]]/.test(text[after] ?? '');
  };

  /** Offset just after the content of the entry at `path` (its value, or its key when the value is empty). */
  const entryEnd = (path: DocumentPath) => (parsed.rangeOf(path, 'value') ?? parsed.rangeOf(path, 'key'))?.end.offset;

  const positionRange = (offset: number) => {
    const position = parsed.positionAt(offset);
    return { start: position, end: position };
  };

  return {
    addToMapping(path, mapping, lines) {
      const keys = Object.keys(mapping);
      if (keys.length === 0 || lines.length === 0) return undefined;
      const first = keyStart([...path, keys[0]!]);
      const lastEnd = entryEnd([...path, keys[keys.length - 1]!]);
      if (first === undefined || lastEnd === undefined) return undefined;
      const lineStart = lineStartOf(first);
      // Block style only: before the first key there is nothing but indentation and sequence dashes.
      if (!/^[ -]*$/.test(text.slice(lineStart, first)) || inFlow(first, lastEnd)) return undefined;
      const indent = ' '.repeat(first - lineStart);
      const at = endOfContentLine(lastEnd);
      return { range: positionRange(at), newText: lines.map((line) => eol + indent + line).join('') };
    },

    appendToSequence(path, items, itemLines) {
      if (items.length === 0 || itemLines.length === 0) return undefined;
      const firstItem = firstContentOffset([...path, 0], items[0]);
      const lastEnd = lastContentEnd([...path, items.length - 1], items[items.length - 1]);
      if (firstItem === undefined || lastEnd === undefined) return undefined;
      const lineStart = lineStartOf(firstItem);
      const before = text.slice(lineStart, firstItem);
      const dash = before.lastIndexOf('-');
      if (dash === -1 || !/^[ -]*$/.test(before) || inFlow(firstItem, lastEnd)) return undefined;
      const dashIndent = ' '.repeat(dash);
      const contentIndent = ' '.repeat(before.length);
      const [head, ...rest] = itemLines;
      const newText =
        eol +
        dashIndent +
        '-' +
        ' '.repeat(before.length - dash - 1) +
        head +
        rest.map((line) => eol + contentIndent + line).join('');
      return { range: positionRange(endOfContentLine(lastEnd)), newText };
    },

    insertAfterEntry(path, lines) {
      const start = keyStart(path);
      const end = entryEnd(path);
      if (start === undefined || end === undefined || lines.length === 0) return undefined;
      const lineStart = lineStartOf(start);
      if (!/^[ -]*$/.test(text.slice(lineStart, start)) || inFlow(start, end)) return undefined;
      const indent = ' '.repeat(start - lineStart);
      return {
        range: positionRange(endOfContentLine(end)),
        newText: lines.map((line) => eol + indent + line).join(''),
      };
    },

    replaceValue(path, newText) {
      const range = parsed.rangeOf(path, 'value');
      return range ? { range, newText } : undefined;
    },
  };

  function firstContentOffset(itemPath: DocumentPath, item: unknown): number | undefined {
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      const key = Object.keys(item)[0];
      return key === undefined ? undefined : keyStart([...itemPath, key]);
    }
    return parsed.rangeOf(itemPath, 'value')?.start.offset;
  }

  function lastContentEnd(itemPath: DocumentPath, item: unknown): number | undefined {
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      const keys = Object.keys(item);
      const key = keys[keys.length - 1];
      return key === undefined ? undefined : entryEnd([...itemPath, key]);
    }
    return parsed.rangeOf(itemPath, 'value')?.end.offset;
  }
}
