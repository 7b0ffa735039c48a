import type { BlueprintItem, Evidence, Quote, Touchpoint } from '../generated/journey';
import { describeEvidenceList, isObserved } from '../evidence';
import type { JourneyIndex } from './journeyIndex';
import type { ResearchChange } from './types';

/**
 * What a reviewer asks of the research behind a map — whose voice, how we know, who works
 * behind the scenes — in plain sentences: "Quote added at …", "Evidence for … strengthened
 * from assumption to 12 interviews", "Backstage owner of … changed: logistics → 3PL partner".
 * Items are matched by id (stages, touchpoints, pain points); quotes by their text; blueprint
 * lines by their description within their lane.
 */
export function diffResearch(before: JourneyIndex, after: JourneyIndex): ResearchChange[] {
  const changes: ResearchChange[] = [];
  for (const [id, { stage }] of after.stages) {
    const old = before.stages.get(id)?.stage;
    if (!old) continue;
    const where = `stage “${stage.name}”`;
    changes.push(...quoteChanges(where, old.quotes, stage.quotes));
  }
  for (const [id, now] of after.touchpoints) {
    const old = before.touchpoints.get(id)?.touchpoint;
    if (!old) continue;
    const where = `touchpoint “${now.touchpoint.name}”`;
    changes.push(...feelingChanges(where, old, now.touchpoint));
    changes.push(...quoteChanges(where, old.quotes, now.touchpoint.quotes));
    changes.push(...evidenceChanges(where, old.evidence, now.touchpoint.evidence));
    changes.push(...backstageChanges(where, old, now.touchpoint));
  }
  for (const [id, now] of after.painPoints) {
    const old = before.painPoints.get(id)?.item;
    if (old) changes.push(...evidenceChanges(`pain point \`${id}\``, old.evidence, now.item.evidence));
  }
  return changes;
}

function quoteChanges(
  where: string,
  before: readonly Quote[] | undefined,
  after: readonly Quote[] | undefined,
): ResearchChange[] {
  const old = new Set((before ?? []).map((quote) => quote.text));
  const now = new Set((after ?? []).map((quote) => quote.text));
  return [
    ...[...now]
      .filter((text) => !old.has(text))
      .map((text): ResearchChange => ({ kind: 'quote-added', where, summary: `Quote added at ${where}: “${text}”` })),
    ...[...old]
      .filter((text) => !now.has(text))
      .map((text): ResearchChange => ({
        kind: 'quote-removed',
        where,
        summary: `Quote removed at ${where}: “${text}”`,
      })),
  ];
}

function feelingChanges(where: string, before: Touchpoint, after: Touchpoint): ResearchChange[] {
  const from = showFeeling(before.feeling);
  const to = showFeeling(after.feeling);
  if (from === to) return [];
  return [{ kind: 'feeling-changed', where, summary: `Feeling at ${where}: ${from ?? '(none)'} → ${to ?? '(none)'}` }];
}

function showFeeling(feeling: Touchpoint['feeling']): string | undefined {
  if (feeling === undefined) return undefined;
  if (typeof feeling === 'string') return feeling;
  const entries = Object.entries(feeling).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return entries.length === 0 ? undefined : entries.map(([persona, word]) => `${persona}: ${word}`).join(', ');
}

function evidenceChanges(
  where: string,
  before: readonly Evidence[] | undefined,
  after: readonly Evidence[] | undefined,
): ResearchChange[] {
  const from = describeEvidenceList(before);
  const to = describeEvidenceList(after);
  if (from === to) return [];
  const wasObserved = isObserved(before);
  const nowObserved = isObserved(after);
  if (!wasObserved && nowObserved)
    return [
      { kind: 'evidence-strengthened', where, summary: `Evidence for ${where} strengthened from ${from} to ${to}` },
    ];
  if (wasObserved && !nowObserved)
    return [{ kind: 'evidence-weakened', where, summary: `Evidence for ${where} weakened from ${from} to ${to}` }];
  return [{ kind: 'evidence-changed', where, summary: `Evidence for ${where} changed from ${from} to ${to}` }];
}

const LANES = [
  ['frontstage', 'Frontstage action'],
  ['actions', 'Backstage action'],
  ['support', 'Support process'],
] as const;

function backstageChanges(where: string, before: Touchpoint, after: Touchpoint): ResearchChange[] {
  const changes: ResearchChange[] = [];
  for (const [lane, name] of LANES) {
    const old = new Map(
      (before.backstage?.[lane] ?? []).map((item): [string, BlueprintItem] => [item.description, item]),
    );
    const now = new Map(
      (after.backstage?.[lane] ?? []).map((item): [string, BlueprintItem] => [item.description, item]),
    );
    for (const [description, item] of now) {
      const previous = old.get(description);
      if (!previous) {
        changes.push({
          kind: 'backstage-added',
          where,
          summary: `${name} added at ${where}: “${description}”${item.owner ? ` (${item.owner})` : ''}`,
        });
      } else if (previous.owner !== item.owner) {
        changes.push({
          kind: 'backstage-owner-changed',
          where,
          summary: `Backstage owner of “${description}” at ${where} changed: ${previous.owner ?? '(none)'} → ${item.owner ?? '(none)'}`,
        });
      }
    }
    for (const description of old.keys())
      if (!now.has(description))
        changes.push({ kind: 'backstage-removed', where, summary: `${name} removed at ${where}: “${description}”` });
  }
  return changes;
}
