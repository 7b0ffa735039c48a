/**
 * Putting author-written text into Markdown (GitHub-flavoured) so it shows as
 * written: no accidental emphasis, links, HTML, headings or broken tables.
 */

/**
 * Escape text for use inside a paragraph, list item or heading: one line, shown as written.
 * Only what would otherwise change the rendering is escaped, so the Markdown stays readable as
 * plain text too (a terminal, a log, an email): `R&D` stays `R&D`, `[beta]` stays `[beta]`,
 * `snake_case` stays as is. Escaped: `*`; `_` at a word boundary; backticks and `~` when there are
 * two (a code span or strikethrough needs a pair); a backslash before punctuation; `]` before
 * `(`, `[` or `:` (a link); `<` before a letter, `/`, `!` or `?` (HTML, autolinks); `&` that
 * spells an entity. An `@` that would mention someone gets an invisible word joiner after it, so
 * an owner written "@acme/support" does not notify a GitHub team from a PR comment.
 */
export function escapeInline(text: string): string {
  return escapeLine(oneLine(text));
}

function escapeLine(line: string): string {
  const pairs = (char: string) => line.split(char).length > 2;
  const backticks = pairs('`');
  const tildes = pairs('~');
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    const before = line[i - 1] ?? ' ';
    const after = line[i + 1] ?? ' ';
    if (char === '*' || (char === '`' && backticks) || (char === '~' && tildes)) out += `\\${char}`;
    else if (char === '_' && (!WORD.test(before) || !WORD.test(after))) out += '\\_';
    else if (char === '\\' && ASCII_PUNCTUATION.test(after)) out += '\\\\';
    else if (char === ']' && (after === '(' || after === '[' || after === ':')) out += '\\]';
    else if (char === '<' && /[A-Za-z/!?]/.test(after)) out += '&lt;';
    else if (char === '&' && /^&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);/.test(line.slice(i)))
      out += '&amp;';
    else if (char === '@' && !WORD.test(before) && before !== '`' && /[A-Za-z0-9]/.test(after)) out += '@\u2060';
    else out += char;
  }
  return out;
}

const WORD = /[\p{L}\p{N}]/u;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * A finding message for Markdown: its own `code spans` (the engine writes keys and snippets that
 * way) stay code spans, and the text between them is escaped as inline text.
 */
export function markdownMessage(message: string): string {
  const line = oneLine(message);
  const parts = line.split(/(`[^`]+`)/);
  return parts.map((part, i) => (i % 2 === 1 ? part : escapeLine(part))).join('');
}

/**
 * Escape text for a table cell: like inline text, and `|` must never end the cell
 * (GitHub splits cells on `|` even inside code spans, but honours `\|`).
 * Line breaks inside a cell become `<br>`, the only line break a GFM table cell has.
 */
export function escapeTableCell(text: string): string {
  return normalizeBreaks(text)
    .split('\n')
    .map((line) => escapeInline(line).replace(/\|/g, '\\|'))
    .join('<br>');
}

/** A table: header cells and rows, already escaped. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * Collapse line breaks and runs of blanks to single spaces and trim; control characters show as
 * visible escapes (`\u001b`). Markdown from here is read in terminals and CI logs as well as in
 * pull-request comments: ESC would move the cursor there, U+202E reverse what follows.
 */
export function oneLine(text: string): string {
  return showControlCharacters(normalizeBreaks(text).replace(/\s+/g, ' ').trim());
}

/**
 * C0 and C1 controls, DEL, the bidirectional marks, embeddings, overrides and isolates, and lone
 * surrogates (the set the CLI neutralises in terminal output; line breaks and blanks are collapsed
 * before this runs).
 */
const CONTROL =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function showControlCharacters(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
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
