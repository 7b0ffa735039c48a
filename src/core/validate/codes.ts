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
} as const;
