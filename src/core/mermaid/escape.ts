/**
 * Label escaping for Mermaid's `journey` grammar, so that every label an author
 * writes is shown verbatim.
 *
 * How Mermaid reads a diagram (11.x, verified against its lexer and by the
 * property test in test/unit/mermaidEscape.property.test.ts):
 * - Before parsing, `#<word>;` entity codes are swapped for placeholders and put
 *   back as `&#<n>;` / `&<name>;` HTML entities in the SVG. So an entity code is
 *   invisible to the grammar, and a raw `#` must itself be written `#35;`.
 * - Task names stop at `:` `#` `;` and newline; actors split on `,`; a line
 *   holding `%%` after any character is dropped as a comment; lines starting
 *   with `title `, `section `, `journey`, `accTitle`, `accDescr` are keywords
 *   (case-insensitive); leading whitespace is skipped.
 * - Titles, accTitle and accDescr go through DOMPurify, which re-serialises `&`,
 *   `<`, `>` and non-breaking spaces as HTML entities.
 * - A line containing `style` … `:` non-space … `#` … `;` loses its last `;`
 *   (a pre-parse fix for CSS in flowcharts); we never emit `:` directly
 *   followed by a non-space, so it cannot match.
 *
 * The remedy is one rule: write every risky character as `#<code point>;`.
 */

/** Characters with a meaning somewhere in the journey grammar or in Mermaid's pre-processing. */
const GRAMMAR_CHARACTERS = new Set([...'#:;,%<>&"\'`={}']);

/**
 * Mermaid's entity placeholders are built from these (`ﬂ°°58¶ß`) and swapped back
 * by a plain string replace over the whole SVG, so a label holding them verbatim
 * would turn into `&#…`. Every pattern (`ﬂ°°`, `ﬂ°`, `¶ß`) needs `ﬂ` or `¶`: escaping
 * those two is enough (and leaves German `ß` readable).
 */
const PLACEHOLDER_CHARACTERS = new Set(['\uFB02', '\u00B6']);

/** Keywords Mermaid's lexer recognises at the start of a token (it matches them case-insensitively). */
const LEADING_KEYWORD = /^(?:journey|title|section|acc(?:Title|Descr))/i;

/** What to show for characters an HTML parser cannot carry as a character reference. */
const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * Words of Latin letters, digits and harmless punctuation separated by single
 * spaces: nothing to escape (unless it starts with a keyword). Most labels are
 * like this, and the preview regenerates the diagram on every edit.
 */
const PLAIN_LABEL = /^[A-Za-z0-9\u00C0-\u024F.\-_()!?/]+(?: [A-Za-z0-9\u00C0-\u024F.\-_()!?/]+)*$/;

/** Escape a label for use as a Mermaid journey title, section, task name or actor. */
export function escapeMermaidLabel(label: string): string {
  if (PLAIN_LABEL.test(label) && !LEADING_KEYWORD.test(label)) return label;
  const codePoints = [...normalizeLineBreaks(label)];
  let out = '';
  for (let index = 0; index < codePoints.length; index++) {
    out += escapeCodePoint(codePoints[index]!, index, codePoints.length);
  }
  if (LEADING_KEYWORD.test(label)) {
    // Escaping the first letter is enough to stop the lexer from seeing a keyword.
    out = entity(label.codePointAt(0)!) + out.slice(codePoints[0]!.length);
  }
  return out;
}

/**
 * A carriage return cannot survive: Mermaid's SVG is re-parsed as HTML (by DOMPurify
 * and by whoever inserts it), and HTML turns CR LF and lone CR into LF. YAML does the
 * same to line breaks in a scalar, so only an escaped "\r" in a quoted string gets here.
 */
export function normalizeLineBreaks(label: string): string {
  return label.replace(/\r\n?/g, '\n');
}

function escapeCodePoint(char: string, index: number, length: number): string {
  const code = char.codePointAt(0)!;
  if (isLoneSurrogate(code) || isUnrepresentableControl(code)) return REPLACEMENT_CHARACTER;
  if (GRAMMAR_CHARACTERS.has(char) || PLACEHOLDER_CHARACTERS.has(char)) return entity(code);
  if (char === ' ') {
    // The lexer skips leading blanks and renderers trim trailing ones: pin the edges.
    return index === 0 || index === length - 1 ? entity(code) : char;
  }
  // Tabs, newlines, NBSP, line separators … would end a line, be skipped, or be re-serialised.
  if (/\s/u.test(char) || isControl(code)) return entity(code);
  return char;
}

function entity(code: number): string {
  return `#${code};`;
}

function isLoneSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * NUL becomes U+FFFD in HTML, and `&#128;`–`&#159;` are re-mapped to Windows-1252
 * characters by the HTML parser: neither can survive, so say so with U+FFFD.
 * Other C0 controls survive as references (they are invisible anyway).
 */
function isUnrepresentableControl(code: number): boolean {
  return code === 0 || (code >= 0x80 && code <= 0x9f);
}

/**
 * The key under which Mermaid (11.x) holds an actor written as `escaped` in a task line: its
 * entity codes swapped for Mermaid's placeholders (`encodeEntities`, run over the whole text
 * before parsing), then trimmed (`addTask`). Mermaid colours actors by their position in the
 * sorted list of these keys, and draws its legend in that order.
 */
export function mermaidActorKey(escaped: string): string {
  return escaped
    .replace(/#\w+;/g, (code) => {
      const inner = code.slice(1, -1);
      return /^\+?\d+$/.test(inner) ? `\uFB02\u00B0\u00B0${inner}\u00B6\u00DF` : `\uFB02\u00B0${inner}\u00B6\u00DF`;
    })
    .trim();
}
