import { term } from '../codeFinding';
import type { MessageRef } from '../l10n/format';
import type { JourneyPath } from '../parse/parsedJourney';

/**
 * The phrases below are `{ ref }` parameters of the code catalogue (l10n/catalogues/codes.*.ts),
 * so each language words them itself: “the touchpoint “Checkout””, “tahap “Pembelian””.
 */
export type ObjectKind =
  | 'journeyMap'
  | 'stage'
  | 'touchpoint'
  | 'persona'
  | 'personaList'
  | 'painPoint'
  | 'opportunity'
  | 'metric'
  | 'surveyResponses'
  | 'emotionScores'
  | 'field';

export interface ObjectKindOf {
  readonly kind: ObjectKind;
  /** For `field`: the key that holds the object. */
  readonly name?: string;
}

/** What the object at a path is, in a strategist's words, e.g. "the touchpoint “Checkout in the app”". */
export function describeObject(path: JourneyPath, value: unknown): MessageRef {
  const object = objectPhrase('the', objectKind(path));
  const label = labelOf(value);
  return label ? term('term.labelled', { object, label }) : object;
}

/** One of the kind's phrases: `the` (the touchpoint), `has` (a touchpoint has), `every` (every touchpoint). */
export function objectPhrase(form: 'the' | 'has' | 'every', { kind, name }: ObjectKindOf): MessageRef {
  return term(`term.${form}.${kind}`, kind === 'field' ? { name: name ?? '' } : undefined);
}

export function objectKind(path: JourneyPath): ObjectKindOf {
  if (path.length === 0) return { kind: 'journeyMap' };
  const last = path[path.length - 1];
  const container = typeof last === 'number' ? path[path.length - 2] : last;
  switch (container) {
    case 'stages':
      return { kind: 'stage' };
    case 'touchpoints':
      return { kind: 'touchpoint' };
    case 'personas':
      return { kind: path.length <= 2 ? 'persona' : 'personaList' };
    case 'painPoints':
      return { kind: 'painPoint' };
    case 'opportunities':
      return { kind: 'opportunity' };
    case 'metrics':
      return { kind: 'metric' };
    case 'responses':
      return { kind: 'surveyResponses' };
    case 'emotion':
      return { kind: 'emotionScores' };
    default:
      return { kind: 'field', name: String(container) };
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
export function showValue(value: unknown): string | MessageRef {
  if (value === null || value === undefined) return term('term.value.nothing');
  if (typeof value === 'string') return value.length > 40 ? `“${value.slice(0, 39)}…”` : `“${value}”`;
  if (typeof value === 'number' || typeof value === 'boolean') return `\`${String(value)}\``;
  if (Array.isArray(value)) return term('term.value.list');
  return term('term.value.mapping');
}

const typeTerms = ['string', 'integer', 'number', 'boolean', 'object', 'array', 'null'] as const;

export function describeType(type: string): string | MessageRef {
  return (typeTerms as readonly string[]).includes(type)
    ? term(`term.type.${type as (typeof typeTerms)[number]}`)
    : type;
}

/** `a`, `a or b`, `a or b or c`, in the reader's language. */
export function alternatives(parts: readonly (string | MessageRef)[]): string | MessageRef {
  return (
    parts.reduceRight<string | MessageRef | undefined>(
      (rest, part) => (rest === undefined ? part : term('term.or', { first: part, second: rest })),
      undefined,
    ) ?? ''
  );
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
