/**
 * Map text and file names reach terminals and CI logs. A control character there is an
 * instruction, not text: ESC moves the cursor and erases lines, U+202E reverses what follows,
 * a newline starts a line the log may read as a workflow command. Every such character is
 * shown as a visible escape (`\u001b`) instead of being emitted.
 */

/**
 * C0 controls (tab and line breaks included), DEL, C1 controls, the bidirectional marks,
 * embeddings, overrides and isolates (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069),
 * the line and paragraph separators (U+2028–U+2029, line breaks to some terminals), and the
 * invisible byte-order mark. Lone surrogates would be replaced by the terminal: shown too.
 */
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** `text` with every unsafe character shown as `\uXXXX`; characters in `keep` (e.g. '\n') are left as they are. */
export function neutralise(text: string, keep = ''): string {
  return text.replace(UNSAFE, (char) => (keep.includes(char) ? char : escape(char)));
}

/** True when `text` holds a character neutralise() would escape. */
export function hasUnsafeCharacters(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

/**
 * JSON keeps its meaning when a character inside a string is written as `\uXXXX`, and JSON's own
 * serializer already escapes C0 controls; this escapes the rest (bidi controls, separators, C1),
 * so a JSON or SARIF report printed to a terminal is inert too.
 */
export function neutraliseJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, escape);
}

/** UNSAFE without the C0 range: inside JSON strings those are escaped already, outside they are its whitespace. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

/**
 * GitHub Actions reads a log line starting with `::` as a workflow command. Our own lines never
 * start so; a file name can (`::error::x.journey.yaml`), so its first colon is shown escaped.
 */
export function withoutCommandLines(text: string): string {
  return text.replace(/^(\s*):(?=:)/gm, '$1\\u003a');
}

/**
 * A stream that shows unsafe characters escaped, keeping only line feeds: for standard error,
 * where every line is a message. The progress line's carriage returns go through `raw`.
 */
export interface NeutralisingStream {
  write(chunk: string | Uint8Array): boolean;
  readonly isTTY?: boolean;
  readonly columns?: number;
  /** The underlying stream, for output that was neutralised already (the progress line). */
  readonly raw: { write(chunk: string | Uint8Array): boolean };
}

export function neutralisingStream(stream: {
  write(chunk: string | Uint8Array): boolean;
  isTTY?: boolean;
  columns?: number;
}): NeutralisingStream {
  return {
    write: (chunk) => stream.write(typeof chunk === 'string' ? withoutCommandLines(neutralise(chunk, '\n')) : chunk),
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
    raw: stream,
  };
}
