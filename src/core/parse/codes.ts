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
} as const;
