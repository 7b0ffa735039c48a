import { Composer, Parser } from 'yaml';

/**
 * After a tab in the indentation yaml loses track of the nesting, and every later line of that
 * block gets an error of its own: one tab became four findings. To tell those echoes from real
 * mistakes, the text is parsed again with each tab-indented line re-indented the way its author
 * most likely meant (aligned with the line above, or with a tab as 2, 4 or 8 spaces); the reading
 * with the fewest errors wins. Line breaks are untouched, so its lines are the text's lines.
 *
 * Returns the 1-based lines with a tab in their indentation and those that still have an error in
 * the best reading, or undefined when the text has no tab in any indentation.
 */
export interface TabReading {
  readonly tabbed: ReadonlySet<number>;
  readonly genuine: ReadonlySet<number>;
}

export function readTabs(text: string): TabReading | undefined {
  const lines = text.split(/(\r\n|\r|\n)/);
  // Even indices are lines, odd ones the breaks between them.
  const tabbed: number[] = [];
  for (let i = 0; i < lines.length; i += 2) if (/^[ ]*\t[\t ]*\S/.test(lines[i]!)) tabbed.push(i);
  if (tabbed.length === 0) return undefined;

  let best: Set<number> | undefined;
  for (const indent of [alignWithLineAbove, tabAs(2), tabAs(4), tabAs(8)]) {
    const repaired = [...lines];
    for (const i of tabbed) {
      const line = lines[i]!;
      const leading = /^[\t ]*/.exec(line)![0];
      repaired[i] = ' '.repeat(indent(lines, i, leading)) + line.slice(leading.length);
    }
    const errorLines = errorLinesOf(repaired.join(''));
    if (!best || errorLines.size < best.size) best = errorLines;
    if (best.size === 0) break;
  }
  return { tabbed: new Set(tabbed.map((i) => i / 2 + 1)), genuine: best! };
}

type Indent = (lines: readonly string[], index: number, leading: string) => number;

/** The column where the content of the nearest non-blank line above starts, after any `- ` markers. */
const alignWithLineAbove: Indent = (lines, index) => {
  for (let i = index - 2; i >= 0; i -= 2) {
    const line = lines[i]!;
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    return /^[ \t]*(?:-[ \t]+)*/.exec(line)![0].length;
  }
  return 0;
};

function tabAs(width: number): Indent {
  return (_lines, _index, leading) => leading.replace(/\t/g, ' '.repeat(width)).length;
}

function errorLinesOf(text: string): Set<number> {
  const composer = new Composer({ uniqueKeys: false, prettyErrors: false, logLevel: 'silent' });
  const documents = Array.from(composer.compose(new Parser().parse(text), true, text.length));
  const errors = documents[0]?.errors ?? [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  const lines = new Set<number>();
  for (const error of errors) {
    const offset = error.pos[0];
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    lines.add(low + 1);
  }
  return lines;
}
