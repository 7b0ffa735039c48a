/**
 * The rule kit's report helpers: where a finding about a whole item sits, the loop over items,
 * and the fixes several rules offer. A rule then says only what differs: which items, which
 * message, which extra data.
 */
import type { MessageData } from '../messages';
import type { DocumentPath, FixProposal, GapReport } from './rule';

/** One report per visit that `report` answers for: the loop every rule over a list of items writes. */
export function reportEach<Visit, MessageId extends string>(
  visits: readonly Visit[],
  report: (visit: Visit) => GapReport<MessageId> | undefined,
): GapReport<MessageId>[] {
  return visits.flatMap((visit) => report(visit) ?? []);
}

/**
 * A finding about an item as a whole sits on what names it (a stage's or touchpoint's name, a
 * persona's id) and names it in the message as `{stage}`, `{touchpoint}` or `{persona}`, so the
 * same gap reads and lands the same in every rule. `data` adds the message's other parameters.
 */
function about<Kind extends 'stage' | 'touchpoint' | 'persona', Key extends 'name' | 'id'>(kind: Kind, key: Key) {
  return <MessageId extends string>(
    visit: { readonly [K in Kind]: { readonly [P in Key]: string } } & { readonly path: DocumentPath },
    messageId: MessageId,
    data?: MessageData,
  ): GapReport<MessageId> => ({
    messageId,
    data: { [kind]: visit[kind][key], ...data },
    path: [...visit.path, key],
    part: 'value',
  });
}

export const aboutStage = about('stage', 'name');
export const aboutTouchpoint = about('touchpoint', 'name');
export const aboutPersona = about('persona', 'id');

/** The quick fix of the rules that ask for an owner: `owner: TODO` added to the item's mapping. */
export function addOwnerPlaceholder(path: DocumentPath, item: object): FixProposal<'addOwner'> {
  return { messageId: 'addOwner', preferred: true, edit: (edits) => edits.addToMapping(path, item, ['owner: TODO']) };
}
