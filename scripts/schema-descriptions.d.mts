/** The schema's descriptions by JSON pointer (strings, or lists for enumDescriptions). */
export function schemaDescriptions(schema: unknown): Record<string, string | string[]>;
