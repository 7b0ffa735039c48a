import type { JourneyPath } from '../parse/parsedJourney';

/** What the object at a path is, in a strategist's words, e.g. "the touchpoint “Checkout in the app”". */
export function describeObject(path: JourneyPath, value: unknown): string {
  const kind = objectKind(path);
  const label = labelOf(value);
  return label ? `${kind} “${label}”` : kind;
}

export function objectKind(path: JourneyPath): string {
  if (path.length === 0) return 'the journey map';
  const last = path[path.length - 1];
  const container = typeof last === 'number' ? path[path.length - 2] : last;
  switch (container) {
    case 'stages':
      return 'the stage';
    case 'touchpoints':
      return 'the touchpoint';
    case 'personas':
      return path.length <= 2 ? 'the persona' : 'the persona list';
    case 'painPoints':
      return 'the pain point';
    case 'opportunities':
      return 'the opportunity';
    case 'metrics':
      return 'the metric';
    case 'responses':
      return 'the survey responses';
    case 'emotion':
      return 'the emotion scores';
    default:
      return `\`${String(container)}\``;
  }
}

function labelOf(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  for (const key of ['name', 'id', 'type', 'description']) {
    const candidate = record[key];
    if (typeof candidate === 'string' && candidate.trim()) {
      const text = candidate.trim();
      return text.length > 40 ? `${text.slice(0, 39)}…` : text;
    }
  }
  return undefined;
}

/** A short rendering of a value for a message: `yes`, `7`, “a list”. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return value.length > 40 ? `“${value.slice(0, 39)}…”` : `“${value}”`;
  if (typeof value === 'number' || typeof value === 'boolean') return `\`${String(value)}\``;
  if (Array.isArray(value)) return 'a list';
  return 'a set of `key: value` lines';
}

const typeWords: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: '`true` or `false`',
  object: 'a set of `key: value` lines',
  array: 'a list (`[a, b]` or lines starting with `-`)',
  null: 'empty',
};

export function describeType(type: string): string {
  return typeWords[type] ?? type;
}

/** "The touchpoint's id." → "the touchpoint's id.", to quote a schema description mid-sentence. */
export function lowerFirst(text: string): string {
  return text ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** A valid id derived from free text: "Check out the app!" → "check-out-the-app". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug;
}
