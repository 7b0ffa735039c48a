/**
 * Words and symbols for the canvas, and the generic rendering of fields the canvas has no
 * dedicated place for: any key a later schema adds shows up as "Label: value" on its card.
 */
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

const CHANNEL_WORDS: Readonly<Record<string, string>> = {
  ads: 'Ads',
  search: 'Search',
  social: 'Social media',
  blog: 'Blog',
  website: 'Website',
  app: 'App',
  email: 'Email',
  sms: 'SMS',
  chat: 'Chat',
  chatbot: 'Chatbot',
  whatsapp: 'WhatsApp',
  phone: 'Phone',
  store: 'Store',
  kiosk: 'Kiosk',
  'drive-through': 'Drive-through',
  delivery: 'Delivery',
  'help-centre': 'Help centre',
  community: 'Community',
  marketplace: 'Marketplace',
  'word-of-mouth': 'Word of mouth',
  other: 'Other channel',
};

/** "☎ Phone": the channel's symbol and word. */
export function channelLabel(channel: unknown): string {
  const key = oneLine(channel);
  return `${CHANNEL_SYMBOLS[key] ?? '●'} ${CHANNEL_WORDS[key] ?? key}`;
}

export const STAGE_KIND_WORDS: Readonly<Record<string, string>> = {
  awareness: 'Awareness',
  consideration: 'Consideration',
  purchase: 'Purchase',
  retention: 'Retention',
  advocacy: 'Advocacy',
};

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
export function formatValue(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return oneLine(value);
  if (Array.isArray(value))
    return value
      .map((item) => formatValue(item, depth + 1))
      .filter((item) => item !== '')
      .join('; ');
  if (typeof value === 'object') {
    if (depth > 3) return '…';
    return Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => `${humanizeKey(key)}: ${formatValue(item, depth + 1)}`)
      .join(', ');
  }
  return oneLine(String(value));
}

/** The fields of `node` that the canvas has no dedicated rendering for, as [label, text] pairs, in map order. */
export function otherFields(node: unknown, known: ReadonlySet<string>): [string, string][] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [];
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (known.has(key)) continue;
    const text = formatValue(value);
    if (text !== '') out.push([humanizeKey(key), text]);
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
