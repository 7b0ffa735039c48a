import { formatMessage, type MessageData } from './l10n/format';
import { engineRef } from './l10n/text';

/** Values of a message's `{param}` placeholders (a value may be another keyed message: see l10n/format). */
export type { MessageData };

/**
 * Fills `{param}` placeholders from `data` (eslint's `{{param}}`, with single braces). An
 * unknown placeholder stays as written, so a missing value shows instead of vanishing.
 */
export function renderMessage(template: string, data: MessageData | undefined): string {
  if (!data) return template;
  // A parameter may be a part of the engine's catalogue (a metric's score line): English here.
  return formatMessage(template, data, { resolve: (ref) => engineRef('en', ref) ?? ref.ref });
}

/** The placeholder names a template uses, for tests that check every message gets its data. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((match) => match[1]!);
}
