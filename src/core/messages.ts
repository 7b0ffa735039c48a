/** Values of a message's `{param}` placeholders. */
export type MessageData = Readonly<Record<string, string | number>>;

/**
 * Fills `{param}` placeholders from `data` (eslint's `{{param}}`, with single braces). An
 * unknown placeholder stays as written, so a missing value shows instead of vanishing.
 */
export function renderMessage(template: string, data: MessageData | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

/** The placeholder names a template uses, for tests that check every message gets its data. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}
