/**
 * Builds the syntax, limit, schema and reference findings (JM0xx, JM1xx) from their catalogues:
 * the severity and category from the code's catalogue entry (parse/codes.ts, validate/codes.ts),
 * the English message from l10n/catalogues/codes.en.ts by message id and parameters. The finding
 * keeps `messageId` and `data`, so an adapter renders it in the reader's language
 * (Translator.finding); no builder retypes a severity or writes prose inline.
 */
import type { Finding, Fix, RelatedLocation, SourceRange, TextEdit } from './findings';
import { codeMessagesEn, type CodeMessageKey } from './l10n/catalogues/codes.en';
import { formatMessage, type MessageData, type MessageRef } from './l10n/format';
import { syntaxCodeCatalogue, type FindingCodeInfo } from './parse/codes';
import { schemaCodeCatalogue } from './validate/codes';

const codeInfo = new Map<string, FindingCodeInfo>(
  [...syntaxCodeCatalogue, ...schemaCodeCatalogue].map((entry) => [entry.code, entry]),
);

/** A phrase of the code catalogue as a parameter (`{ ref: 'term.the.touchpoint' }`). */
export function term(key: CodeMessageKey, data?: MessageData): MessageRef {
  return data ? { ref: key, data } : { ref: key };
}

function renderEnglish(key: CodeMessageKey, data: MessageData): string {
  return formatMessage(codeMessagesEn[key], data, { resolve: resolveEnglish, locale: 'en-US' });
}

function resolveEnglish(ref: MessageRef): string {
  const message = (codeMessagesEn as Record<string, (typeof codeMessagesEn)[CodeMessageKey]>)[ref.ref];
  return message === undefined ? ref.ref : renderEnglish(ref.ref as CodeMessageKey, ref.data ?? {});
}

function split(key: CodeMessageKey): { code: string; messageId: string } {
  const dot = key.indexOf('.');
  return { code: key.slice(0, dot), messageId: key.slice(dot + 1) };
}

export interface CodeFindingFields {
  readonly range: SourceRange;
  readonly path?: Finding['path'];
  readonly related?: readonly RelatedLocation[];
  readonly fixes?: readonly Fix[];
  /** Only JM013, which takes the severity of the worst finding it counts. */
  readonly severity?: Finding['severity'];
}

export function codeFinding(key: CodeMessageKey, data: MessageData, fields: CodeFindingFields): Finding {
  const { code, messageId } = split(key);
  const info = codeInfo.get(code);
  if (!info) throw new Error(`${code} is in no code catalogue`);
  const { severity, ...rest } = fields;
  return {
    code,
    category: info.category,
    severity: severity ?? info.severity,
    message: renderEnglish(key, data),
    messageId,
    ...(Object.keys(data).length ? { data } : {}),
    ...rest,
  };
}

/** A related location with a keyed message (JM002's first key, JM112's first id…). */
export function codeRelated(key: CodeMessageKey, data: MessageData, range: SourceRange): RelatedLocation {
  return {
    message: renderEnglish(key, data),
    messageId: split(key).messageId,
    ...(Object.keys(data).length ? { data } : {}),
    range,
  };
}

/** A fix with a keyed title. */
export function codeFix(key: CodeMessageKey, data: MessageData, edits: readonly TextEdit[], preferred = true): Fix {
  return {
    title: renderEnglish(key, data),
    messageId: split(key).messageId,
    ...(Object.keys(data).length ? { data } : {}),
    preferred,
    edits,
  };
}
