import type { FindingCategory } from '../findings';

/**
 * Codes of the findings about the text itself (JM0xx): YAML syntax, limits and hostile input.
 * Stable: tests, the README and users' suppression comments refer to them.
 */
export const SyntaxCode = {
  /** The text is not valid YAML. */
  yamlSyntax: 'JM001',
  /** The same key appears twice in one mapping. */
  duplicateKey: 'JM002',
  /** The file is larger than the engine checks. */
  tooLarge: 'JM003',
  /** Aliases expand into more data than allowed (a "billion laughs" alias bomb). */
  aliasLimit: 'JM004',
  /** The file has no content. */
  empty: 'JM005',
  /** More than one YAML document (`---`) in the file. */
  multipleDocuments: 'JM006',
  /** Tabs used for indentation. */
  tabIndentation: 'JM007',
  /** NUL or other control characters: probably not a text file. */
  binaryContent: 'JM008',
  /** Nesting deeper than the parser follows. */
  tooDeep: 'JM009',
  /** The YAML is valid but something in it is ignored or suspicious. */
  yamlWarning: 'JM010',
  /** The engine itself failed on this input: a bug, reported instead of crashing. */
  internalError: 'JM011',
  /** The top of the file is a list or a single value instead of `key: value` lines. */
  notAMapping: 'JM012',
  /** More findings than one file reports (1,000 by default): the closing finding counts the rest. */
  tooManyFindings: 'JM013',
} as const;

export interface FindingCodeInfo {
  readonly code: string;
  /** What kind of problem: builders take it from here (src/core/codeFinding.ts), never retype it. */
  readonly category: FindingCategory;
  /** The severity every finding of this code has (JM013 takes the worst of what it counts instead). */
  readonly severity: 'error' | 'warning';
  /** One line for the docs and for hovers: when the finding appears. */
  readonly summary: string;
}

/** The syntax and limit codes with one-line explanations (docs/codes.md lists them). */
export const syntaxCodeCatalogue: readonly FindingCodeInfo[] = [
  {
    code: SyntaxCode.yamlSyntax,
    category: 'syntax',
    severity: 'error',
    summary: 'The text is not valid YAML (an unclosed quote, a missing `:`, bad indentation…); one finding per line.',
  },
  {
    code: SyntaxCode.duplicateKey,
    category: 'syntax',
    severity: 'error',
    summary: 'The same key appears twice in one mapping; the related location is the first one.',
  },
  {
    code: SyntaxCode.tooLarge,
    category: 'limit',
    severity: 'error',
    summary: 'The file is larger than 1 MB, or holds over 50,000 lines and list items, and is not read.',
  },
  {
    code: SyntaxCode.aliasLimit,
    category: 'limit',
    severity: 'error',
    summary: 'Aliases (`*name`) expand into more than 100 copies: an "alias bomb"; the file is not read.',
  },
  {
    code: SyntaxCode.empty,
    category: 'syntax',
    severity: 'error',
    summary: 'The file is empty or only comments; the fix inserts a skeleton.',
  },
  {
    code: SyntaxCode.multipleDocuments,
    category: 'syntax',
    severity: 'error',
    summary: 'More than one YAML document (`---`); only the first is read.',
  },
  {
    code: SyntaxCode.tabIndentation,
    category: 'syntax',
    severity: 'error',
    summary: 'A tab is used for indentation; the fix replaces it with spaces.',
  },
  {
    code: SyntaxCode.binaryContent,
    category: 'syntax',
    severity: 'error',
    summary: 'A NUL or other control character: probably not a text file.',
  },
  {
    code: SyntaxCode.tooDeep,
    category: 'limit',
    severity: 'error',
    summary: 'Brackets or lists nest deeper than a journey map ever needs (over 100 levels).',
  },
  {
    code: SyntaxCode.yamlWarning,
    category: 'syntax',
    severity: 'warning',
    summary: 'Valid YAML with something ignored or suspicious (e.g. an unknown tag).',
  },
  {
    code: SyntaxCode.internalError,
    category: 'syntax',
    severity: 'error',
    summary: 'Journey Map itself failed on this input (a bug); reported instead of crashing.',
  },
  {
    code: SyntaxCode.notAMapping,
    category: 'syntax',
    severity: 'error',
    summary: 'The top of the file is a list or a single value instead of `key: value` lines.',
  },
  {
    code: SyntaxCode.tooManyFindings,
    category: 'limit',
    severity: 'warning',
    summary:
      'The file has more findings than are reported (1,000 by default); this last one says how many more there are. Its severity is that of the worst finding left out.',
  },
];
