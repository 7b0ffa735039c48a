import type { JourneyIndex } from './journeyIndex';
import type { FieldChange } from './types';

/**
 * Fields reported one by one when they change on an item present in both versions.
 * Names, emotions, owners, statuses, moments of truth and positions have their own
 * sections; these are the rest a reviewer still wants to see.
 */
const STAGE_FIELDS = ['kind', 'description', 'customerGoal', 'businessGoal', 'owner', 'thoughts', 'notes'] as const;
const TOUCHPOINT_FIELDS = [
  'channel',
  'channels',
  'action',
  'digital',
  'automated',
  'personas',
  'thoughts',
  'notes',
] as const;
const PAIN_POINT_FIELDS = ['description', 'severity', 'notes'] as const;
const OPPORTUNITY_FIELDS = ['description', 'addresses', 'notes'] as const;
const PERSONA_FIELDS = ['description', 'goals', 'needs', 'channels', 'notes'] as const;

export function diffFields(before: JourneyIndex, after: JourneyIndex): FieldChange[] {
  const changes: FieldChange[] = [];
  const compare = (
    kind: FieldChange['kind'],
    name: string,
    fields: readonly string[],
    old: object,
    current: object,
  ) => {
    for (const field of fields) {
      const from = show((old as Record<string, unknown>)[field]);
      const to = show((current as Record<string, unknown>)[field]);
      if (from !== to)
        changes.push({
          kind,
          name,
          field,
          ...(from === undefined ? {} : { from }),
          ...(to === undefined ? {} : { to }),
        });
    }
  };
  for (const persona of after.journey.personas ?? []) {
    const old = before.journey.personas?.find((candidate) => candidate.id === persona.id);
    if (old) compare('persona', persona.name, PERSONA_FIELDS, old, persona);
  }
  for (const [id, { stage }] of after.stages) {
    const old = before.stages.get(id);
    if (old) compare('stage', stage.name, STAGE_FIELDS, old.stage, stage);
  }
  for (const [id, { touchpoint }] of after.touchpoints) {
    const old = before.touchpoints.get(id);
    if (old) compare('touchpoint', touchpoint.name, TOUCHPOINT_FIELDS, old.touchpoint, touchpoint);
  }
  for (const [id, { item }] of after.painPoints) {
    const old = before.painPoints.get(id);
    if (old) compare('pain point', item.id, PAIN_POINT_FIELDS, old.item, item);
  }
  for (const [key, { item }] of after.opportunities) {
    const old = before.opportunities.get(key);
    // Without an id an opportunity is matched by its description, which therefore cannot differ.
    if (old)
      compare(
        'opportunity',
        item.description,
        item.id === undefined ? ['addresses'] : OPPORTUNITY_FIELDS,
        old.item,
        item,
      );
  }
  return changes;
}

/** A field value as one line of text; undefined when absent (an empty list counts as absent). */
function show(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(String).join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}
