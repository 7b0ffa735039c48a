/** Label text for the canvas: control characters made visible, whitespace collapsed, wrapping and ellipsis. */
import { isCjk, isCombining, measureText } from './font/measure';

export const ELLIPSIS = '…';

/**
 * Makes a label safe to draw and to put in XML: C0 controls and DEL become their visible
 * Control Pictures (␀ … ␟, ␡), tabs become spaces, lone surrogates and the non-characters
 * XML forbids become U+FFFD. Line breaks are kept (they are wrapping hints).
 */
// Anything visibleText would change: C0/C1 controls, DEL, surrogates, U+FFFE/U+FFFF.
const NEEDS_CLEANING = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;

export function visibleText(value: unknown): string {
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  if (!NEEDS_CLEANING.test(text)) return text;
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x0a) out += '\n';
    else if (code === 0x0d) {
      if (text.charCodeAt(index + 1) !== 0x0a) out += '\n';
    } else if (code === 0x09) out += ' ';
    else if (code < 0x20) out += String.fromCharCode(0x2400 + code);
    else if (code === 0x7f) out += '\u2421';
    else if (code >= 0x80 && code <= 0x9f) out += '\ufffd';
    else if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        out += text[index]! + text[index + 1]!;
        index += 1;
      } else out += '\ufffd';
    } else if ((code >= 0xdc00 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) out += '\ufffd';
    else out += text[index]!;
  }
  return out;
}

/** One line of display text: line breaks and runs of white space become single spaces. */
export function oneLine(value: unknown): string {
  return visibleText(value).replace(/\s+/g, ' ').trim();
}

export interface WrapOptions {
  readonly maxWidth: number;
  readonly fontSize: number;
  readonly bold?: boolean;
  /** Past this many lines the text ends in an ellipsis. */
  readonly maxLines: number;
}

export interface WrappedText {
  readonly lines: readonly string[];
  /** True when the text did not fit in maxLines and was cut with an ellipsis. */
  readonly truncated: boolean;
  /** The whole text, as displayed (control characters visible, white space collapsed). */
  readonly full: string;
}

/** CJK and Thai write words without spaces between them: a line may break before and after each character. */
function breaksAround(cp: number): boolean {
  return isCjk(cp) || (cp >= 0x20000 && cp <= 0x3ffff) || (cp >= 0x0e00 && cp <= 0x0e7f);
}

function isJoining(cp: number): boolean {
  // Skin-tone modifiers join the emoji before them too.
  return isCombining(cp) || (cp >= 0x1f3fb && cp <= 0x1f3ff);
}

/** Code point clusters: a base character with the combining marks and joiners after it. */
function clusters(text: string): string[] {
  const out: string[] = [];
  let previousJoiner = false;
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (out.length > 0 && (isJoining(cp) || previousJoiner)) out[out.length - 1] += char;
    else out.push(char);
    previousJoiner = cp === 0x200d;
  }
  return out;
}

/** Words to place: a word keeps its trailing space; wide scripts break between any two characters. */
function tokens(paragraph: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const cluster of clusters(paragraph)) {
    const cp = cluster.codePointAt(0)!;
    if (cluster === ' ') {
      current += ' ';
      out.push(current);
      current = '';
    } else if (breaksAround(cp)) {
      if (current) out.push(current);
      out.push(cluster);
      current = '';
    } else current += cluster;
  }
  if (current) out.push(current);
  return out;
}

/**
 * Greedy word wrap measured with the canvas font. Words longer than a line are broken between
 * characters. Past `maxLines` the last line ends in an ellipsis, and `truncated` says so (the
 * renderer then puts the full text in a <title>).
 */
export function wrapText(value: unknown, options: WrapOptions): WrappedText {
  // Memoised: cards have a fixed width, so re-layouts (typing, paging trials, filters) wrap the
  // same labels again. The result depends only on these inputs; the cache is bounded.
  const key = `${options.fontSize}|${options.bold === true ? 1 : 0}|${options.maxLines}|${options.maxWidth}|${typeof value === 'string' ? value : visibleText(value)}`;
  const known = wrapCache.get(key);
  if (known) return known;
  const wrapped = wrapUncached(value, options);
  if (wrapCache.size >= WRAP_CACHE_SIZE) wrapCache.clear();
  wrapCache.set(key, wrapped);
  return wrapped;
}

const WRAP_CACHE_SIZE = 20_000;
const wrapCache = new Map<string, WrappedText>();

function wrapUncached(value: unknown, options: WrapOptions): WrappedText {
  const { maxWidth, fontSize, maxLines } = options;
  const bold = options.bold === true;
  const full = visibleText(value)
    .split('\n')
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .join('\n');
  const lines: string[] = [];
  const width = (text: string): number => measureText(text, fontSize, bold);
  let truncated = false;
  const space = width(' ');
  let placed = 0;
  const total = full.replace(/\s/g, '').length;
  const push = (line: string): boolean => {
    lines.push(line);
    placed += line.replace(/\s/g, '').length;
    return lines.length >= maxLines;
  };
  outer: for (const paragraph of full.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const token of tokens(paragraph)) {
      const word = token.endsWith(' ') ? token.slice(0, -1) : token;
      const wordWidth = width(word);
      const trailing = token.length > word.length ? space : 0;
      if (lineWidth + wordWidth <= maxWidth) {
        line += token;
        lineWidth += wordWidth + trailing;
        continue;
      }
      if (line.trim() !== '') {
        if (push(line.trimEnd())) {
          truncated = true;
          break outer;
        }
        line = '';
        lineWidth = 0;
      }
      // The token alone: break it between characters while it is too long.
      let rest = token;
      while (width(rest.trimEnd()) > maxWidth) {
        let piece = '';
        let pieceWidth = 0;
        for (const cluster of clusters(rest)) {
          const clusterWidth = width(cluster);
          if (pieceWidth + clusterWidth > maxWidth && piece !== '') break;
          piece += cluster;
          pieceWidth += clusterWidth;
        }
        if (push(piece)) {
          truncated = true;
          break outer;
        }
        rest = rest.slice(piece.length);
      }
      line = rest;
      lineWidth = width(rest.trimEnd()) + (rest.endsWith(' ') ? space : 0);
    }
    if (line.trim() !== '' && push(line.trimEnd())) {
      truncated = placed < total;
      break;
    }
  }
  if (lines.length > maxLines) lines.length = maxLines;
  if (truncated && lines.length > 0) lines[lines.length - 1] = withEllipsis(lines[lines.length - 1]!, width, maxWidth);
  return { lines, truncated, full: full.replace(/\n/g, ' ') };
}

function withEllipsis(line: string, width: (text: string) => number, maxWidth: number): string {
  const parts = clusters(line);
  while (parts.length > 0 && width(parts.join('').trimEnd() + ELLIPSIS) > maxWidth) parts.pop();
  return parts.join('').trimEnd() + ELLIPSIS;
}
