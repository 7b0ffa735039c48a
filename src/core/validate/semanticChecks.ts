import type { Finding, Fix, RelatedLocation } from '../findings';
import type { JourneyPath, ParsedJourney } from '../parse/parsedJourney';
import { closestMatch } from '../text/closestMatch';
import { ReferenceCode } from './codes';
import { walkJourney } from '../journeyWalk';
import { asArray as list, isRecord } from '../values';

type Record_ = Record<string, unknown>;

/**
 * Checks that need the whole map: references between items, duplicate ids, survey responses
 * that cannot give a score. Written defensively over the plain value, so they also run (and point
 * at the right place) while the map still has schema errors elsewhere.
 */
export function semanticFindings(value: unknown, parsed: ParsedJourney): Finding[] {
  if (!isRecord(value)) return [];
  const findings: Finding[] = [];
  const range = (path: JourneyPath, part: 'key' | 'value' | 'item' = 'value') => parsed.rangeNear(path, part);

  const walk = walkJourney(value);

  // Duplicate ids, per kind of item (a stage and a touchpoint may share an id).
  const idsOf = (kind: string, entries: readonly { item: Record_; path: JourneyPath }[]): Set<string> => {
    const first = new Map<string, JourneyPath>();
    for (const { item, path } of entries) {
      if (typeof item.id !== 'string') continue;
      const earlier = first.get(item.id);
      if (earlier) {
        const related: RelatedLocation[] = [
          { message: `the first ${kind} with id \`${item.id}\``, range: range([...earlier, 'id']) },
        ];
        findings.push({
          code: ReferenceCode.duplicateId,
          category: 'reference',
          severity: 'error',
          path: [...path, 'id'],
          range: range([...path, 'id']),
          related,
          message: `Another ${kind} already has the id \`${item.id}\`: ids must be unique so that other parts of the map can refer to one ${kind}.`,
        });
      } else {
        first.set(item.id, path);
      }
    }
    return new Set(first.keys());
  };

  const personaIds = idsOf(
    'persona',
    walk.personas.map(({ persona, path }) => ({ item: persona, path })),
  );
  idsOf(
    'stage',
    walk.stages.map(({ stage, path }) => ({ item: stage, path })),
  );
  idsOf(
    'touchpoint',
    walk.touchpoints.map(({ touchpoint, path }) => ({ item: touchpoint, path })),
  );
  const painPointIds = idsOf(
    'pain point',
    walk.painPoints.map(({ painPoint, path }) => ({ item: painPoint, path })),
  );
  idsOf(
    'opportunity',
    walk.opportunities.map(({ opportunity, path }) => ({ item: opportunity, path })),
  );

  const unknownReference = (
    code: string,
    kind: string,
    reference: string,
    known: Set<string>,
    path: JourneyPath,
    where: string,
  ): void => {
    const suggestion = closestMatch(reference, known);
    const target = range(path);
    const fixes: Fix[] = suggestion
      ? [{ title: `Change to \`${suggestion}\``, preferred: true, edits: [{ range: target, newText: suggestion }] }]
      : [];
    const knownList =
      known.size > 0
        ? ` Known ${kind}s: ${[...known]
            .slice(0, 12)
            .map((id) => `\`${id}\``)
            .join(', ')}.`
        : ` This map defines no ${kind}s.`;
    findings.push({
      code,
      category: 'reference',
      severity: 'error',
      path,
      range: target,
      message: `${where} refers to the ${kind} \`${reference}\`, which the map does not define.${suggestion ? ` Did you mean \`${suggestion}\`?` : knownList}`,
      ...(fixes.length ? { fixes } : {}),
    });
  };

  for (const { touchpoint, path } of walk.touchpoints) {
    const concerned = new Set<string>();
    list(touchpoint.personas).forEach((id, index) => {
      if (typeof id !== 'string') return;
      concerned.add(id);
      if (!personaIds.has(id))
        unknownReference(
          ReferenceCode.unknownPersona,
          'persona',
          id,
          personaIds,
          [...path, 'personas', index],
          'This touchpoint',
        );
    });
    if (isRecord(touchpoint.emotion)) {
      for (const personaId of Object.keys(touchpoint.emotion)) {
        const emotionPath = [...path, 'emotion', personaId];
        if (!personaIds.has(personaId)) {
          const suggestion = closestMatch(personaId, personaIds);
          const keyRange = range(emotionPath, 'key');
          findings.push({
            code: ReferenceCode.emotionForUnknownPersona,
            category: 'reference',
            severity: 'error',
            path: emotionPath,
            range: keyRange,
            message: `This emotion score is for \`${personaId}\`, which is not a persona of this map.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
            ...(suggestion
              ? {
                  fixes: [
                    {
                      title: `Change to \`${suggestion}\``,
                      preferred: true,
                      edits: [{ range: keyRange, newText: suggestion }],
                    },
                  ],
                }
              : {}),
          });
        } else if (concerned.size > 0 && !concerned.has(personaId)) {
          findings.push({
            code: ReferenceCode.emotionForPersonaNotAtTouchpoint,
            category: 'reference',
            severity: 'warning',
            path: emotionPath,
            range: range(emotionPath, 'key'),
            message: `This touchpoint gives an emotion for \`${personaId}\`, but its \`personas\` list does not include \`${personaId}\`: add the persona to the list or remove the score.`,
          });
        }
      }
    }
    if (isRecord(touchpoint.feeling)) {
      for (const personaId of Object.keys(touchpoint.feeling)) {
        if (!personaIds.has(personaId))
          unknownReference(
            ReferenceCode.unknownPersona,
            'persona',
            personaId,
            personaIds,
            [...path, 'feeling', personaId],
            'This feeling',
          );
      }
    }
  }
  for (const { opportunity, path } of walk.opportunities) {
    list(opportunity.addresses).forEach((id, index) => {
      if (typeof id === 'string' && !painPointIds.has(id)) {
        unknownReference(
          ReferenceCode.unknownPainPoint,
          'pain point',
          id,
          painPointIds,
          [...path, 'addresses', index],
          'This opportunity',
        );
      }
    });
  }

  // Metrics, wherever they sit (stage or touchpoint).
  for (const { metric, path } of walk.metrics) {
    findings.push(...metricFindings(metric, path, range));
    if (typeof metric.persona === 'string' && !personaIds.has(metric.persona))
      unknownReference(
        ReferenceCode.unknownPersona,
        'persona',
        metric.persona,
        personaIds,
        [...path, 'persona'],
        'This metric',
      );
  }

  // Quotes name the persona who said them.
  const quoteHolders = [
    ...walk.stages.map(({ stage, path }) => ({ holder: stage, path })),
    ...walk.touchpoints.map(({ touchpoint, path }) => ({ holder: touchpoint, path })),
  ];
  for (const { holder, path } of quoteHolders) {
    list(holder.quotes).forEach((quote, index) => {
      if (isRecord(quote) && typeof quote.persona === 'string' && !personaIds.has(quote.persona))
        unknownReference(
          ReferenceCode.unknownPersona,
          'persona',
          quote.persona,
          personaIds,
          [...path, 'quotes', index, 'persona'],
          'This quote',
        );
    });
  }
  return findings;
}

/** The answers each survey metric accepts (CSAT depends on its scale). */
function answerScale(metric: Record_): [number, number] | undefined {
  if (metric.type === 'ces') return [1, 7];
  if (metric.type === 'csat') return metric.scale === 10 ? [1, 10] : [1, 5];
  return undefined;
}

function metricFindings(
  metric: Record_,
  path: JourneyPath,
  range: (path: JourneyPath, part?: 'key' | 'value' | 'item') => ReturnType<ParsedJourney['rangeAt']>,
): Finding[] {
  const findings: Finding[] = [];
  const type = typeof metric.type === 'string' ? metric.type.toUpperCase() : 'metric';
  if (metric.scale !== undefined && metric.type !== 'csat') {
    findings.push({
      code: ReferenceCode.scaleOnlyForCsat,
      category: 'schema',
      severity: 'warning',
      path: [...path, 'scale'],
      range: range([...path, 'scale'], 'key'),
      message: `\`scale\` only applies to CSAT; this ${type} ignores it.`,
    });
  }
  if (metric.type !== 'custom') {
    for (const key of ['unit', 'direction'] as const) {
      if (metric[key] === undefined) continue;
      findings.push({
        code: ReferenceCode.unitOrDirectionOnlyForCustom,
        category: 'schema',
        severity: 'warning',
        path: [...path, key],
        range: range([...path, key], 'key'),
        message: `\`${key}\` only applies to a \`custom\` metric; a${/^[AEIOU]/.test(type) ? 'n' : ''} ${type} has its own ${key === 'unit' ? 'unit' : 'direction (which way is good)'}, so this one is ignored. Remove it, or make the metric \`type: custom\`.`,
      });
    }
  }
  if (!isRecord(metric.responses)) return findings;
  const responsesPath = [...path, 'responses'];
  const counts = Object.values(metric.responses).filter((count): count is number => typeof count === 'number');
  if (counts.length > 0 && counts.every((count) => count === 0)) {
    findings.push({
      code: ReferenceCode.noRespondents,
      category: 'schema',
      severity: 'warning',
      path: responsesPath,
      range: range(responsesPath, 'key'),
      message: `Every response count is 0, so no ${type} score can be computed: enter the survey counts, or remove \`responses\` until there are some.`,
    });
  }
  if (metric.value !== undefined) {
    findings.push({
      code: ReferenceCode.valueAndResponses,
      category: 'schema',
      severity: 'warning',
      path: [...path, 'value'],
      range: range([...path, 'value'], 'key'),
      message: `This ${type} has both a \`value\` and \`responses\`: the score is computed from the responses, so the value may disagree with it. Keep one.`,
    });
  }
  const scale = answerScale(metric);
  if (scale) {
    for (const answer of Object.keys(metric.responses)) {
      const number = Number(answer);
      if (/^\d+$/.test(answer) && (number < scale[0] || number > scale[1])) {
        const answerPath = [...responsesPath, answer];
        findings.push({
          code: ReferenceCode.answerOutsideScale,
          category: 'schema',
          severity: 'error',
          path: answerPath,
          range: range(answerPath, 'key'),
          message: `${type} answers run from ${scale[0]} to ${scale[1]}${metric.type === 'csat' ? ` on the ${scale[1]}-point scale` : ''}; \`${answer}\` is outside it.`,
        });
      }
    }
  }
  return findings;
}
