/**
 * The customer's voice and the research behind a card, each drawn in a way of its own instead of
 * the generic "Label: value": quotes in quotation marks and italics with who said it and where,
 * thoughts in italics, feelings beside the persona's marker, and evidence as a small source line
 * (an assumption flagged as still to check).
 */
import type { PersonaModel } from './model';
import type { CanvasColor } from './palette';
import { personaStyle } from './palette';
import { round, type Stack } from './stack';
import { oneLine } from './text';
import type { MessageKey } from '../l10n/catalogues/en';
import type { CanvasWords } from './words';

const SIZE = 11;

function personaName(id: unknown, personas: readonly PersonaModel[]): string {
  const persona = personas.find((candidate) => candidate.id === id);
  if (!persona) return typeof id === 'string' ? id : '';
  return (
    oneLine(persona.name)
      .split(/[,(–—]/)[0]!
      .trim() || oneLine(persona.name)
  );
}

/** “Quote” (italic), then “— Name, source” on a muted line. */
export function addQuotes(
  stack: Stack,
  quotes: unknown,
  personas: readonly PersonaModel[],
  color: CanvasColor = 'text',
): void {
  if (!Array.isArray(quotes)) return;
  for (const quote of quotes) {
    const record: Record<string, unknown> =
      quote !== null && typeof quote === 'object' ? (quote as Record<string, unknown>) : { text: quote };
    const text = oneLine(record.text);
    if (text === '') continue;
    stack.text(`“${text}”`, { size: SIZE, italic: true, color, maxLines: 4 }, 1);
    const who = [personaName(record.persona, personas), oneLine(record.source)].filter(Boolean).join(', ');
    if (who) stack.text(`— ${who}`, { size: SIZE, color: color === 'text' ? 'muted' : color, maxLines: 2 }, 3);
    else stack.gap(2);
  }
}

/** Each thought in italics, after a small "Thinks" label. */
export function addThoughts(stack: Stack, thoughts: unknown, tr: CanvasWords, color: CanvasColor = 'muted'): void {
  if (!Array.isArray(thoughts)) return;
  const shown = thoughts.map(oneLine).filter(Boolean);
  if (shown.length === 0) return;
  stack.text(tr.t('canvas.voice.thinks'), { size: SIZE, bold: true, color, maxLines: 1 }, 0);
  for (const thought of shown) stack.text(`‘${thought}’`, { size: SIZE, italic: true, color, maxLines: 3 }, 2);
}

/** One line per persona: its marker, then "Name feels anxious". */
export function addFeelings(stack: Stack, feeling: unknown, personas: readonly PersonaModel[], tr: CanvasWords): void {
  if (typeof feeling === 'string' && feeling.trim() !== '') {
    stack.text(tr.t('canvas.voice.feels', { feeling: oneLine(feeling) }), { size: SIZE, italic: true, maxLines: 2 });
    return;
  }
  if (feeling === null || typeof feeling !== 'object') return;
  for (const [id, word] of Object.entries(feeling as Record<string, unknown>)) {
    const persona = personas.find((candidate) => candidate.id === id);
    const top = stack.y;
    if (persona) {
      stack.shape({
        type: 'marker',
        shape: personaStyle(persona.index).marker,
        x: round(stack.x + 5),
        y: round(top + 8),
        size: 10,
        fill: `persona:${persona.index}`,
        stroke: `persona:${persona.index}`,
      });
    }
    stack.text(tr.t('canvas.voice.personaFeels', { name: personaName(id, personas), feeling: oneLine(word) }), {
      size: SIZE,
      italic: true,
      maxLines: 2,
      indent: persona ? 15 : 0,
    });
  }
}

/** Evidence kinds with words of their own (`canvas.evidence.<kind>`); any other kind is shown as written. */
const EVIDENCE_KINDS = new Set(['interview', 'survey', 'support-tickets', 'analytics', 'observation']);

/** "Evidence: 8 interviews · 412 survey responses (2026-09-30)"; an assumption in the warning colour. */
export function addEvidence(stack: Stack, evidence: unknown, tr: CanvasWords): void {
  if (!Array.isArray(evidence)) return;
  const parts: string[] = [];
  let assumed = false;
  for (const item of evidence) {
    if (item === null || typeof item !== 'object') continue;
    const record = item as Record<string, unknown>;
    const kind = oneLine(record.kind);
    if (kind === 'assumption') {
      assumed = true;
      continue;
    }
    const count = typeof record.count === 'number' ? record.count : undefined;
    const key = `canvas.evidence.${kind}`;
    const written = kind.replace(/-/g, ' ');
    let part = !EVIDENCE_KINDS.has(kind)
      ? count !== undefined
        ? `${count} ${written}`
        : written
      : count !== undefined
        ? tr.t(key as MessageKey, { count })
        : tr.t(`${key}.uncounted` as MessageKey);
    const details = [oneLine(record.date), oneLine(record.description)].filter(Boolean);
    if (details.length > 0) part += ` (${details.join(', ')})`;
    parts.push(part);
  }
  if (parts.length > 0)
    stack.text(tr.t('canvas.evidence', { parts: parts.join(' · ') }), { size: SIZE, color: 'muted', maxLines: 3 });
  if (assumed)
    stack.text(tr.t('canvas.evidence.assumption'), { size: SIZE, bold: true, color: 'warning', maxLines: 1 });
}
