/**
 * The rule kit's report helpers: where a finding about a whole item sits, the loop over items,
 * and the fixes several rules offer. A rule then says only what differs: which items, which
 * message, which extra data.
 */
import type { PersonaVisit, StageVisit, TouchpointVisit } from '../journeyWalk';
import type { MessageData } from '../messages';
import type { DocumentPath, FixProposal, GapReport } from './rule';

/** One report per visit that `report` answers for: the loop every rule over a list of items writes. */
export function reportEach<Visit, MessageId extends string>(
  visits: readonly Visit[],
  report: (visit: Visit) => GapReport<MessageId> | undefined,
): GapReport<MessageId>[] {
  return visits.flatMap((visit) => report(visit) ?? []);
}

/*
 * A finding about an item as a whole sits on what names it (a stage's or touchpoint's name, a
 * persona's id) and names it in the message, so the same gap reads and lands the same in every rule.
 */

/** On the touchpoint's name, with its name as `{touchpoint}`. */
export function aboutTouchpoint<MessageId extends string>(
  { touchpoint, path }: TouchpointVisit,
  messageId: MessageId,
  data?: MessageData,
): GapReport<MessageId> {
  return { messageId, data: { touchpoint: touchpoint.name, ...data }, path: [...path, 'name'], part: 'value' };
}

/** On the stage's name, with its name as `{stage}`. */
export function aboutStage<MessageId extends string>(
  { stage, path }: StageVisit,
  messageId: MessageId,
  data?: MessageData,
): GapReport<MessageId> {
  return { messageId, data: { stage: stage.name, ...data }, path: [...path, 'name'], part: 'value' };
}

/** On the persona's id, with its id as `{persona}`. */
export function aboutPersona<MessageId extends string>(
  { persona, path }: PersonaVisit,
  messageId: MessageId,
  data?: MessageData,
): GapReport<MessageId> {
  return { messageId, data: { persona: persona.id, ...data }, path: [...path, 'id'], part: 'value' };
}

/** The quick fix of the rules that ask for an owner: `owner: TODO` added to the item's mapping. */
export function addOwnerPlaceholder(path: DocumentPath, item: object): FixProposal<'addOwner'> {
  return { messageId: 'addOwner', preferred: true, edit: (edits) => edits.addToMapping(path, item, ['owner: TODO']) };
}
