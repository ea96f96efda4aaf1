// What happens once new messages are stored (from a webhook, a retry or the reconciliation poll): every
// conversation with new buyer text is understood again and, when the message is fresh and unanswered,
// answered or handed to a person (respond.ts). History imported when a shop connects is only classified.
import { and, eq, inArray } from 'drizzle-orm';
import type { AppDeps } from '../deps';
import { messages } from '../db/schema';
import type { Db } from '../db/types';
import { describeError } from '../log';
import { respondToConversation } from './respond';

type Deps = Pick<AppDeps, 'secrets' | 'clock' | 'tiktok' | 'log' | 'ai'>;

export async function afterMessagesStored(deps: Deps, db: Db, stored: { conversationId: string; messageIds: string[] }[]): Promise<void> {
  for (const { conversationId, messageIds } of stored) {
    const fromBuyer = await db
      .select({ id: messages.id })
      .from(messages)
      .where(and(inArray(messages.id, messageIds), eq(messages.sender, 'buyer'), eq(messages.visible, true)));
    if (fromBuyer.length === 0) continue;
    try {
      const outcome = await respondToConversation(deps, db, conversationId, { reply: true, triggeredBy: fromBuyer.map((m) => m.id) });
      deps.log.info('conversation handled', { conversationId, outcome: outcome.kind, ...('reason' in outcome ? { reason: outcome.reason } : {}) });
    } catch (error) {
      // The messages are stored whatever happens here; a person still sees them in the inbox.
      deps.log.error('replying failed', { conversationId, ...describeError(error) });
    }
  }
}

/** Understands a conversation and updates its inbox row, without replying (imported history). */
export async function classifyConversation(deps: Deps, db: Db, conversationId: string): Promise<void> {
  await respondToConversation(deps, db, conversationId, { reply: false });
}
