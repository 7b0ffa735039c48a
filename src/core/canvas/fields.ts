/**
 * Words and symbols for the canvas, and the generic rendering of fields the canvas has no
 * dedicated place for: any key a later schema adds shows up as "Label: value" on its card.
 */
import type { MessageKey } from '../l10n/catalogues/en';
import type { CanvasWords } from './words';
import { oneLine } from './text';

/** Symbols from the canvas font (DejaVu Sans has them all), so the PDF and PNG draw them too. */
const CHANNEL_SYMBOLS: Readonly<Record<string, string>> = {
  ads: '⚑',
  search: '⚲',
  social: '☺',
  blog: '✎',
  website: '☰',
  app: '▣',
  email: '✉',
  sms: '✆',
  chat: '❝',
  chatbot: '⚙',
  whatsapp: '☏',
  phone: '☎',
  store: '⌂',
  kiosk: '▤',
  'drive-through': '⛁',
  delivery: '⚒',
  'help-centre': '⚓',
  community: '⚭',
  marketplace: '⚖',
  'word-of-mouth': '❞',
  other: '●',
};

/** "☎ Phone": the channel's symbol and word (a channel the schema does not list: as written). */
export function channelLabel(channel: unknown, tr: CanvasWords): string {
  const key = oneLine(channel);
  const word = Object.hasOwn(CHANNEL_SYMBOLS, key) ? tr.t(`canvas.channel.${key}` as MessageKey) : key;
  return `${CHANNEL_SYMBOLS[key] ?? '●'} ${word}`;
}

const STAGE_KINDS = new Set(['awareness', 'consideration', 'purchase', 'retention', 'advocacy']);

/** A stage kind's word ("Awareness"); a kind the schema does not list: as written. */
export function stageKindWord(kind: string, tr: CanvasWords): string {
  return STAGE_KINDS.has(kind) ? tr.t(`canvas.stageKind.${kind}` as MessageKey) : kind;
}

/** Schema keys that reach the generic "Label: value" rendering, named in the canvas's language. */
const FIELD_LABELS = new Set(['language', 'notes', 'owner', 'channels', 'unit', 'direction', 'persona', 'segment']);

/** "customerGoal" → "Customer goal", "moment_of_truth" → "Moment of truth". */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A value as one line of text: lists joined with "; ", objects as "key: value" pairs. */
export function formatValue(value: unknown, tr: CanvasWords, depth = 0): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return tr.t(value ? 'canvas.yes' : 'canvas.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return oneLine(value);
  if (Array.isArray(value))
    return value
      .map((item) => formatValue(item, tr, depth + 1))
      .filter((item) => item !== '')
      .join('; ');
  if (typeof value === 'object') {
    if (depth > 3) return '…';
    return Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => `${humanizeKey(key)}: ${formatValue(item, tr, depth + 1)}`)
      .join(', ');
  }
  return oneLine(String(value));
}

/** The fields of `node` that the canvas has no dedicated rendering for, as [label, text] pairs, in map order. */
export function otherFields(node: unknown, known: ReadonlySet<string>, tr: CanvasWords): [string, string][] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [];
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (known.has(key)) continue;
    const text = formatValue(value, tr);
    if (text === '') continue;
    out.push([FIELD_LABELS.has(key) ? tr.t(`canvas.field.${key}` as MessageKey) : humanizeKey(key), text]);
  }
  return out;
}

/** Keys each kind of node draws in a place of its own (everything else goes through otherFields). */
export const KNOWN_KEYS = {
  journey: new Set(['journey', 'description', 'owner', 'reviewed', 'personas', 'stages']),
  persona: new Set(['id', 'name', 'description', 'goals', 'needs', 'channels']),
  stage: new Set([
    'id',
    'name',
    'kind',
    'description',
    'customerGoal',
    'businessGoal',
    'touchpoints',
    'metrics',
    'quotes',
    'thoughts',
  ]),
  touchpoint: new Set([
    'id',
    'name',
    'channel',
    'action',
    'digital',
    'automated',
    'owner',
    'personas',
    'emotion',
    'momentOfTruth',
    'painPoints',
    'opportunities',
    'metrics',
    'feeling',
    'quotes',
    'thoughts',
    'evidence',
    'backstage',
  ]),
  painPoint: new Set(['id', 'description', 'severity', 'evidence']),
  opportunity: new Set(['id', 'description', 'addresses', 'owner', 'status']),
  metric: new Set(['type', 'label', 'target', 'value', 'scale', 'responses', 'period', 'evidence']),
} as const;
