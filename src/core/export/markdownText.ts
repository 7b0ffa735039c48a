/**
 * Putting author-written text into Markdown (GitHub-flavoured) so it shows as
 * written: no accidental emphasis, links, HTML, headings or broken tables.
 */

/**
 * Characters with a Markdown or HTML meaning inside a line. `#`, `-`, `+` only
 * matter at the start of a line and our text never starts one; `(` `!` only next
 * to `[` `]`, which are escaped.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&@]/g;

const ENTITY_FOR: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * Escape text for use inside a paragraph, list item or heading: one line, every
 * special character neutralised. `@` gets a zero-width space after it so an owner
 * written "@acme/support" does not notify a GitHub team from a PR comment.
 */
export function escapeInline(text: string): string {
  return oneLine(text).replace(INLINE_SPECIAL, (char) => ENTITY_FOR[char] ?? (char === '@' ? '@&#8203;' : `\\${char}`));
}

/**
 * Escape text for a table cell: like inline text, and `|` must never end the cell
 * (GitHub splits cells on `|` even inside code spans, but honours `\|`).
 * Line breaks inside a cell become `<br>`, the only line break a GFM table cell has.
 */
export function escapeTableCell(text: string): string {
  return normalizeBreaks(text)
    .split('\n')
    .map((line) => escapeInline(line))
    .join('<br>');
}

/** A table: header cells and rows, already escaped. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Collapse line breaks and runs of blanks to single spaces and trim. */
export function oneLine(text: string): string {
  return normalizeBreaks(text).replace(/\s+/g, ' ').trim();
}

function normalizeBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** `**text**` with the text escaped. */
export function bold(text: string): string {
  return `**${escapeInline(text)}**`;
}

/** An inline code span that holds any text, including backticks (CommonMark: a longer fence than any run inside). */
export function code(text: string): string {
  const single = oneLine(text);
  const longestRun = Math.max(0, ...[...single.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = single.startsWith('`') || single.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${single}${pad}${fence}`;
}
