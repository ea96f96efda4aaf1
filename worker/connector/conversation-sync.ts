// Bringing one TikTok conversation up to date: fetch its messages newest first until a page reaches one
// we already hold, then store the new ones oldest first in one versioned transaction. Idempotent: the
// unique (conversation, TikTok message id) index makes repeats and races harmless, so webhooks arriving
// twice, out of order or not at all (the reconciliation poll calls this too) all end in the same state.
import { and, eq, inArray } from 'drizzle-orm';
import { ok, type Result } from '../../shared/result';
import type { AppDeps } from '../deps';
import { addMessages, upsertBuyer, upsertConversation } from '../db/queries/ingest';
import { conversations, messages, type shops } from '../db/schema';
import type { Db } from '../db/types';
import { writeWithVersion } from '../db/version';
import type { TikTokError } from '../tiktok/errors';
import { withTokenRefresh } from '../tiktok/token-refresh';
import type { Message } from '../tiktok/wire-customer-service';
import { byIndex, toMessageInput } from './messages';
import { shopSession } from './shop-session';

type Deps = Pick<AppDeps, 'secrets' | 'clock' | 'tiktok' | 'log'>;
type ShopRow = typeof shops.$inferSelect;

/** At most this many pages (10 messages each) are read back for one conversation per sync. */
const MAX_PAGES = 30;

export interface SyncedConversation {
  conversationId: string | null;
  newMessageIds: string[];
}

async function knownIds(db: Db, shopId: string, tiktokConversationId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: messages.tiktokMessageId })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(and(eq(conversations.shopId, shopId), eq(conversations.tiktokConversationId, tiktokConversationId), inArray(messages.tiktokMessageId, ids)));
  return new Set(rows.map((r) => r.id!));
}

export async function syncConversation(
  deps: Deps,
  db: Db,
  shop: ShopRow,
  tiktokConversationId: string,
  buyerHint?: { imUserId?: string; userId?: string; nickname?: string },
): Promise<Result<SyncedConversation, TikTokError>> {
  const session = shopSession(deps, db, shop);
  const fresh: Message[] = [];
  let pageToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await withTokenRefresh(session, (auth) =>
      deps.tiktok.getConversationMessages(auth, tiktokConversationId, { pageSize: 10, pageToken, sortOrder: 'DESC', sortField: 'index' }),
    );
    if (!result.ok) return result;
    const batch = result.val.messages;
    const known = await knownIds(db, shop.id, tiktokConversationId, batch.map((m) => m.id));
    fresh.push(...batch.filter((m) => !known.has(m.id)));
    pageToken = result.val.next_page_token || undefined;
    if (known.size > 0 || !pageToken) break;
  }
  const inputs = fresh.sort(byIndex).map((message) => ({ input: toMessageInput(message), message }));
  if (inputs.length === 0) return ok({ conversationId: null, newMessageIds: [] });

  const buyerMessage = inputs.find((x) => x.message.sender?.role === 'BUYER')?.message;
  const imUserId = buyerHint?.imUserId ?? buyerMessage?.sender?.im_user_id ?? `conversation:${tiktokConversationId}`;
  const nickname = buyerHint?.nickname ?? buyerMessage?.sender?.nickname ?? '';
  const first = inputs[0]!.input.createdAt;

  return ok(
    await writeWithVersion(db, shop.orgId, async (tx, version) => {
      const buyerId = await upsertBuyer(tx, { orgId: shop.orgId, shopId: shop.id, imUserId, tiktokUserId: buyerHint?.userId ?? null, displayName: nickname });
      const conversation = await upsertConversation(tx, { orgId: shop.orgId, shopId: shop.id, buyerId, tiktokConversationId, createdAt: first }, version);
      const newMessageIds = await addMessages(tx, { id: conversation.id, orgId: shop.orgId, shopId: shop.id }, inputs.map((x) => x.input), version);
      return { conversationId: conversation.id, newMessageIds };
    }),
  );
}
