import { Lexer } from 'yaml';
import type { PositionMapper } from '../text/positions';
import type { SourceComment } from './parsedJourney';

/** yaml's lexer emits these marker tokens that take no room in the source. */
const MARKER_TOKENS = new Set(['\u0002', '\u0018', '\u001f']);
const SCALAR_MARKER = '\u001f';

/**
 * Every comment in the text, located by re-lexing (cheap next to parsing, and only done when a
 * consumer such as in-file rule suppression asks). The lexer knows quoting, so a `#` inside a
 * quoted value or a URL is not mistaken for a comment.
 */
export function findComments(text: string, positions: PositionMapper): SourceComment[] {
  const comments: SourceComment[] = [];
  let offset = 0;
  let previous = '';
  for (const token of new Lexer().lex(text)) {
    // A scalar's source follows the scalar marker: a '#' there is content, not a comment.
    const isComment = token.startsWith('#') && previous !== SCALAR_MARKER;
    previous = token;
    if (MARKER_TOKENS.has(token)) continue;
    if (isComment) {
      comments.push({ range: positions.rangeAt(offset, offset + token.length), text: token.slice(1).trim() });
    }
    offset += token.length;
  }
  return comments;
}
