import { codeFinding, codeFix, codeRelated, term } from '../codeFinding';
import type { Finding, Fix } from '../findings';
import type { JourneyPath, ParsedJourney } from '../parse/parsedJourney';
import { closestMatch } from '../text/closestMatch';
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
  const idsOf = <Kind extends 'persona' | 'stage' | 'touchpoint' | 'painPoint' | 'opportunity'>(
    kindKey: Kind,
    visits: readonly ({ readonly [K in Kind]: Record_ } & { readonly path: JourneyPath })[],
  ): Set<string> => {
    const kind = term(`term.kind.${kindKey}`);
    const first = new Map<string, JourneyPath>();
    for (const { [kindKey]: item, path } of visits) {
      if (typeof item.id !== 'string') continue;
      const earlier = first.get(item.id);
      if (earlier) {
        findings.push(
          codeFinding(
            'JM112.duplicate',
            { kind, id: item.id },
            {
              path: [...path, 'id'],
              range: range([...path, 'id']),
              related: [codeRelated('JM112.first', { kind, id: item.id }, range([...earlier, 'id']))],
            },
          ),
        );
      } else {
        first.set(item.id, path);
      }
    }
    return new Set(first.keys());
  };

  const personaIds = idsOf('persona', walk.personas);
  idsOf('stage', walk.stages);
  idsOf('touchpoint', walk.touchpoints);
  const painPointIds = idsOf('painPoint', walk.painPoints);
  idsOf('opportunity', walk.opportunities);

  const unknownReference = (
    code: 'JM110' | 'JM111',
    reference: string,
    known: Set<string>,
    path: JourneyPath,
    where: 'touchpoint' | 'feeling' | 'opportunity' | 'metric' | 'quote',
  ): void => {
    const suggestion = closestMatch(reference, known);
    const target = range(path);
    const fixes: Fix[] = suggestion
      ? [codeFix(`${code}.change`, { suggestion }, [{ range: target, newText: suggestion }])]
      : [];
    const ids = [...known]
      .slice(0, 12)
      .map((id) => `\`${id}\``)
      .join(', ');
    const tail = suggestion
      ? term(`${code}.didYouMean`, { suggestion })
      : known.size > 0
        ? term(`${code}.known`, { ids })
        : term(`${code}.noneDefined`);
    findings.push(
      codeFinding(
        `${code}.unknown`,
        { where: term(`term.where.${where}`), reference, tail },
        { path, range: target, ...(fixes.length ? { fixes } : {}) },
      ),
    );
  };

  for (const { touchpoint, path } of walk.touchpoints) {
    const concerned = new Set<string>();
    list(touchpoint.personas).forEach((id, index) => {
      if (typeof id !== 'string') return;
      concerned.add(id);
      if (!personaIds.has(id)) unknownReference('JM110', id, personaIds, [...path, 'personas', index], 'touchpoint');
    });
    if (isRecord(touchpoint.emotion)) {
      for (const personaId of Object.keys(touchpoint.emotion)) {
        const emotionPath = [...path, 'emotion', personaId];
        if (!personaIds.has(personaId)) {
          const suggestion = closestMatch(personaId, personaIds);
          const keyRange = range(emotionPath, 'key');
          findings.push(
            codeFinding(
              'JM113.unknown',
              { persona: personaId, tail: suggestion ? term('JM113.didYouMean', { suggestion }) : '' },
              {
                path: emotionPath,
                range: keyRange,
                ...(suggestion
                  ? { fixes: [codeFix('JM113.change', { suggestion }, [{ range: keyRange, newText: suggestion }])] }
                  : {}),
              },
            ),
          );
        } else if (concerned.size > 0 && !concerned.has(personaId)) {
          findings.push(
            codeFinding(
              'JM114.notListed',
              { persona: personaId },
              { path: emotionPath, range: range(emotionPath, 'key') },
            ),
          );
        }
      }
    }
    if (isRecord(touchpoint.feeling)) {
      for (const personaId of Object.keys(touchpoint.feeling)) {
        if (!personaIds.has(personaId))
          unknownReference('JM110', personaId, personaIds, [...path, 'feeling', personaId], 'feeling');
      }
    }
  }
  for (const { opportunity, path } of walk.opportunities) {
    list(opportunity.addresses).forEach((id, index) => {
      if (typeof id === 'string' && !painPointIds.has(id))
        unknownReference('JM111', id, painPointIds, [...path, 'addresses', index], 'opportunity');
    });
  }

  // Metrics, wherever they sit (stage or touchpoint).
  for (const { metric, path } of walk.metrics) {
    findings.push(...metricFindings(metric, path, range));
    if (typeof metric.persona === 'string' && !personaIds.has(metric.persona))
      unknownReference('JM110', metric.persona, personaIds, [...path, 'persona'], 'metric');
  }

  // Quotes name the persona who said them.
  const quoteHolders = [
    ...walk.stages.map(({ stage, path }) => ({ holder: stage, path })),
    ...walk.touchpoints.map(({ touchpoint, path }) => ({ holder: touchpoint, path })),
  ];
  for (const { holder, path } of quoteHolders) {
    list(holder.quotes).forEach((quote, index) => {
      if (isRecord(quote) && typeof quote.persona === 'string' && !personaIds.has(quote.persona))
        unknownReference('JM110', quote.persona, personaIds, [...path, 'quotes', index, 'persona'], 'quote');
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
  const typeName = typeof metric.type === 'string' ? metric.type.toUpperCase() : undefined;
  const type = typeName ?? term('term.metric');
  if (metric.scale !== undefined && metric.type !== 'csat') {
    findings.push(
      codeFinding('JM118.scale', { type }, { path: [...path, 'scale'], range: range([...path, 'scale'], 'key') }),
    );
  }
  if (metric.type !== 'custom') {
    for (const key of ['unit', 'direction'] as const) {
      if (metric[key] === undefined) continue;
      const an = /^[AEIOU]/.test(typeName ?? 'metric');
      findings.push(
        codeFinding(
          `JM120.${key}${an ? 'An' : 'A'}`,
          { type },
          { path: [...path, key], range: range([...path, key], 'key') },
        ),
      );
    }
  }
  if (!isRecord(metric.responses)) return findings;
  const responsesPath = [...path, 'responses'];
  const counts = Object.values(metric.responses).filter((count): count is number => typeof count === 'number');
  if (counts.length > 0 && counts.every((count) => count === 0)) {
    findings.push(codeFinding('JM115.allZero', { type }, { path: responsesPath, range: range(responsesPath, 'key') }));
  }
  if (metric.value !== undefined) {
    findings.push(
      codeFinding('JM117.both', { type }, { path: [...path, 'value'], range: range([...path, 'value'], 'key') }),
    );
  }
  const scale = answerScale(metric);
  if (scale) {
    for (const answer of Object.keys(metric.responses)) {
      const number = Number(answer);
      if (/^\d+$/.test(answer) && (number < scale[0] || number > scale[1])) {
        const answerPath = [...responsesPath, answer];
        findings.push(
          codeFinding(
            metric.type === 'csat' ? 'JM116.outsideCsat' : 'JM116.outside',
            { type, min: scale[0], max: scale[1], answer },
            { path: answerPath, range: range(answerPath, 'key') },
          ),
        );
      }
    }
  }
  return findings;
}
