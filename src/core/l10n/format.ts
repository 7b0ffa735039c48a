/**
 * Filling a catalogue message with its parameters. A message is a template with `{name}`
 * placeholders (the syntax the gap rules' `messages` use), or a pair chosen by the `count`
 * parameter for languages that inflect nouns by number (English does; Indonesian does not).
 *
 * A parameter may itself be a message of the same catalogue (`{ ref, data }`): the parts of a
 * sentence the engine chooses (“the touchpoint “Checkout””, “a whole number”) are then written
 * in the reader's language too, instead of being English text baked into the data.
 * A placeholder may carry a modifier: `{name:cap}` capitalises the first letter (the part
 * starts a sentence), `{name:low}` lowers it (a description quoted mid-sentence), `{name:n}` groups a number's digits the language's way (50,000 / 50.000).
 */
export interface MessageRef {
  readonly ref: string;
  readonly data?: MessageData;
}

export type MessageValue = string | number | MessageRef;

export type MessageData = Readonly<Record<string, MessageValue>>;

export type Message = string | { readonly one: string; readonly other: string };

export interface FormatOptions {
  /** Renders a `{ ref }` parameter; without it the ref's key shows (visible rather than silently empty). */
  readonly resolve?: (ref: MessageRef) => string;
  /** BCP 47 tag used by `{name:n}` (default en-US). */
  readonly locale?: string;
}

const PLACEHOLDER = /\{(\w+)(?::(cap|low|n))?\}/g;

export function isMessageRef(value: unknown): value is MessageRef {
  return typeof value === 'object' && value !== null && typeof (value as { ref?: unknown }).ref === 'string';
}

export function formatMessage(message: Message, data: MessageData = {}, options: FormatOptions = {}): string {
  const template = typeof message === 'string' ? message : data.count === 1 ? message.one : message.other;
  // A missing parameter stays visible as `{name}`: a wrong message is better than a silently empty one.
  return template.replace(PLACEHOLDER, (whole, name: string, modifier?: string) => {
    if (!Object.prototype.hasOwnProperty.call(data, name)) return whole;
    const value = data[name]!;
    let text: string;
    if (isMessageRef(value)) text = options.resolve ? options.resolve(value) : value.ref;
    else if (modifier === 'n' && typeof value === 'number') text = value.toLocaleString(options.locale ?? 'en-US');
    else text = String(value);
    if (!text || (modifier !== 'cap' && modifier !== 'low')) return text;
    return (modifier === 'cap' ? text[0]!.toUpperCase() : text[0]!.toLowerCase()) + text.slice(1);
  });
}

/** The placeholder names a message uses (both forms of a pair), sorted: the completeness test compares them. */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : [message.one, message.other];
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1]!);
  return [...names].sort();
}
