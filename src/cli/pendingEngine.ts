/**
 * TEMPORARY: stand-in for H3's Markdown export until src/core/export/markdown.ts lands, so the shared build keeps working. Replaced by the real imports.
 */
import { UsageError } from './errors';

export function toMarkdown(_analysis: unknown, _options?: unknown): string {
  throw new UsageError('Markdown export is not available in this build yet.');
}
