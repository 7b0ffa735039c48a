/**
 * A large text sent again and again with small changes (the preview's drawing input, once per
 * analysed version) travels as a patch of the text the receiver already has. Both sides cut the
 * text into the same content-defined chunks (a boundary wherever a rolling hash of the last 32
 * characters hits a pattern, so an edit moves only the boundaries next to it); the patch names
 * the receiver's chunks it can reuse and carries the rest. An edit anywhere costs a few chunks,
 * and several edits cost a few chunks each. Pure: the language server and the webview use it.
 */

/** The text as sent: whole, or as a patch of the text whose hash is `base`. */
export interface PatchedText {
  /** hashOf the whole text: the receiver checks what it rebuilt against it. */
  readonly hash: string;
  readonly text?: string;
  readonly base?: string;
  /** A new chunk's text, or [first, count]: that many of the base's chunks, from `first`. */
  readonly parts?: readonly (string | readonly [number, number])[];
}

/**
 * About 512 characters per chunk: nine bits of the hash must be zero. The hash is never reset,
 * so whether such a boundary follows a character depends on the 32 characters before it alone:
 * the boundaries after an edit are the ones before it. Repetitive text (a generated map's
 * touchpoints differ in a digit or two) may go long without one: past LONG_CHUNK characters a
 * weaker pattern (five bits) also cuts, still by content, so a keystroke there re-sends a few
 * KB, not the whole run. (No maximum length: a cut by position would shift every cut after an
 * insertion.)
 */
const BOUNDARY_MASK = 0xff800000;
const WEAK_BOUNDARY_MASK = 0xf8000000;
const LONG_CHUNK = 1024;

/** 256 pseudo-random 32-bit numbers (a fixed xorshift sequence: both sides must agree). */
const GEAR = (() => {
  const table = new Int32Array(256);
  let state = 0x9e3779b9;
  for (let index = 0; index < 256; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    table[index] = state;
  }
  return table;
})();

/** Cuts `text` into content-defined chunks (their concatenation is `text`). */
export function chunksOf(text: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  let hash = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // Each character shifts the older ones one bit further out: the top bits see the last 32.
    hash = ((hash << 1) + GEAR[(code ^ (code >>> 8)) & 0xff]!) | 0;
    if ((hash & BOUNDARY_MASK) === 0 || (index - start >= LONG_CHUNK && (hash & WEAK_BOUNDARY_MASK) === 0)) {
      chunks.push(text.slice(start, index + 1));
      start = index + 1;
    }
  }
  if (start < text.length) chunks.push(text.slice(start));
  return chunks;
}

/** The patch that turns `before` (the receiver's chunks) into `after`. */
export function patchOf(before: readonly string[], after: readonly string[]): (string | [number, number])[] {
  const indexOf = new Map<string, number>();
  before.forEach((chunk, index) => {
    if (!indexOf.has(chunk)) indexOf.set(chunk, index);
  });
  const parts: (string | [number, number])[] = [];
  for (const chunk of after) {
    const index = indexOf.get(chunk);
    const last = parts[parts.length - 1];
    if (index === undefined) {
      if (typeof last === 'string') parts[parts.length - 1] = last + chunk;
      else parts.push(chunk);
    } else if (Array.isArray(last) && last[0] + last[1] === index) last[1] += 1;
    else parts.push([index, 1]);
  }
  return parts;
}

/** Rebuilds the text a patch describes; undefined when it names chunks `before` does not have. */
export function applyPatch(
  before: readonly string[],
  parts: readonly (string | readonly [number, number])[],
): string | undefined {
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const [first, count] = part;
    if (!(Number.isInteger(first) && Number.isInteger(count) && first >= 0 && count >= 0)) return undefined;
    if (first + count > before.length) return undefined;
    for (let index = first; index < first + count; index++) text += before[index];
  }
  return text;
}

/** Two FNV-1a 32-bit hashes with different offset bases, and the length: 64 bits plus the size. */
export function hashOf(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  return `${text.length.toString(36)}-${(a >>> 0).toString(36)}-${(b >>> 0).toString(36)}`;
}
