/**
 * English messages of the syntax, limit, schema and reference findings (JM0xx, JM1xx), keyed
 * `code.messageId`, and the phrases they are built from (`term.*`, passed as `{ ref }`
 * parameters so that each language words them itself). The engine renders these into
 * Finding.message; codes.id.ts must have every key (the type checker and test/unit/l10n enforce it).
 * A code's severity and category live in its code catalogue (parse/codes.ts, validate/codes.ts).
 */
export const codeMessagesEn = {
  // JM001: yaml's own first line follows as {detail}; the hint says it in a strategist's words.
  'JM001.badIndent':
    'The indentation does not line up: YAML nests items by indentation, so align this line with the items it belongs to. (YAML: {detail})',
  'JM001.multilineImplicitKey':
    'A key must fit on one line. Is a `:` missing at the end of a line above, or a quote left open? (YAML: {detail})',
  'JM001.blockAsImplicitKey':
    'A key must fit on one line. Is a `:` missing at the end of a line above? (YAML: {detail})',
  'JM001.badScalarStart':
    'This text starts with a character YAML reserves: put the whole value in quotes. (YAML: {detail})',
  'JM001.unexpectedToken':
    'YAML did not expect this here. A missing `:` or `-`, or a value that should be quoted? (YAML: {detail})',
  'JM001.missingChar': 'A character is missing: check the brackets, quotes and commas around here. (YAML: {detail})',
  'JM001.badDqEscape':
    'This backslash escape is not valid in double quotes: use single quotes or write `\\\\` for a backslash. (YAML: {detail})',
  'JM001.keyTooLong': 'This key is longer than YAML allows (1,024 characters). (YAML: {detail})',
  'JM001.badAlias': 'This alias refers to an anchor (`&name`) that is not defined above it. (YAML: {detail})',
  'JM001.nonStringKey': 'Keys should be plain words. (YAML: {detail})',
  'JM001.syntax': 'YAML syntax error: {detail}',
  'JM002.duplicate':
    '`{key}` is set twice in the same place: keep one of them (otherwise it is unclear which value counts).',
  'JM002.firstSet': '`{key}` is first set here',
  'JM003.tooLarge':
    'This file is too large to check ({size} MB; the limit is {limit} MB). A journey map is usually well under 200 KB: split it into several maps.',
  'JM003.tooManyEntries':
    'This file holds too many entries to check (over {limit:n} lines and list items; a map with 1,000 touchpoints has about 10,000). Split it into several maps.',
  'JM004.aliasBomb':
    'The aliases (`*name`) in this file expand into more than {limit} copies, the pattern of an "alias bomb": the map was not read. Write the repeated parts out instead of nesting aliases.',
  'JM005.empty': 'This journey map is empty. Start with `journey:` (the title) and a list of `stages:`.',
  'JM005.insertSkeleton': 'Insert a journey map skeleton',
  'JM006.multiple':
    'This file holds {count} YAML documents (separated by `---`); a journey map file holds one journey, so everything from here on is ignored. Move each journey into its own file.',
  'JM007.tabs': 'Tabs cannot be used to indent YAML: indent with spaces.',
  'JM007.replaceTabs': 'Replace the tabs in the indentation with spaces',
  'JM008.control':
    'This file contains a control character (U+{character}) that YAML does not allow: is it a binary file, or was text pasted from another program? Remove the character.',
  'JM009.brackets':
    'Brackets `[` `{` nest more than {limit} levels deep here: the map was not read. A journey map needs only a few levels; check for brackets that are never closed.',
  'JM009.nesting':
    'The map nests lists or sections far deeper than a journey map can (hundreds of levels): the rest of the file was not read. Check for unbalanced brackets `[` `{`.',
  'JM009.unreadable': 'The map nests too deeply to be read. Check for unbalanced brackets `[` `{`.',
  'JM010.warning': 'YAML: {detail}',
  'JM011.internal':
    'Journey Map failed while {activity} ({detail}). This is a bug in Journey Map, not in your map: please report it with the file.',
  'JM012.notAMapping':
    'A journey map is a set of `key: value` lines (`journey:`, `stages:` …), but this file is {what}.',
  'JM013.more': {
    one: '{count:n} more finding is not shown: only the first {max:n} are reported. Fix these and check again.',
    other: '{count:n} more findings are not shown: only the first {max:n} are reported. Fix these and check again.',
  },

  'JM101.didYouMean': '`{property}` is not something {owner}. Did you mean `{suggestion}`?',
  'JM101.expected': '`{property}` is not something {owner}. Expected: {allowed}.',
  'JM101.notExpected': '`{property}` is not expected here.',
  'JM101.rename': 'Rename to `{suggestion}`',
  'JM102.missing': '{holder:cap} has no `{property}`{hint}.',
  'JM102.missingPlural': '{holder:cap} have no `{property}`{hint}.',
  'JM102.hint': ': add {description}',
  'JM102.addId': 'Add `id: {slug}`',
  'JM103.noValue': '{field} has no value: write {expected} after the colon, or remove the line.',
  'JM103.percent':
    '{field} is written as the text {value}: write the plain number {number}. Percentages are plain numbers in a journey map (85 means 85%).',
  'JM103.emotion':
    '{field} should be a score from 1 (very negative) to 5 (very positive), or one score per persona like `{ rina: 2, budi: 4 }` — not {value}.',
  'JM103.expected': '{field} should be {expected}, not {value}.',
  'JM103.notFormat': '{field} does not match the journey map format ({keyword}).',
  'JM103.toTrue': 'Change to `true`',
  'JM103.toFalse': 'Change to `false`',
  'JM103.toNumber': 'Change to the number {number}',
  'JM103.round': 'Round to {number}',
  'JM103.makeList': 'Make it a list: [{value}]',
  'JM104.notAllowed': '{value} is not a {label} this format knows.{didYouMean} Use one of: {allowed}.',
  'JM104.didYouMean': ' Did you mean `{suggestion}`?',
  'JM104.change': 'Change to `{suggestion}`',
  'JM105.emotionBelow': 'Emotion scores run from 1 (very negative) to 5 (very positive); {value} is below that.',
  'JM105.emotionAbove': 'Emotion scores run from 1 (very negative) to 5 (very positive); {value} is above that.',
  'JM105.nps': 'An NPS runs from −100 to +100 (% promoters − % detractors); {value} is outside that.',
  'JM105.atLeast': '{field} must be at least {limit}; it is {value}.',
  'JM105.atMost': '{field} must be at most {limit}; it is {value}.',
  'JM105.clamp': 'Clamp to {value}',
  'JM106.characters':
    '{field} is too long ({size} characters; at most {limit} characters). Shorten it: a map is read at a glance.',
  'JM106.entries':
    '{field} is too long ({size} entries; at most {limit} entries). Shorten it: a map is read at a glance.',
  'JM107.surveyAnswer':
    '`{key}` is not a survey answer: count the respondents per answer from 0 to 10, e.g. `{ 5: 42, 4: 40 }`.',
  'JM107.personaId': '`{key}` is not a valid persona id: use letters, digits, `-`, `_` or `.`.',
  'JM107.notRealDate': '{value} is not a real date: write the date of the last review as YYYY-MM-DD, e.g. 2026-10-01.',
  'JM107.notDate': '{value} is not written as a date: use YYYY-MM-DD, e.g. 2026-10-01.',
  'JM107.badId':
    '{value} is not a valid id: start with a letter or digit and use only letters, digits, `-`, `_` or `.` (no spaces){example}.',
  'JM107.example': ', e.g. `{slug}`',
  'JM107.change': 'Change to `{slug}`',
  'JM108.noStages': 'The journey needs at least one stage.',
  'JM108.emptyRequired': '{field} is empty: fill it in ({every} needs one).',
  'JM108.empty': '{field} is empty: fill it in or remove the line.',
  'JM109.twice': '{value} is listed twice in {field}: remove one.',
  'JM109.firstListed': 'first listed here',
  'JM119.alreadyListed':
    'A touchpoint gives `channel` or `channels`, not both: {value} is already in `channels`, so remove `channel`.',
  'JM119.moveIntoList':
    'A touchpoint gives `channel` or `channels`, not both: move {value} into `channels` and remove `channel`.',
  'JM119.removeChannel': 'Remove `channel` (already in `channels`)',
  'JM119.moveChannel': 'Move `{channel}` into `channels`',

  'JM110.unknown': '{where} refers to the persona `{reference}`, which the map does not define.{tail}',
  'JM110.didYouMean': ' Did you mean `{suggestion}`?',
  'JM110.known': ' Known personas: {ids}.',
  'JM110.noneDefined': ' This map defines no personas.',
  'JM110.change': 'Change to `{suggestion}`',
  'JM111.unknown': '{where} refers to the pain point `{reference}`, which the map does not define.{tail}',
  'JM111.didYouMean': ' Did you mean `{suggestion}`?',
  'JM111.known': ' Known pain points: {ids}.',
  'JM111.noneDefined': ' This map defines no pain points.',
  'JM111.change': 'Change to `{suggestion}`',
  'JM112.duplicate':
    'Another {kind} already has the id `{id}`: ids must be unique so that other parts of the map can refer to one {kind}.',
  'JM112.first': 'the first {kind} with id `{id}`',
  'JM113.unknown': 'This emotion score is for `{persona}`, which is not a persona of this map.{tail}',
  'JM113.didYouMean': ' Did you mean `{suggestion}`?',
  'JM113.change': 'Change to `{suggestion}`',
  'JM114.notListed':
    'This touchpoint gives an emotion for `{persona}`, but its `personas` list does not include `{persona}`: add the persona to the list or remove the score.',
  'JM115.allZero':
    'Every response count is 0, so no {type} score can be computed: enter the survey counts, or remove `responses` until there are some.',
  'JM116.outside': '{type} answers run from {min} to {max}; `{answer}` is outside it.',
  'JM116.outsideCsat': '{type} answers run from {min} to {max} on the {max}-point scale; `{answer}` is outside it.',
  'JM117.both':
    'This {type} has both a `value` and `responses`: the score is computed from the responses, so the value may disagree with it. Keep one.',
  'JM118.scale': '`scale` only applies to CSAT; this {type} ignores it.',
  'JM120.unitA':
    '`unit` only applies to a `custom` metric; a {type} has its own unit, so this one is ignored. Remove it, or make the metric `type: custom`.',
  'JM120.unitAn':
    '`unit` only applies to a `custom` metric; an {type} has its own unit, so this one is ignored. Remove it, or make the metric `type: custom`.',
  'JM120.directionA':
    '`direction` only applies to a `custom` metric; a {type} has its own direction (which way is good), so this one is ignored. Remove it, or make the metric `type: custom`.',
  'JM120.directionAn':
    '`direction` only applies to a `custom` metric; an {type} has its own direction (which way is good), so this one is ignored. Remove it, or make the metric `type: custom`.',

  // The phrases the messages above are built from.
  'term.the.journeyMap': 'the journey map',
  'term.the.stage': 'the stage',
  'term.the.touchpoint': 'the touchpoint',
  'term.the.persona': 'the persona',
  'term.the.personaList': 'the persona list',
  'term.the.painPoint': 'the pain point',
  'term.the.opportunity': 'the opportunity',
  'term.the.metric': 'the metric',
  'term.the.surveyResponses': 'the survey responses',
  'term.the.emotionScores': 'the emotion scores',
  'term.the.field': '`{name}`',
  'term.has.journeyMap': 'a journey map has',
  'term.has.stage': 'a stage has',
  'term.has.touchpoint': 'a touchpoint has',
  'term.has.persona': 'a persona has',
  'term.has.personaList': 'a persona list has',
  'term.has.painPoint': 'a pain point has',
  'term.has.opportunity': 'an opportunity has',
  'term.has.metric': 'a metric has',
  'term.has.surveyResponses': 'survey responses have',
  'term.has.emotionScores': 'emotion scores have',
  'term.has.field': 'a `{name}` has',
  'term.every.journeyMap': 'every journey map',
  'term.every.stage': 'every stage',
  'term.every.touchpoint': 'every touchpoint',
  'term.every.persona': 'every persona',
  'term.every.personaList': 'every persona list',
  'term.every.painPoint': 'every pain point',
  'term.every.opportunity': 'every opportunity',
  'term.every.metric': 'every metric',
  'term.every.surveyResponses': 'every survey responses',
  'term.every.emotionScores': 'every emotion scores',
  'term.every.field': 'every `{name}`',
  'term.labelled': '{object} “{label}”',
  'term.type.string': 'text',
  'term.type.integer': 'a whole number',
  'term.type.number': 'a number',
  'term.type.boolean': '`true` or `false`',
  'term.type.object': 'a set of `key: value` lines',
  'term.type.array': 'a list (`[a, b]` or lines starting with `-`)',
  'term.type.null': 'empty',
  'term.or': '{first} or {second}',
  'term.value.nothing': 'nothing',
  'term.value.list': 'a list',
  'term.value.mapping': 'a set of `key: value` lines',
  'term.topLevel.list': 'a list (lines starting with `-`)',
  'term.topLevel.single': 'a single value',
  'term.label.channel': 'channel',
  'term.label.kind': 'stage kind',
  'term.label.type': 'metric type',
  'term.label.severity': 'pain point severity',
  'term.label.status': 'opportunity status',
  'term.label.scale': 'CSAT scale',
  'term.label.valueFor': 'value for `{key}`',
  'term.kind.persona': 'persona',
  'term.kind.stage': 'stage',
  'term.kind.touchpoint': 'touchpoint',
  'term.kind.painPoint': 'pain point',
  'term.kind.opportunity': 'opportunity',
  'term.where.touchpoint': 'This touchpoint',
  'term.where.feeling': 'This feeling',
  'term.where.opportunity': 'This opportunity',
  'term.where.metric': 'This metric',
  'term.where.quote': 'This quote',
  'term.metric': 'metric',
  'term.activity.reading': 'reading this map',
  'term.activity.metrics': 'computing the metrics',
  'term.activity.gaps': 'looking for gaps',
  // A schema description quoted mid-sentence; {text} is the English description, which the
  // translator replaces by the language's own (src/core/l10n/schemaDescriptions) when it has one.
  'term.schemaDescription': '{text:low}',
} as const;

export type CodeMessageKey = keyof typeof codeMessagesEn;
