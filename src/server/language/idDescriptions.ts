/** One-line Markdown descriptions of the persona or pain point an id names, in the reader's language. Pure. */
import type { DocumentPath } from './schemaNavigator';
import type { MessageKey } from '../../core/l10n/catalogues/en';
import { translator, type Translator } from '../../core/l10n/index';
import { valueAt } from '../../core/values';

const SEVERITIES = new Set(['low', 'medium', 'high']);

/** `path` is the id's own path, e.g. ['personas', 0, 'id']. */
export function describeDefinition(
  value: unknown,
  path: DocumentPath,
  tr: Translator = translator('en'),
): string | undefined {
  const owner = valueAt(value, path.slice(0, -1));
  if (typeof owner !== 'object' || owner === null) return undefined;
  const record = owner as Record<string, unknown>;
  if (path[0] === 'personas') {
    const name = typeof record.name === 'string' ? `**${escapeMarkdown(record.name)}**` : '';
    const description = typeof record.description === 'string' ? ` — ${escapeMarkdown(record.description)}` : '';
    return tr.t('server.definition.persona', { name, description }).trim();
  }
  const written = record.severity;
  const word =
    typeof written === 'string' && SEVERITIES.has(written) ? tr.t(`painSeverity.${written}` as MessageKey) : written;
  const severity = typeof word === 'string' ? ` (${escapeMarkdown(word)})` : '';
  const description = typeof record.description === 'string' ? escapeMarkdown(record.description) : '';
  return tr.t('server.definition.painPoint', { severity, description });
}

/** Map text is untrusted: show it as text, never as Markdown or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}
