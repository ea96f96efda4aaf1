// The reconciliation poll: webhooks are hints and can be lost (TikTok drops a push after its last retry),
// so every shop is polled now and then: list its recent conversations and bring up to date every one whose
// latest message we do not hold. Cheap when nothing was missed: one list call per shop.
import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { ok, type Result } from '../../shared/result';
import type { AppDeps } from '../deps';
import { conversations, messages, shops } from '../db/schema';
import type { Db } from '../db/types';
import type { TikTokError } from '../tiktok/errors';
import { withTokenRefresh } from '../tiktok/token-refresh';
import { syncConversation } from './conversation-sync';
import { shopSession } from './shop-session';

type Deps = Pick<AppDeps, 'secrets' | 'clock' | 'tiktok' | 'log'>;
type ShopRow = typeof shops.$inferSelect;

export async function reconcileShop(deps: Deps, db: Db, shop: ShopRow, options: { pages?: number } = {}): Promise<Result<{ synced: number; stored: { conversationId: string; messageIds: string[] }[] }, TikTokError>> {
  const session = shopSession(deps, db, shop);
  let pageToken: string | undefined;
  let synced = 0;
  const stored: { conversationId: string; messageIds: string[] }[] = [];
  for (let page = 0; page < (options.pages ?? 3); page++) {
    const list = await withTokenRefresh(session, (auth) => deps.tiktok.getConversations(auth, { pageSize: 20, pageToken }));
    if (!list.ok) return list;
    const latestIds = list.val.conversations.flatMap((c) => (c.latest_message ? [c.latest_message.id] : []));
    const held = latestIds.length
      ? await db
          .select({ id: messages.tiktokMessageId })
          .from(messages)
          .innerJoin(conversations, eq(conversations.id, messages.conversationId))
          .where(and(eq(conversations.shopId, shop.id), inArray(messages.tiktokMessageId, latestIds)))
      : [];
    const heldIds = new Set(held.map((h) => h.id));
    for (const conversation of list.val.conversations) {
      const latest = conversation.latest_message;
      if (!latest || heldIds.has(latest.id)) continue;
      const buyer = conversation.participants.find((p) => p.role === 'BUYER');
      const result = await syncConversation(deps, db, shop, conversation.id, { imUserId: buyer?.im_user_id, userId: buyer?.user_id, nickname: buyer?.nickname });
      if (!result.ok) return result;
      synced++;
      if (result.val.conversationId && result.val.newMessageIds.length) stored.push({ conversationId: result.val.conversationId, messageIds: result.val.newMessageIds });
    }
    pageToken = list.val.next_page_token || undefined;
    if (!pageToken) break;
  }
  await db.update(shops).set({ polledAt: deps.clock.now() }).where(eq(shops.id, shop.id));
  return ok({ synced, stored });
}

/** Shops whose last poll is older than `olderThan`, oldest first. */
export async function shopsDueForPoll(db: Db, olderThan: Date, limit: number): Promise<ShopRow[]> {
  return db
    .select()
    .from(shops)
    .where(and(eq(shops.status, 'active'), or(isNull(shops.polledAt), lt(shops.polledAt, olderThan))))
    .orderBy(sql`${shops.polledAt} asc nulls first`)
    .limit(limit);
}
