/**
 * Filling a catalogue message with its parameters. A message is a template with `{name}`
 * placeholders (the syntax the gap rules' `messages` use), or a pair chosen by the `count`
 * parameter for languages that inflect nouns by number (English does; Indonesian does not).
 */
export type MessageData = Readonly<Record<string, string | number>>;

export type Message = string | { readonly one: string; readonly other: string };

const PLACEHOLDER = /\{(\w+)\}/g;

export function formatMessage(message: Message, data: MessageData = {}): string {
  const template = typeof message === 'string' ? message : data.count === 1 ? message.one : message.other;
  // A missing parameter stays visible as `{name}`: a wrong message is better than a silently empty one.
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** The placeholder names a message uses (both forms of a pair), sorted: the completeness test compares them. */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : [message.one, message.other];
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1]!);
  return [...names].sort();
}
