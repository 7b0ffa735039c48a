/**
 * TEMPORARY: stand-ins for H3's diff and Markdown export until src/core/diff and
 * src/core/export land, so the shared build keeps working. Replaced by the real imports.
 */
import { UsageError } from './errors';

export function diffJourneys(_before: unknown, _after: unknown): never {
  throw new UsageError('diff is not available in this build yet.');
}
export function formatDiffMarkdown(_diff: unknown): string {
  throw new UsageError('diff is not available in this build yet.');
}
export function toMarkdown(_analysis: unknown, _options?: unknown): string {
  throw new UsageError('Markdown export is not available in this build yet.');
}
