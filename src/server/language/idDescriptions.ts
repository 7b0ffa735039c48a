/** One-line Markdown descriptions of the persona or pain point an id names. Pure. */
import type { DocumentPath } from './schemaNavigator';
import { valueAt } from '../../core/values';

/** `path` is the id's own path, e.g. ['personas', 0, 'id']. */
export function describeDefinition(value: unknown, path: DocumentPath): string | undefined {
  const owner = valueAt(value, path.slice(0, -1));
  if (typeof owner !== 'object' || owner === null) return undefined;
  const record = owner as Record<string, unknown>;
  if (path[0] === 'personas') {
    const name = typeof record.name === 'string' ? `**${escapeMarkdown(record.name)}**` : '';
    const description = typeof record.description === 'string' ? ` — ${escapeMarkdown(record.description)}` : '';
    return `Persona ${name}${description}`.trim();
  }
  const severity = typeof record.severity === 'string' ? ` (${escapeMarkdown(record.severity)})` : '';
  const description = typeof record.description === 'string' ? escapeMarkdown(record.description) : '';
  return `Pain point${severity}: ${description}`;
}

/** Map text is untrusted: show it as text, never as Markdown or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}
