import type { FindingCodeInfo } from '../parse/codes';

/**
 * Codes of schema and semantic findings (JM1xx). Stable: tests, docs and users refer to them.
 */
export const SchemaCode = {
  unknownProperty: 'JM101',
  missingProperty: 'JM102',
  wrongType: 'JM103',
  notAllowedValue: 'JM104',
  outOfRange: 'JM105',
  tooLong: 'JM106',
  badFormat: 'JM107',
  empty: 'JM108',
  duplicateEntry: 'JM109',
  conflictingKeys: 'JM119',
} as const;

export const ReferenceCode = {
  unknownPersona: 'JM110',
  unknownPainPoint: 'JM111',
  duplicateId: 'JM112',
  emotionForUnknownPersona: 'JM113',
  emotionForPersonaNotAtTouchpoint: 'JM114',
  noRespondents: 'JM115',
  answerOutsideScale: 'JM116',
  valueAndResponses: 'JM117',
  scaleOnlyForCsat: 'JM118',
  unitOrDirectionOnlyForCustom: 'JM120',
} as const;

/** The schema and reference codes with one-line explanations (docs/codes.md lists them). */
export const schemaCodeCatalogue: readonly FindingCodeInfo[] = [
  {
    code: SchemaCode.unknownProperty,
    category: 'schema',
    severity: 'error',
    summary: 'A key the format does not know, on the key; suggests the closest known key as a rename.',
  },
  {
    code: SchemaCode.missingProperty,
    category: 'schema',
    severity: 'error',
    summary:
      "A required key is missing (on the item's first line or the parent's key); for an id, the fix adds one made from the name.",
  },
  {
    code: SchemaCode.wrongType,
    category: 'schema',
    severity: 'error',
    summary:
      'A value of the wrong kind (text for a number, `yes` for `true`…), on the value, with a fix where obvious.',
  },
  {
    code: SchemaCode.notAllowedValue,
    category: 'schema',
    severity: 'error',
    summary:
      'A value outside the allowed list (channel, stage kind, metric type…); lists the values and suggests the closest.',
  },
  {
    code: SchemaCode.outOfRange,
    category: 'schema',
    severity: 'error',
    summary: 'A number out of range: emotion outside 1–5 ("Clamp to 5/1" fix), NPS outside −100..100, negative counts.',
  },
  {
    code: SchemaCode.tooLong,
    category: 'schema',
    severity: 'error',
    summary: 'A text or list longer than the format allows.',
  },
  {
    code: SchemaCode.badFormat,
    category: 'schema',
    severity: 'error',
    summary:
      'An id with spaces or symbols (fix: a valid id), a date not written YYYY-MM-DD or not a real date, a survey answer key outside 0–10.',
  },
  {
    code: SchemaCode.empty,
    category: 'schema',
    severity: 'error',
    summary: 'An empty text, list or mapping where content is needed (e.g. `stages: []`).',
  },
  {
    code: SchemaCode.duplicateEntry,
    category: 'schema',
    severity: 'error',
    summary: 'The same entry twice in a list (e.g. a persona listed twice in `personas`).',
  },
  {
    code: ReferenceCode.unknownPersona,
    category: 'reference',
    severity: 'error',
    summary:
      'A touchpoint, quote, metric or per-persona feeling refers to a persona id that is not defined; "did you mean" fix.',
  },
  {
    code: ReferenceCode.unknownPainPoint,
    category: 'reference',
    severity: 'error',
    summary: 'An opportunity addresses a pain point id that is not defined; "did you mean" fix.',
  },
  {
    code: ReferenceCode.duplicateId,
    category: 'reference',
    severity: 'error',
    summary:
      'Two personas, stages, touchpoints, pain points or opportunities share an id; the related location is the first.',
  },
  {
    code: ReferenceCode.emotionForUnknownPersona,
    category: 'reference',
    severity: 'error',
    summary: 'A per-persona emotion is keyed by an id that is not a persona; "did you mean" fix.',
  },
  {
    code: ReferenceCode.emotionForPersonaNotAtTouchpoint,
    category: 'reference',
    severity: 'warning',
    summary: "A per-persona emotion for a persona missing from the touchpoint's `personas` list.",
  },
  {
    code: ReferenceCode.noRespondents,
    category: 'schema',
    severity: 'warning',
    summary: 'Survey responses that are all 0: no score can be computed.',
  },
  {
    code: ReferenceCode.answerOutsideScale,
    category: 'schema',
    severity: 'error',
    summary: "A survey answer outside the metric's scale (CSAT 1–5 or 1–10, CES 1–7).",
  },
  {
    code: ReferenceCode.valueAndResponses,
    category: 'schema',
    severity: 'warning',
    summary: 'A metric has both `value` and `responses`; the score comes from the responses.',
  },
  {
    code: ReferenceCode.scaleOnlyForCsat,
    category: 'schema',
    severity: 'warning',
    summary: '`scale` on a metric other than CSAT, where it means nothing.',
  },
  {
    code: SchemaCode.conflictingKeys,
    category: 'schema',
    severity: 'error',
    summary:
      'Two keys that exclude each other: `channel` and `channels` on one touchpoint; the fix keeps `channels` (adding the single channel to it).',
  },
  {
    code: ReferenceCode.unitOrDirectionOnlyForCustom,
    category: 'schema',
    severity: 'warning',
    summary:
      '`unit` or `direction` on a metric other than `custom`: the type already fixes its unit and which way is good.',
  },
];
