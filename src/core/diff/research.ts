import type { BlueprintItem, Evidence, Quote, Touchpoint } from '../generated/journey';
import { isObserved } from '../evidence';
import type { JourneyIndex } from './journeyIndex';
import type { ResearchChange } from './types';

/**
 * What a reviewer asks of the research behind a map — whose voice, how we know, who works
 * behind the scenes — as plain facts the summary turns into sentences: a quote added,
 * evidence strengthened from assumption to 12 interviews, a backstage owner changed.
 * Items are matched by id (stages, touchpoints, pain points); quotes by their text;
 * blueprint lines by their description within their lane.
 */
export function diffResearch(before: JourneyIndex, after: JourneyIndex): ResearchChange[] {
  const changes: ResearchChange[] = [];
  for (const [id, { stage }] of after.stages) {
    const old = before.stages.get(id)?.stage;
    if (old) changes.push(...quoteChanges({ item: 'stage', name: stage.name }, old.quotes, stage.quotes));
  }
  for (const [id, now] of after.touchpoints) {
    const old = before.touchpoints.get(id)?.touchpoint;
    if (!old) continue;
    const where: Where = { item: 'touchpoint', name: now.touchpoint.name };
    changes.push(...feelingChanges(where, old, now.touchpoint));
    changes.push(...quoteChanges(where, old.quotes, now.touchpoint.quotes));
    changes.push(...evidenceChanges(where, old.evidence, now.touchpoint.evidence));
    changes.push(...backstageChanges(where, old, now.touchpoint));
  }
  for (const [id, now] of after.painPoints) {
    const old = before.painPoints.get(id)?.item;
    if (old) changes.push(...evidenceChanges({ item: 'pain point', name: id }, old.evidence, now.item.evidence));
  }
  return changes;
}

type Where = Pick<ResearchChange, 'item' | 'name'>;

function quoteChanges(where: Where, before: readonly Quote[] | undefined, after: readonly Quote[] | undefined) {
  const old = new Set((before ?? []).map((quote) => quote.text));
  const now = new Set((after ?? []).map((quote) => quote.text));
  return [
    ...[...now]
      .filter((text) => !old.has(text))
      .map((text): ResearchChange => ({ kind: 'quote-added', ...where, text })),
    ...[...old]
      .filter((text) => !now.has(text))
      .map((text): ResearchChange => ({ kind: 'quote-removed', ...where, text })),
  ];
}

function feelingChanges(where: Where, before: Touchpoint, after: Touchpoint): ResearchChange[] {
  const from = showFeeling(before.feeling);
  const to = showFeeling(after.feeling);
  if (from === to) return [];
  return [{ kind: 'feeling-changed', ...where, ...(from ? { from } : {}), ...(to ? { to } : {}) }];
}

function showFeeling(feeling: Touchpoint['feeling']): string | undefined {
  if (feeling === undefined) return undefined;
  if (typeof feeling === 'string') return feeling;
  const entries = Object.entries(feeling).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return entries.length === 0 ? undefined : entries.map(([persona, word]) => `${persona}: ${word}`).join(', ');
}

function evidenceChanges(
  where: Where,
  before: readonly Evidence[] | undefined,
  after: readonly Evidence[] | undefined,
): ResearchChange[] {
  const summary = (evidence: readonly Evidence[] | undefined) =>
    (evidence ?? []).map((item) => ({ kind: item.kind, ...(item.count === undefined ? {} : { count: item.count }) }));
  const fromEvidence = summary(before);
  const toEvidence = summary(after);
  if (JSON.stringify(fromEvidence) === JSON.stringify(toEvidence)) return [];
  const kind =
    !isObserved(before) && isObserved(after)
      ? 'evidence-strengthened'
      : isObserved(before) && !isObserved(after)
        ? 'evidence-weakened'
        : 'evidence-changed';
  return [{ kind, ...where, fromEvidence, toEvidence }];
}

const LANES = ['frontstage', 'actions', 'support'] as const;

function backstageChanges(where: Where, before: Touchpoint, after: Touchpoint): ResearchChange[] {
  const changes: ResearchChange[] = [];
  for (const lane of LANES) {
    const byDescription = (items: readonly BlueprintItem[] | undefined) =>
      new Map((items ?? []).map((item): [string, BlueprintItem] => [item.description, item]));
    const old = byDescription(before.backstage?.[lane]);
    const now = byDescription(after.backstage?.[lane]);
    for (const [text, item] of now) {
      const previous = old.get(text);
      if (!previous) changes.push({ kind: 'backstage-added', ...where, lane, text });
      else if (previous.owner !== item.owner)
        changes.push({
          kind: 'backstage-owner-changed',
          ...where,
          lane,
          text,
          ...(previous.owner ? { from: previous.owner } : {}),
          ...(item.owner ? { to: item.owner } : {}),
        });
    }
    for (const text of old.keys())
      if (!now.has(text)) changes.push({ kind: 'backstage-removed', ...where, lane, text });
  }
  return changes;
}
