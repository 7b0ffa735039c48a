import type { Finding, Fix, SourceRange } from '../findings';
import validateJourney from '../generated/validate-journey.js';
import type { JourneyPath, ParsedJourney } from '../parse/parsedJourney';
import { closestMatch } from '../text/closestMatch';
import { collapseAjvErrors, type SchemaProblem } from './ajvProblems';
import { SchemaCode } from './codes';
import { describeObject, describeType, lowerFirst, objectKind, showValue, slugify } from './describe';
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

function fieldName(path: JourneyPath): string {
  const last = path[path.length - 1];
  return last === undefined ? 'the journey map' : `\`${String(last)}\``;
}

function isEmotion(path: JourneyPath): boolean {
  return path.includes('emotion');
}

function isNpsMetric(root: unknown, path: JourneyPath): boolean {
  const metric = valueAt(root, path.slice(0, -1)) as { type?: unknown } | undefined;
  return metric?.type === 'nps';
}

function replaceFix(title: string, range: SourceRange, newText: string, preferred = true): Fix {
  return { title, preferred, edits: [{ range, newText }] };
}

function propertyDescription(schema: Record<string, unknown> | undefined, property: string): string | undefined {
  const properties = schema?.properties as Record<string, { description?: unknown }> | undefined;
  const description = properties?.[property]?.description;
  return typeof description === 'string' ? description : undefined;
}

function explain(problem: SchemaProblem, root: unknown, parsed: ParsedJourney): Finding {
  const { path, params, data } = problem;
  const base = { category: 'schema' as const, severity: 'error' as const, path };
  const holder = (objectPath: JourneyPath) => describeObject(objectPath, valueAt(root, objectPath));

  switch (problem.keyword) {
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      const propertyPath = [...path, property];
      const range = parsed.rangeNear(propertyPath, 'key');
      const allowed = Object.keys((problem.parentSchema?.properties as object | undefined) ?? {});
      const suggestion = closestMatch(property, allowed);
      const kind = objectKind(path);
      const plural = isPlural(kind);
      const owner = `${plural ? '' : 'a '}${kind.replace(/^the /, '')} ${plural ? 'have' : 'has'}`;
      const message = suggestion
        ? `\`${property}\` is not something ${owner}. Did you mean \`${suggestion}\`?`
        : allowed.length > 0
          ? `\`${property}\` is not something ${owner}. Expected: ${allowed.map((name) => `\`${name}\``).join(', ')}.`
          : `\`${property}\` is not expected here.`;
      return {
        ...base,
        code: SchemaCode.unknownProperty,
        path: propertyPath,
        range,
        message,
        ...(suggestion ? { fixes: [replaceFix(`Rename to \`${suggestion}\``, range, suggestion)] } : {}),
      };
    }
    case 'required': {
      const property = String(params.missingProperty);
      const isItem = typeof path[path.length - 1] === 'number';
      const range = path.length === 0 ? parsed.rangeNear([], 'item') : parsed.rangeNear(path, isItem ? 'item' : 'key');
      const description = propertyDescription(problem.parentSchema, property);
      const message = `${capitalize(holder(path))} ${isPlural(objectKind(path)) ? 'have' : 'has'} no \`${property}\`${description ? `: add ${lowerFirst(description).replace(/\.$/, '')}` : ''}.`;
      const fix = property === 'id' ? insertIdFix(parsed, path, valueAt(root, path)) : undefined;
      return { ...base, code: SchemaCode.missingProperty, range, message, ...(fix ? { fixes: [fix] } : {}) };
    }
    case 'type': {
      const range = parsed.rangeNear(path, 'value');
      const expected = String(params.type).split(',');
      const fixes: Fix[] = [];
      let message: string;
      if (data === null || data === undefined) {
        message = `${fieldName(path)} has no value: write ${expected.map(describeType).join(' or ')} after the colon, or remove the line.`;
      } else if (expected.includes('number') && typeof data === 'string' && PERCENT_TEXT.test(data)) {
        // Refused rather than read as 85: the schema stays the one definition of the format, so Red Hat's
        // YAML extension and any JSON consumer read a plain number, and the quick fix is one keystroke.
        const number = Number(data.replace('%', '').trim());
        message = `${fieldName(path)} is written as the text ${showValue(data)}: write the plain number ${number}. Percentages are plain numbers in a journey map (85 means 85%).`;
        fixes.push(replaceFix(`Change to the number ${number}`, range, String(number)));
      } else if (isEmotion(path) && expected.includes('integer') && expected.includes('object')) {
        message = `${fieldName(path)} should be a score from 1 (very negative) to 5 (very positive), or one score per persona like \`{ rina: 2, budi: 4 }\` — not ${showValue(data)}.`;
      } else {
        message = `${fieldName(path)} should be ${expected.map(describeType).join(' or ')}, not ${showValue(data)}.`;
        const fix = typeFix(expected, data, range);
        if (fix) fixes.push(fix);
      }
      return { ...base, code: SchemaCode.wrongType, range, message, ...(fixes.length ? { fixes } : {}) };
    }
    case 'enum': {
      const range = parsed.rangeNear(path, 'value');
      const allowed = ((params.allowedValues as unknown[]) ?? []).map(String);
      const suggestion =
        typeof data === 'string' ? (closestMatch(data, allowed) ?? prefixMatch(data, allowed)) : undefined;
      const message = `${showValue(data)} is not a ${fieldLabel(path)} this format knows.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} Use one of: ${allowed.join(', ')}.`;
      return {
        ...base,
        code: SchemaCode.notAllowedValue,
        range,
        message,
        ...(suggestion ? { fixes: [replaceFix(`Change to \`${suggestion}\``, range, suggestion)] } : {}),
      };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const range = parsed.rangeNear(path, 'value');
      const limit = Number(params.limit);
      const below = problem.keyword.toLowerCase().includes('minimum');
      if (isEmotion(path)) {
        const clamped = below ? 1 : 5;
        return {
          ...base,
          code: SchemaCode.outOfRange,
          range,
          message: `Emotion scores run from 1 (very negative) to 5 (very positive); ${String(data)} is ${below ? 'below' : 'above'} that.`,
          fixes: [replaceFix(`Clamp to ${clamped}`, range, String(clamped))],
        };
      }
      if (isNpsMetric(root, path)) {
        return {
          ...base,
          code: SchemaCode.outOfRange,
          range,
          message: `An NPS runs from −100 to +100 (% promoters − % detractors); ${String(data)} is outside that.`,
          fixes: [replaceFix(`Clamp to ${below ? -100 : 100}`, range, String(below ? -100 : 100))],
        };
      }
      return {
        ...base,
        code: SchemaCode.outOfRange,
        range,
        message: `${fieldName(path)} must be ${below ? 'at least' : 'at most'} ${limit}; it is ${String(data)}.`,
      };
    }
    case 'minLength':
    case 'minItems':
    case 'minProperties': {
      const range = parsed.rangeNear(path, 'value');
      const what =
        path.length === 1 && path[0] === 'stages'
          ? 'The journey needs at least one stage.'
          : isRequired(path)
            ? `${fieldName(path)} is empty: fill it in (${objectKind(path.slice(0, -1)).replace(/^the /, 'every ')} needs one).`
            : `${fieldName(path)} is empty: fill it in or remove the line.`;
      return { ...base, code: SchemaCode.empty, range, message: what };
    }
    case 'maxLength':
    case 'maxItems':
    case 'maxProperties': {
      const range = parsed.rangeNear(path, 'value');
      const size =
        problem.keyword === 'maxLength'
          ? `${String(data).length} characters`
          : problem.keyword === 'maxItems'
            ? `${(data as unknown[]).length} entries`
            : `${Object.keys(data as object).length} entries`;
      const limit = `${String(params.limit)} ${problem.keyword === 'maxLength' ? 'characters' : 'entries'}`;
      return {
        ...base,
        code: SchemaCode.tooLong,
        range,
        message: `${fieldName(path)} is too long (${size}; at most ${limit}). Shorten it: a map is read at a glance.`,
      };
    }
    case 'pattern':
    case 'format':
      return patternFinding(problem, parsed, base);
    case 'not':
      if (isRecord(data) && 'channel' in data && 'channels' in data)
        return channelAndChannels(path, data, parsed, base);
      return {
        ...base,
        code: SchemaCode.wrongType,
        range: parsed.rangeNear(path, 'value'),
        message: `${fieldName(path)} does not match the journey map format (${problem.keyword}).`,
      };
    case 'uniqueItems': {
      const [first, duplicate] = [Number(params.j), Number(params.i)].sort((a, b) => a - b) as [number, number];
      const range = parsed.rangeNear([...path, duplicate], 'value');
      const related = parsed.rangeOf([...path, first]);
      const item = (data as unknown[])[duplicate];
      return {
        ...base,
        code: SchemaCode.duplicateEntry,
        path: [...path, duplicate],
        range,
        message: `${showValue(item)} is listed twice in ${fieldName(path)}: remove one.`,
        ...(related ? { related: [{ message: 'first listed here', range: related }] } : {}),
      };
    }
    default: {
      const range = parsed.rangeNear(path, 'value');
      return {
        ...base,
        code: SchemaCode.wrongType,
        range,
        message: `${fieldName(path)} does not match the journey map format (${problem.keyword}).`,
      };
    }
  }
}

function patternFinding(
  problem: SchemaProblem,
  parsed: ParsedJourney,
  base: { category: 'schema'; severity: 'error'; path: JourneyPath },
): Finding {
  const { path, data } = problem;
  if (problem.propertyName !== undefined) {
    const keyPath = [...path, problem.propertyName];
    const range = parsed.rangeNear(keyPath, 'key');
    const message = path.includes('responses')
      ? `\`${problem.propertyName}\` is not a survey answer: count the respondents per answer from 0 to 10, e.g. \`{ 5: 42, 4: 40 }\`.`
      : `\`${problem.propertyName}\` is not a valid persona id: use letters, digits, \`-\`, \`_\` or \`.\`.`;
    return { ...base, code: SchemaCode.badFormat, path: keyPath, range, message };
  }
  const range = parsed.rangeNear(path, 'value');
  if (path[path.length - 1] === 'reviewed' || problem.params.format === 'date') {
    const message =
      problem.keyword === 'format'
        ? `${showValue(data)} is not a real date: write the date of the last review as YYYY-MM-DD, e.g. 2026-10-01.`
        : `${showValue(data)} is not written as a date: use YYYY-MM-DD, e.g. 2026-10-01.`;
    return { ...base, code: SchemaCode.badFormat, range, message };
  }
  const slug = typeof data === 'string' ? slugify(data) : '';
  const usable = slug !== '' && !/^[0-9.]+$/.test(slug) && slug !== data;
  return {
    ...base,
    code: SchemaCode.badFormat,
    range,
    message: `${showValue(data)} is not a valid id: start with a letter or digit and use only letters, digits, \`-\`, \`_\` or \`.\` (no spaces)${usable ? `, e.g. \`${slug}\`` : ''}.`,
    ...(usable ? { fixes: [replaceFix(`Change to \`${slug}\``, range, slug)] } : {}),
  };
}

const PERCENT_TEXT = /^\s*[+-]?\d+(\.\d+)?\s*%\s*$/;

/**
 * `channel` and `channels` on one touchpoint: say which wins nowhere, and offer to keep the list
 * (adding the single channel to it when it is missing).
 */
function channelAndChannels(
  path: JourneyPath,
  touchpoint: Record<string, unknown>,
  parsed: ParsedJourney,
  base: { category: 'schema'; severity: 'error'; path: JourneyPath },
): Finding {
  const range = parsed.rangeNear([...path, 'channel'], 'key');
  const single = touchpoint.channel;
  const list = Array.isArray(touchpoint.channels) ? touchpoint.channels : [];
  const listed = list.includes(single);
  const message = `A touchpoint gives \`channel\` or \`channels\`, not both: ${listed ? `${showValue(single)} is already in \`channels\`, so remove \`channel\`` : `move ${showValue(single)} into \`channels\` and remove \`channel\``}.`;
  const fix = typeof single === 'string' ? mergeChannelFix(path, single, listed, parsed) : undefined;
  return {
    ...base,
    code: SchemaCode.conflictingKeys,
    path: [...path, 'channel'],
    range,
    message,
    ...(fix ? { fixes: [fix] } : {}),
  };
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
  return {
    title: listed ? 'Remove `channel` (already in `channels`)' : `Move \`${channel}\` into \`channels\``,
    preferred: true,
    edits,
  };
}

function typeFix(expected: string[], data: unknown, range: SourceRange): Fix | undefined {
  if (expected.includes('boolean') && typeof data === 'string') {
    const word = data.trim().toLowerCase();
    if (['yes', 'y', 'on', 'ya'].includes(word)) return replaceFix('Change to `true`', range, 'true');
    if (['no', 'n', 'off', 'tidak'].includes(word)) return replaceFix('Change to `false`', range, 'false');
  }
  if (
    (expected.includes('integer') || expected.includes('number')) &&
    typeof data === 'string' &&
    /^\s*[+-]?\d+(\.\d+)?\s*$/.test(data)
  ) {
    const number = Number(data);
    if (expected.includes('number') || Number.isInteger(number))
      return replaceFix(`Change to the number ${number}`, range, String(number));
  }
  if (expected.includes('integer') && typeof data === 'number' && !Number.isInteger(data)) {
    return replaceFix(`Round to ${Math.round(data)}`, range, String(Math.round(data)));
  }
  if (expected.includes('array') && typeof data === 'string' && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(data)) {
    return replaceFix(`Make it a list: [${data}]`, range, `[${data}]`);
  }
  return undefined;
}

function prefixMatch(word: string, candidates: string[]): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 3) return undefined;
  const matches = candidates.filter((candidate) => candidate.startsWith(lower) || lower.startsWith(candidate));
  return matches.length === 1 ? matches[0] : undefined;
}

function fieldLabel(path: JourneyPath): string {
  const last = path[path.length - 1];
  const labels: Record<string, string> = {
    channel: 'channel',
    kind: 'stage kind',
    type: 'metric type',
    severity: 'pain point severity',
    status: 'opportunity status',
    scale: 'CSAT scale',
  };
  if (typeof last === 'number' && path[path.length - 2] === 'channels') return 'channel';
  return labels[String(last)] ?? `value for \`${String(last)}\``;
}

/** Keys the schema requires, by the kind of object holding them (for advice on empty values). */
const requiredKeys: Record<string, readonly string[]> = {
  'the journey map': ['journey', 'stages'],
  'the persona': ['id', 'name'],
  'the stage': ['id', 'name'],
  'the touchpoint': ['id', 'name'],
  'the pain point': ['id', 'description'],
  'the opportunity': ['description'],
  'the metric': ['type'],
};

function isRequired(path: JourneyPath): boolean {
  const key = path[path.length - 1];
  return typeof key === 'string' && (requiredKeys[objectKind(path.slice(0, -1))]?.includes(key) ?? false);
}

function isPlural(kind: string): boolean {
  return kind === 'the survey responses' || kind === 'the emotion scores';
}

function capitalize(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
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
  return {
    title: `Add \`id: ${slug}\``,
    preferred: true,
    edits: [{ range: at, newText: `id: ${slug}\n${indentation}` }],
  };
}
