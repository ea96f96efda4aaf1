// What happens once new messages are stored (from a webhook, a retry or the reconciliation poll): every
// conversation with new buyer text is understood again and, when the message is fresh and unanswered,
// answered or handed to a person (respond.ts). History imported when a shop connects is only classified.
import { and, eq, inArray } from 'drizzle-orm';
import type { AppDeps } from '../deps';
import { buyers, conversations, messages, shops } from '../db/schema';
import type { Db } from '../db/types';
import { writeWithVersion } from '../db/version';
import { describeError } from '../log';
import { notifyHandoff } from './notify';
import { respondToConversation } from './respond';

type Deps = Pick<AppDeps, 'secrets' | 'clock' | 'tiktok' | 'log' | 'ai' | 'push' | 'fetch'>;

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
      // The messages are stored whatever happens here; a person must see them, so the conversation is
      // flagged for one (best effort: if the database is what failed, the inbox still shows it unread).
      deps.log.error('replying failed', { conversationId, ...describeError(error) });
      await flagForPerson(deps, db, conversationId).catch((e) => deps.log.error('flagging failed', { conversationId, ...describeError(e) }));
    }
  }
}

async function flagForPerson(deps: Deps, db: Db, conversationId: string): Promise<void> {
  const [row] = await db
    .select({ orgId: conversations.orgId, shopId: shops.id, shopName: shops.name, buyerName: buyers.displayName, preview: conversations.lastMessagePreview, assigneeId: conversations.assigneeId })
    .from(conversations)
    .innerJoin(shops, eq(shops.id, conversations.shopId))
    .innerJoin(buyers, eq(buyers.id, conversations.buyerId))
    .where(eq(conversations.id, conversationId));
  if (!row) return;
  await writeWithVersion(db, row.orgId, (tx, version) =>
    tx.update(conversations).set({ needsHuman: true, handoffReason: 'processing_failed', status: 'open', version }).where(eq(conversations.id, conversationId)),
  );
  await notifyHandoff(deps, db, { ...row, conversationId, reason: 'processing_failed' });
}

/** Understands a conversation and updates its inbox row, without replying (imported history). */
export async function classifyConversation(deps: Deps, db: Db, conversationId: string): Promise<void> {
  await respondToConversation(deps, db, conversationId, { reply: false });
}
