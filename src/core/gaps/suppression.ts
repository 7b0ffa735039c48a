import type { Finding } from '../findings';
import { renderMessage } from '../messages';
import { findRule, GAP_ENGINE_MESSAGES, UNKNOWN_SUPPRESSION_CODE } from './catalogue';
import type { ParsedJourneyView } from './types';

/**
 * In-file suppression, as YAML comments:
 *   # journey-map-disable-next-line JM201 emotional-valley   (the line below)
 *   owner: x  # journey-map-disable-line JM212                 (this line)
 *   # journey-map-disable JM216                                (the whole file)
 * With no rule listed, every gap rule is silenced there. Text after "--" is a reason and ignored.
 */
export interface Suppressions {
  isSuppressed(finding: Finding): boolean;
  /** Findings about the comments themselves: rules they name that do not exist. */
  readonly problems: readonly Finding[];
}

const MARKER = 'journey-map-disable';
const DIRECTIVE = new RegExp(`^#\\s*${MARKER}(-next-line|-line|)(?=\\s|$)`);

/** Where a suppression comment applies: the line below it, its own line, or the whole file. */
export type SuppressionScope = 'next-line' | 'line' | 'file';

const SCOPE_SUFFIX: Record<SuppressionScope, string> = { 'next-line': '-next-line', line: '-line', file: '' };

/**
 * The comment that silences `codes` in `scope`, as findSuppressions reads it, e.g.
 * `# journey-map-disable-next-line JM201`. The one place the syntax is written; editors'
 * "ignore" quick fixes insert what this returns.
 */
export function suppressionComment(scope: SuppressionScope, codes: readonly string[]): string {
  return [`# ${MARKER}${SCOPE_SUFFIX[scope]}`, ...codes].join(' ');
}

export function findSuppressions(parsed: ParsedJourneyView): Suppressions {
  const fileWide = new Set<string>();
  let fileWideAll = false;
  const byLine = new Map<number, { all: boolean; rules: Set<string> }>();
  const problems: Finding[] = [];

  // Most files have no directive: skip lexing them again.
  const comments = !parsed.text.includes(MARKER)
    ? []
    : parsed.comments.map(({ range }) => ({
        text: parsed.text.slice(range.start.offset, range.end.offset),
        offset: range.start.offset,
      }));
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const suffix = match[1]!;
    const argumentsText = comment.text.slice(match[0].length).split('--')[0]!;
    const rules = new Set<string>();
    const tokenPattern = /[^\s,]+/g;
    for (let token = tokenPattern.exec(argumentsText); token; token = tokenPattern.exec(argumentsText)) {
      const rule = findRule(token[0]);
      if (rule) {
        rules.add(rule.meta.code);
        continue;
      }
      const start = comment.offset + match[0].length + token.index;
      const data = { token: token[0], marker: MARKER };
      problems.push({
        code: UNKNOWN_SUPPRESSION_CODE,
        rule: 'suppression-comment',
        category: 'gap',
        severity: 'info',
        message: renderMessage(GAP_ENGINE_MESSAGES.unknownRule, data),
        messageId: 'unknownRule',
        data,
        range: { start: parsed.positionAt(start), end: parsed.positionAt(start + token[0].length) },
      });
    }
    const everything = rules.size === 0 && argumentsText.trim() === '';
    if (suffix === SCOPE_SUFFIX.file) {
      if (everything) fileWideAll = true;
      for (const code of rules) fileWide.add(code);
      continue;
    }
    const commentLine = parsed.positionAt(comment.offset).line;
    const line = suffix === SCOPE_SUFFIX['next-line'] ? commentLine + 1 : commentLine;
    const entry = byLine.get(line) ?? { all: false, rules: new Set<string>() };
    entry.all ||= everything;
    for (const code of rules) entry.rules.add(code);
    byLine.set(line, entry);
  }

  return {
    problems,
    isSuppressed(finding) {
      if (fileWideAll || fileWide.has(finding.code)) return true;
      const entry = byLine.get(finding.range.start.line);
      return entry !== undefined && (entry.all || entry.rules.has(finding.code));
    },
  };
}
