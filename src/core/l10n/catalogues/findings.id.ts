/**
 * Indonesian finding messages, keyed `code.messageId` (the message ids each gap rule declares
 * in its `messages`). test/unit/l10n checks that every declared message has its entry here,
 * with the same `{placeholders}`.
 */
import type { Message } from '../format';

export const findingMessagesId: Readonly<Record<string, Message>> = {};
