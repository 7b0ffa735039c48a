import type { Finding, Fix, SourceRange } from '../findings';
import validateJourney from '../generated/validate-journey.js';
import { requiredKeys } from '../generated/requiredKeys';
import type { JourneyPath, ParsedJourney } from '../parse/parsedJourney';
import { closestMatch } from '../text/closestMatch';
import { codeFinding, codeFix, codeRelated, term } from '../codeFinding';
import type { CodeMessageKey } from '../l10n/catalogues/codes.en';
import type { MessageData, MessageRef } from '../l10n/format';
import { collapseAjvErrors, type SchemaProblem } from './ajvProblems';
import {
  alternatives,
  describeObject,
  describeType,
  objectKind,
  objectPhrase,
  showValue,
  slugify,
  type ObjectKind,
} from './describe';
import { isRecord, valueAt } from '../values';

export interface SchemaFindings {
  /** The first problems by position, explained (at most the budget). */
  readonly findings: Finding[];
  /** Problems beyond the budget: counted, not explained. */
  readonly omitted: number;
  /** The most severe of the omitted problems' severities (schema problems are errors). */
  readonly omittedSeverity?: Finding['severity'];
}

/**
 * Validates the plain value against the schema and explains each problem at its exact place.
 * Only the first `budget` problems by position are explained (the wording, suggestions and fixes
 * are the expensive part); the rest are counted, so a file with 30,000 wrong entries costs about
 * as much as one with a thousand.
 */
export function schemaFindings(value: unknown, parsed: ParsedJourney, budget = Infinity): SchemaFindings {
  if (validateJourney(value)) return { findings: [], omitted: 0 };
  const problems = collapseAjvErrors(validateJourney.errors ?? [], value);
  const located = problems.map((problem) => ({ problem, at: problemOffset(problem, parsed) }));
  located.sort((a, b) => a.at - b.at);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let omitted = 0;
  for (const { problem } of located) {
    if (findings.length < budget) {
      const finding = explain(problem, value, parsed);
      const key = `${finding.code}@${finding.range.start.offset}-${finding.range.end.offset}:${finding.message}`;
      if (!seen.has(key)) findings.push(finding);
      seen.add(key);
    } else {
      const key = `${problem.keyword}@${JSON.stringify(problem.path)}:${JSON.stringify(problem.params)}`;
      if (!seen.has(key)) omitted++;
      seen.add(key);
    }
  }
  return { findings, omitted, ...(omitted ? { omittedSeverity: 'error' as const } : {}) };
}

/** Where a problem will be reported, cheaply: the start of the node at its path (or its key). */
function problemOffset(problem: SchemaProblem, parsed: ParsedJourney): number {
  const property =
    problem.keyword === 'additionalProperties' ? [String(problem.params.additionalProperty)] : ([] as string[]);
  return parsed.rangeNear([...problem.path, ...property], property.length ? 'key' : 'value').start.offset;
}

function fieldName(path: JourneyPath): string | MessageRef {
  const last = path[path.length - 1];
  return last === undefined ? term('term.the.journeyMap') : `\`${String(last)}\``;
}

function isEmotion(path: JourneyPath): boolean {
  return path.includes('emotion');
}

function isNpsMetric(root: unknown, path: JourneyPath): boolean {
  const metric = valueAt(root, path.slice(0, -1)) as { type?: unknown } | undefined;
  return metric?.type === 'nps';
}

function replaceFix(key: CodeMessageKey, data: MessageData, range: SourceRange, newText: string): Fix {
  return codeFix(key, data, [{ range, newText }]);
}

function propertyDescription(schema: Record<string, unknown> | undefined, property: string): string | undefined {
  const properties = schema?.properties as Record<string, { description?: unknown }> | undefined;
  const description = properties?.[property]?.description;
  return typeof description === 'string' ? description : undefined;
}

function explain(problem: SchemaProblem, root: unknown, parsed: ParsedJourney): Finding {
  const { path, params, data } = problem;
  const holder = (objectPath: JourneyPath) => describeObject(objectPath, valueAt(root, objectPath));

  switch (problem.keyword) {
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      const propertyPath = [...path, property];
      const range = parsed.rangeNear(propertyPath, 'key');
      const allowed = Object.keys((problem.parentSchema?.properties as object | undefined) ?? {});
      const suggestion = closestMatch(property, allowed);
      const owner = objectPhrase('has', objectKind(path));
      const fields = { path: propertyPath, range };
      if (suggestion)
        return codeFinding(
          'JM101.didYouMean',
          { property, owner, suggestion },
          { ...fields, fixes: [replaceFix('JM101.rename', { suggestion }, range, suggestion)] },
        );
      if (allowed.length > 0)
        return codeFinding(
          'JM101.expected',
          { property, owner, allowed: allowed.map((name) => `\`${name}\``).join(', ') },
          fields,
        );
      return codeFinding('JM101.notExpected', { property }, fields);
    }
    case 'required': {
      const property = String(params.missingProperty);
      const isItem = typeof path[path.length - 1] === 'number';
      const range = path.length === 0 ? parsed.rangeNear([], 'item') : parsed.rangeNear(path, isItem ? 'item' : 'key');
      const description = propertyDescription(problem.parentSchema, property);
      const hint = description
        ? term('JM102.hint', { description: term('term.schemaDescription', { text: description.replace(/\.$/, '') }) })
        : '';
      const fix = property === 'id' ? insertIdFix(parsed, path, valueAt(root, path)) : undefined;
      return codeFinding(
        isPlural(objectKind(path).kind) ? 'JM102.missingPlural' : 'JM102.missing',
        { holder: holder(path), property, hint },
        { path, range, ...(fix ? { fixes: [fix] } : {}) },
      );
    }
    case 'type': {
      const range = parsed.rangeNear(path, 'value');
      const expected = String(params.type).split(',');
      const field = fieldName(path);
      const fields = { path, range };
      if (data === null || data === undefined)
        return codeFinding('JM103.noValue', { field, expected: alternatives(expected.map(describeType)) }, fields);
      if (expected.includes('number') && typeof data === 'string' && PERCENT_TEXT.test(data)) {
        // Refused rather than read as 85: the schema stays the one definition of the format, so Red Hat's
        // YAML extension and any JSON consumer read a plain number, and the quick fix is one keystroke.
        const number = Number(data.replace('%', '').trim());
        return codeFinding(
          'JM103.percent',
          { field, value: showValue(data), number },
          { ...fields, fixes: [replaceFix('JM103.toNumber', { number }, range, String(number))] },
        );
      }
      if (isEmotion(path) && expected.includes('integer') && expected.includes('object'))
        return codeFinding('JM103.emotion', { field, value: showValue(data) }, fields);
      const fix = typeFix(expected, data, range);
      return codeFinding(
        'JM103.expected',
        { field, expected: alternatives(expected.map(describeType)), value: showValue(data) },
        { ...fields, ...(fix ? { fixes: [fix] } : {}) },
      );
    }
    case 'enum': {
      const range = parsed.rangeNear(path, 'value');
      const allowed = ((params.allowedValues as unknown[]) ?? []).map(String);
      const suggestion =
        typeof data === 'string' ? (closestMatch(data, allowed) ?? prefixMatch(data, allowed)) : undefined;
      return codeFinding(
        'JM104.notAllowed',
        {
          value: showValue(data),
          label: fieldLabel(path),
          didYouMean: suggestion ? term('JM104.didYouMean', { suggestion }) : '',
          allowed: allowed.join(', '),
        },
        {
          path,
          range,
          ...(suggestion ? { fixes: [replaceFix('JM104.change', { suggestion }, range, suggestion)] } : {}),
        },
      );
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const range = parsed.rangeNear(path, 'value');
      const limit = Number(params.limit);
      const below = problem.keyword.toLowerCase().includes('minimum');
      const value = String(data);
      if (isEmotion(path)) {
        const clamped = below ? 1 : 5;
        return codeFinding(
          below ? 'JM105.emotionBelow' : 'JM105.emotionAbove',
          { value },
          { path, range, fixes: [replaceFix('JM105.clamp', { value: clamped }, range, String(clamped))] },
        );
      }
      if (isNpsMetric(root, path)) {
        const clamped = below ? -100 : 100;
        return codeFinding(
          'JM105.nps',
          { value },
          { path, range, fixes: [replaceFix('JM105.clamp', { value: clamped }, range, String(clamped))] },
        );
      }
      return codeFinding(
        below ? 'JM105.atLeast' : 'JM105.atMost',
        { field: fieldName(path), limit, value },
        { path, range },
      );
    }
    case 'minLength':
    case 'minItems':
    case 'minProperties': {
      const range = parsed.rangeNear(path, 'value');
      if (path.length === 1 && path[0] === 'stages') return codeFinding('JM108.noStages', {}, { path, range });
      if (isRequired(path))
        return codeFinding(
          'JM108.emptyRequired',
          { field: fieldName(path), every: objectPhrase('every', objectKind(path.slice(0, -1))) },
          { path, range },
        );
      return codeFinding('JM108.empty', { field: fieldName(path) }, { path, range });
    }
    case 'maxLength':
    case 'maxItems':
    case 'maxProperties': {
      const range = parsed.rangeNear(path, 'value');
      const size =
        problem.keyword === 'maxLength'
          ? String(data).length
          : problem.keyword === 'maxItems'
            ? (data as unknown[]).length
            : Object.keys(data as object).length;
      return codeFinding(
        problem.keyword === 'maxLength' ? 'JM106.characters' : 'JM106.entries',
        { field: fieldName(path), size, limit: String(params.limit) },
        { path, range },
      );
    }
    case 'pattern':
    case 'format':
      return patternFinding(problem, parsed);
    case 'not':
      if (isRecord(data) && 'channel' in data && 'channels' in data) return channelAndChannels(path, data, parsed);
      return codeFinding(
        'JM103.notFormat',
        { field: fieldName(path), keyword: problem.keyword },
        { path, range: parsed.rangeNear(path, 'value') },
      );
    case 'uniqueItems': {
      const [first, duplicate] = [Number(params.j), Number(params.i)].sort((a, b) => a - b) as [number, number];
      const range = parsed.rangeNear([...path, duplicate], 'value');
      const related = parsed.rangeOf([...path, first]);
      const item = (data as unknown[])[duplicate];
      return codeFinding(
        'JM109.twice',
        { value: showValue(item), field: fieldName(path) },
        {
          path: [...path, duplicate],
          range,
          ...(related ? { related: [codeRelated('JM109.firstListed', {}, related)] } : {}),
        },
      );
    }
    default:
      return codeFinding(
        'JM103.notFormat',
        { field: fieldName(path), keyword: problem.keyword },
        { path, range: parsed.rangeNear(path, 'value') },
      );
  }
}

function patternFinding(problem: SchemaProblem, parsed: ParsedJourney): Finding {
  const { path, data } = problem;
  if (problem.propertyName !== undefined) {
    const keyPath = [...path, problem.propertyName];
    const range = parsed.rangeNear(keyPath, 'key');
    return codeFinding(
      path.includes('responses') ? 'JM107.surveyAnswer' : 'JM107.personaId',
      { key: problem.propertyName },
      { path: keyPath, range },
    );
  }
  const range = parsed.rangeNear(path, 'value');
  if (path[path.length - 1] === 'reviewed' || problem.params.format === 'date')
    return codeFinding(
      problem.keyword === 'format' ? 'JM107.notRealDate' : 'JM107.notDate',
      { value: showValue(data) },
      { path, range },
    );
  const slug = typeof data === 'string' ? slugify(data) : '';
  const usable = slug !== '' && !/^[0-9.]+$/.test(slug) && slug !== data;
  return codeFinding(
    'JM107.badId',
    { value: showValue(data), example: usable ? term('JM107.example', { slug }) : '' },
    { path, range, ...(usable ? { fixes: [replaceFix('JM107.change', { slug }, range, slug)] } : {}) },
  );
}

const PERCENT_TEXT = /^\s*[+-]?\d+(\.\d+)?\s*%\s*$/;

/**
 * `channel` and `channels` on one touchpoint: say which wins nowhere, and offer to keep the list
 * (adding the single channel to it when it is missing).
 */
function channelAndChannels(path: JourneyPath, touchpoint: Record<string, unknown>, parsed: ParsedJourney): Finding {
  const range = parsed.rangeNear([...path, 'channel'], 'key');
  const single = touchpoint.channel;
  const list = Array.isArray(touchpoint.channels) ? touchpoint.channels : [];
  const listed = list.includes(single);
  const fix = typeof single === 'string' ? mergeChannelFix(path, single, listed, parsed) : undefined;
  return codeFinding(
    listed ? 'JM119.alreadyListed' : 'JM119.moveIntoList',
    { value: showValue(single) },
    { path: [...path, 'channel'], range, ...(fix ? { fixes: [fix] } : {}) },
  );
}

function mergeChannelFix(path: JourneyPath, channel: string, listed: boolean, parsed: ParsedJourney): Fix | undefined {
  const key = parsed.rangeOf([...path, 'channel'], 'key');
  const value = parsed.rangeOf([...path, 'channel'], 'value');
  if (!key || !value) return undefined;
  const text = parsed.text;
  // Only a block mapping line (`channel: app` alone on its line) is removed whole.
  const lineStart = text.lastIndexOf('\n', key.start.offset - 1) + 1;
  if (text.slice(lineStart, key.start.offset).trim() !== '') return undefined;
  let lineEnd = text.indexOf('\n', value.end.offset);
  lineEnd = lineEnd < 0 ? text.length : lineEnd + 1;
  if (
    text.slice(value.end.offset, lineEnd).trim() !== '' &&
    !text.slice(value.end.offset, lineEnd).trim().startsWith('#')
  )
    return undefined;
  const edits = [{ range: parsed.rangeAt(lineStart, lineEnd), newText: '' }];
  if (!listed) {
    const list = parsed.rangeOf([...path, 'channels'], 'value');
    const first = parsed.rangeOf([...path, 'channels', 0], 'item');
    if (!list) return undefined;
    if (text[list.start.offset] === '[') {
      edits.push({ range: parsed.rangeAt(list.start.offset + 1, list.start.offset + 1), newText: `${channel}, ` });
    } else if (first) {
      // The item's range starts at its value; the new item goes before its `-`, at the same indentation.
      const dash = text.lastIndexOf('-', first.start.offset);
      const dashLineStart = text.lastIndexOf('\n', dash - 1) + 1;
      if (dash < 0 || text.slice(dashLineStart, dash).trim() !== '') return undefined;
      const indentation = ' '.repeat(dash - dashLineStart);
      edits.push({ range: parsed.rangeAt(dash, dash), newText: `- ${channel}\n${indentation}` });
    } else return undefined;
  }
  return listed ? codeFix('JM119.removeChannel', {}, edits) : codeFix('JM119.moveChannel', { channel }, edits);
}

function typeFix(expected: string[], data: unknown, range: SourceRange): Fix | undefined {
  if (expected.includes('boolean') && typeof data === 'string') {
    const word = data.trim().toLowerCase();
    if (['yes', 'y', 'on', 'ya'].includes(word)) return replaceFix('JM103.toTrue', {}, range, 'true');
    if (['no', 'n', 'off', 'tidak'].includes(word)) return replaceFix('JM103.toFalse', {}, range, 'false');
  }
  if (
    (expected.includes('integer') || expected.includes('number')) &&
    typeof data === 'string' &&
    /^\s*[+-]?\d+(\.\d+)?\s*$/.test(data)
  ) {
    const number = Number(data);
    if (expected.includes('number') || Number.isInteger(number))
      return replaceFix('JM103.toNumber', { number }, range, String(number));
  }
  if (expected.includes('integer') && typeof data === 'number' && !Number.isInteger(data)) {
    return replaceFix('JM103.round', { number: Math.round(data) }, range, String(Math.round(data)));
  }
  if (expected.includes('array') && typeof data === 'string' && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(data)) {
    return replaceFix('JM103.makeList', { value: data }, range, `[${data}]`);
  }
  return undefined;
}

function prefixMatch(word: string, candidates: string[]): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 3) return undefined;
  const matches = candidates.filter((candidate) => candidate.startsWith(lower) || lower.startsWith(candidate));
  return matches.length === 1 ? matches[0] : undefined;
}

const labelledFields = ['channel', 'kind', 'type', 'severity', 'status', 'scale'] as const;

function fieldLabel(path: JourneyPath): MessageRef {
  const last = path[path.length - 1];
  if (typeof last === 'number' && path[path.length - 2] === 'channels') return term('term.label.channel');
  const labelled = labelledFields.find((name) => name === last);
  return labelled ? term(`term.label.${labelled}`) : term('term.label.valueFor', { key: String(last) });
}

function isRequired(path: JourneyPath): boolean {
  const key = path[path.length - 1];
  return typeof key === 'string' && (requiredKeys[objectKind(path.slice(0, -1)).kind]?.includes(key) ?? false);
}

function isPlural(kind: ObjectKind): boolean {
  return kind === 'surveyResponses' || kind === 'emotionScores';
}

/**
 * For a list item missing its id: insert `id: <slug of its name>` as the item's first key,
 * when the item is a block mapping (so the indentation is known).
 */
function insertIdFix(parsed: ParsedJourney, path: JourneyPath, item: unknown): Fix | undefined {
  if (typeof path[path.length - 1] !== 'number' || !item || typeof item !== 'object') return undefined;
  const record = item as Record<string, unknown>;
  const source =
    typeof record.name === 'string'
      ? record.name
      : typeof record.description === 'string'
        ? record.description
        : undefined;
  const slug = source ? slugify(source) : '';
  if (!slug || /^[0-9.]+$/.test(slug)) return undefined;
  const range = parsed.rangeOf(path, 'item');
  if (!range || parsed.text[range.start.offset] === '{') return undefined;
  const indentation = ' '.repeat(range.start.column - 1);
  const at = parsed.rangeAt(range.start.offset, range.start.offset);
  return codeFix('JM102.addId', { slug }, [{ range: at, newText: `id: ${slug}\n${indentation}` }]);
}
