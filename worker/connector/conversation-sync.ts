// Bringing one TikTok conversation up to date: fetch its messages newest first until a page reaches one
// we already hold, then store the new ones oldest first in one versioned transaction. Idempotent: the
// unique (conversation, TikTok message id) index makes repeats and races harmless, so webhooks arriving
// twice, out of order or not at all (the reconciliation poll calls this too) all end in the same state.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { ok, type Result } from '../../shared/result';
import type { AppDeps } from '../deps';
import { addMessages, upsertBuyer, upsertConversation } from '../db/queries/ingest';
import { buyers, conversations, messages, type shops } from '../db/schema';
import type { Db, Queryable } from '../db/types';
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

async function adoptOwnMessage(tx: Queryable, conversationId: string, text: string, tiktokMessageId: string, version: number): Promise<boolean> {
  // Compared here, not in SQL: the text is sealed at rest (docs/decisions/007). Few replies await their echo.
  const waiting = await tx
    .select({ id: messages.id, text: messages.text })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), isNull(messages.tiktokMessageId), inArray(messages.sender, ['ai', 'agent'])))
    .orderBy(asc(messages.createdAt));
  const own = waiting.find((m) => m.text === text);
  if (!own) return false;
  await tx.update(messages).set({ tiktokMessageId, delivery: 'sent', version }).where(eq(messages.id, own.id));
  return true;
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
  // Orders are found by the buyer's user id, which only the conversation list carries (§7.11): look it
  // up once, when this buyer is new to us (best effort: without it, replies ask for the order number).
  let userId = buyerHint?.userId ?? null;
  if (!userId) {
    const [known] = await db.select({ userId: buyers.tiktokUserId }).from(buyers).where(and(eq(buyers.shopId, shop.id), eq(buyers.imUserId, imUserId)));
    if (!known?.userId) userId = await findBuyerUserId(deps, db, shop, tiktokConversationId);
  }
  const first = inputs[0]!.input.createdAt;

  return ok(
    await writeWithVersion(db, shop.orgId, async (tx, version) => {
      const buyerId = await upsertBuyer(tx, { orgId: shop.orgId, shopId: shop.id, imUserId, tiktokUserId: userId, displayName: nickname });
      const conversation = await upsertConversation(tx, { orgId: shop.orgId, shopId: shop.id, buyerId, tiktokConversationId, createdAt: first }, version);
      // TikTok echoes what AskChat itself sent (§11.14): such a message is already stored, waiting for its
      // TikTok id (pipeline/respond.ts); adopt it rather than store a copy.
      const remaining = [];
      for (const x of inputs) {
        if (x.input.sender === 'seller' && (await adoptOwnMessage(tx, conversation.id, x.input.text, x.input.tiktokMessageId!, version))) continue;
        remaining.push(x.input);
      }
      const newMessageIds = await addMessages(tx, { id: conversation.id, orgId: shop.orgId, shopId: shop.id }, remaining, version);
      // The shop answered from TikTok's own tools (Seller Center, the app): TikTok's response clock stops.
      // If a buyer message came after it, the reply pipeline starts the clock again.
      if (remaining.some((m) => (m.sender === 'seller' || m.sender === 'agent') && m.visible !== false)) {
        await tx.update(conversations).set({ waitingSince: null, dueAt: null, warnedLevel: null, version }).where(eq(conversations.id, conversation.id));
      }
      return { conversationId: conversation.id, newMessageIds };
    }),
  );
}

/** The buyer's user id from the first page of the conversation list, where new chats usually are. */
async function findBuyerUserId(deps: Deps, db: Db, shop: ShopRow, tiktokConversationId: string): Promise<string | null> {
  const list = await withTokenRefresh(shopSession(deps, db, shop), (auth) => deps.tiktok.getConversations(auth, { pageSize: 20 }));
  if (!list.ok) return null;
  const conversation = list.val.conversations.find((c) => c.id === tiktokConversationId);
  return conversation?.participants.find((p) => p.role === 'BUYER')?.user_id ?? null;
}
