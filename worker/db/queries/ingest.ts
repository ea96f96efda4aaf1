// Writing what TikTok tells us: shops, buyers, conversations and messages, each upserted by its TikTok id
// so that a repeated or reordered delivery changes nothing (the unique indexes decide). Used by webhook
// processing, the reconciliation poll and the demo seed. Callers pass the version of their transaction.
import { and, eq, sql } from 'drizzle-orm';
import { newId } from '../../../shared/ids';
import type { MessageDelivery, MessageSender } from '../../../shared/schemas/conversations';
import { sealAs } from '../sealed';
import { storableJson, storableText } from '../storable';
import { buyers, conversations, messages, shops } from '../schema';
import type { Queryable } from '../types';

export interface ShopInput {
  orgId: string;
  tiktokShopId: string;
  cipher: string;
  code?: string | null;
  name: string;
  type: 'personal' | 'enterprise' | 'brand' | 'cross_border';
  sellerType: 'LOCAL' | 'CROSS_BORDER';
  market: string;
  languages: string[];
  timeZone: string;
  connectionId?: string | null;
}

/** Inserts the shop or updates it in place when this organisation already has it (re-authorisation). */
export async function upsertShop(db: Queryable, input: ShopInput, version: number): Promise<string> {
  const [row] = await db
    .insert(shops)
    .values({ id: newId('shop'), ...input, status: 'active', version })
    .onConflictDoUpdate({
      target: [shops.orgId, shops.tiktokShopId],
      set: {
        cipher: input.cipher,
        code: input.code,
        name: input.name,
        sellerType: input.sellerType,
        market: input.market,
        status: 'active',
        ...(input.connectionId ? { connectionId: input.connectionId } : {}),
        version,
      },
    })
    .returning({ id: shops.id });
  return row!.id;
}

export async function upsertBuyer(
  db: Queryable,
  input: { orgId: string; shopId: string; imUserId: string; tiktokUserId?: string | null; displayName?: string },
): Promise<string> {
  // What we learn later (the nickname, the user id that orders use) fills blanks; it never erases.
  const [row] = await db
    .insert(buyers)
    .values({ id: newId('buyer'), orgId: input.orgId, shopId: input.shopId, imUserId: input.imUserId, tiktokUserId: input.tiktokUserId ?? null, displayName: input.displayName ?? '', nameIndex: input.displayName ?? '' })
    .onConflictDoUpdate({
      target: [buyers.shopId, buyers.imUserId],
      set: {
        tiktokUserId: sql`coalesce(${buyers.tiktokUserId}, excluded.tiktok_user_id)`,
        displayName: sql`case when ${buyers.displayName} = '' then excluded.display_name else ${buyers.displayName} end`,
        nameIndex: sql`case when ${buyers.displayName} = '' then excluded.name_index else ${buyers.nameIndex} end`,
      },
    })
    .returning({ id: buyers.id });
  return row!.id;
}

export async function upsertConversation(
  db: Queryable,
  input: { orgId: string; shopId: string; buyerId: string; tiktokConversationId: string; createdAt: Date },
  version: number,
): Promise<{ id: string; created: boolean }> {
  const [inserted] = await db
    .insert(conversations)
    .values({ id: newId('conversation', input.createdAt.getTime()), ...input, lastMessageAt: input.createdAt, version })
    .onConflictDoNothing({ target: [conversations.shopId, conversations.tiktokConversationId] })
    .returning({ id: conversations.id });
  if (inserted) return { id: inserted.id, created: true };
  const [existing] = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.shopId, input.shopId), eq(conversations.tiktokConversationId, input.tiktokConversationId)));
  return { id: existing!.id, created: false };
}

export interface MessageInput {
  tiktokMessageId: string | null;
  tiktokIndex?: string | null;
  sender: MessageSender;
  authorId?: string | null;
  type: string;
  text: string;
  content?: Record<string, unknown> | null;
  visible?: boolean;
  delivery: MessageDelivery;
  createdAt: Date;
  clientId?: string | null;
  translations?: Record<string, string> | null;
}

const PREVIEW_CHARS = 140;

/**
 * Adds messages to a conversation; those already stored (same TikTok id) are skipped. The conversation's
 * last-message fields move only forward in time, so an old message arriving late does not rewind them.
 * Returns the ids of the messages that were new.
 */
export async function addMessages(
  db: Queryable,
  conversation: { id: string; orgId: string; shopId: string },
  input: MessageInput[],
  version: number,
): Promise<string[]> {
  if (input.length === 0) return [];
  const rows = input.map((m) => ({
    id: newId('message', m.createdAt.getTime()),
    orgId: conversation.orgId,
    conversationId: conversation.id,
    shopId: conversation.shopId,
    tiktokMessageId: m.tiktokMessageId,
    tiktokIndex: m.tiktokIndex ?? null,
    sender: m.sender,
    authorId: m.authorId ?? null,
    type: m.type,
    text: storableText(m.text),
    content: m.content ? storableJson(m.content) : null,
    visible: m.visible ?? true,
    delivery: m.delivery,
    createdAt: m.createdAt,
    clientId: m.clientId ?? null,
    translations: m.translations ?? null,
    version,
  }));
  const inserted = await db
    .insert(messages)
    .values(rows)
    .onConflictDoNothing({ target: [messages.conversationId, messages.tiktokMessageId] })
    .returning({ id: messages.id });
  const insertedIds = new Set(inserted.map((r) => r.id));
  const fresh = rows.filter((r) => insertedIds.has(r.id));
  const shown = fresh.filter((r) => r.visible);
  if (shown.length === 0) return fresh.map((r) => r.id);
  const latest = shown.reduce((a, b) => (b.createdAt >= a.createdAt ? b : a));
  const buyerCount = shown.filter((m) => m.sender === 'buyer').length;
  await db
    .update(conversations)
    .set({
      version,
      unreadCount: sql`${conversations.unreadCount} + ${buyerCount}`,
      lastMessageAt: sql`greatest(${conversations.lastMessageAt}, ${latest.createdAt.toISOString()}::timestamptz)`,
      lastMessagePreview: sql`case when ${conversations.lastMessageAt} <= ${latest.createdAt.toISOString()}::timestamptz then ${sealAs('last_message_preview', latest.text.slice(0, PREVIEW_CHARS))} else ${conversations.lastMessagePreview} end`,
      lastMessageSender: sql`case when ${conversations.lastMessageAt} <= ${latest.createdAt.toISOString()}::timestamptz then ${latest.sender} else ${conversations.lastMessageSender} end`,
    })
    .where(eq(conversations.id, conversation.id));
  return fresh.map((r) => r.id);
}
