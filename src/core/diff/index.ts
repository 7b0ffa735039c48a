export { diffJourneys, type DiffInput } from './diffJourneys';
export { formatDiffMarkdown, type DiffMarkdownOptions } from './formatMarkdown';
export type * from './types';
