// Everything AskChat holds about one buyer, and its erasure.
//
// A buyer is one row per shop (TikTok gives a different IM id per shop), so a person is found across the
// organisation's shops by name or TikTok user id and each row is exported or erased. Names are sealed at
// rest (docs/decisions/007): the search compares blind indexes (keyed hashes of the words), never text. TikTok's rule that
// buyer contact data stays on the platform holds by construction: AskChat never stores addresses, phone
// numbers or e-mail addresses (order facts are fetched when needed and not kept), so none is exported.
//
// Erasure removes what identifies the person — name, TikTok ids, the words of every message, drafts,
// summaries, translations, ticket notes and order numbers, and the raw webhook payloads — and keeps the
// rows with their dates, senders, intents and states, so counts and response times stay right.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { buyers, conversations, emailMessages, messages, shops, ticketEvents, tickets, webhookEvents } from '../db/schema';
import { blindQuery } from '../db/sealed';
import type { Db, Queryable } from '../db/types';
import { writeWithVersion } from '../db/version';

/** Buyers whose name holds every word of `q` (any part of a word, case and accents ignored), or whose TikTok or IM id is `q`. */
export async function findBuyers(db: Db, orgId: string, q: string) {
  return db
    .select({ id: buyers.id, displayName: buyers.displayName, tiktokUserId: buyers.tiktokUserId, shopId: buyers.shopId, shopName: shops.name, erasedAt: buyers.erasedAt })
    .from(buyers)
    .innerJoin(shops, eq(shops.id, buyers.shopId))
    .where(and(eq(buyers.orgId, orgId), or(sql`${buyers.nameIndex} ~ ${blindQuery(q)}`, eq(buyers.tiktokUserId, q), eq(buyers.imUserId, q))))
    .limit(50);
}

/** The buyer row and every row of theirs, as plain JSON (dates as ISO strings). */
export async function exportBuyer(db: Db, orgId: string, buyerId: string) {
  const [buyer] = await db
    .select({ id: buyers.id, shop: shops.name, market: shops.market, displayName: buyers.displayName, email: buyers.email, tiktokUserId: buyers.tiktokUserId, imUserId: buyers.imUserId, firstSeen: buyers.createdAt, erasedAt: buyers.erasedAt })
    .from(buyers)
    .innerJoin(shops, eq(shops.id, buyers.shopId))
    .where(and(eq(buyers.orgId, orgId), eq(buyers.id, buyerId)));
  if (!buyer) return null;
  const convs = await db.select().from(conversations).where(and(eq(conversations.orgId, orgId), eq(conversations.buyerId, buyerId)));
  const ids = convs.map((c) => c.id);
  const msgs = ids.length
    ? await db
        .select({ id: messages.id, conversationId: messages.conversationId, sender: messages.sender, type: messages.type, text: messages.text, translations: messages.translations, delivery: messages.delivery, createdAt: messages.createdAt })
        .from(messages)
        .where(inArray(messages.conversationId, ids))
        .orderBy(messages.createdAt)
    : [];
  const tix = ids.length ? await db.select().from(tickets).where(inArray(tickets.conversationId, ids)) : [];
  const timeline = tix.length ? await db.select().from(ticketEvents).where(inArray(ticketEvents.ticketId, tix.map((t) => t.id))) : [];
  return {
    buyer,
    conversations: convs.map((c) => ({
      id: c.id,
      createdAt: c.createdAt,
      language: c.language,
      intent: c.intent,
      status: c.status,
      aiDraft: c.aiDraft,
      handoffSummary: c.handoffSummary,
      messages: msgs.filter((m) => m.conversationId === c.id).map(({ conversationId: _, ...m }) => m),
    })),
    tickets: tix.map((t) => ({
      id: t.id,
      kind: t.kind,
      state: t.state,
      orderId: t.orderId,
      createdAt: t.createdAt,
      closedAt: t.closedAt,
      timeline: timeline.filter((e) => e.ticketId === t.id).map((e) => ({ at: e.at, event: e.event, toState: e.toState, note: e.note })),
    })),
  };
}

/** The same as flat CSV rows (one per message), for people who open it in a spreadsheet. */
export function exportCsv(data: NonNullable<Awaited<ReturnType<typeof exportBuyer>>>): string {
  const cell = (v: unknown) => {
    const s = v instanceof Date ? v.toISOString() : v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = [['conversation', 'message', 'sent_at', 'sender', 'text'].join(',')];
  for (const c of data.conversations) for (const m of c.messages) rows.push([c.id, m.id, m.createdAt, m.sender, m.text].map(cell).join(','));
  return `${rows.join('\r\n')}\r\n`;
}

/** Erases one buyer row and everything identifying in theirs; idempotent. Returns what was cleared. */
export async function eraseBuyer(db: Db, orgId: string, buyerId: string, now: Date): Promise<{ conversations: number; messages: number; tickets: number; webhookEvents: number } | null> {
  const [buyer] = await db
    .select({ id: buyers.id, tiktokShopId: shops.tiktokShopId })
    .from(buyers)
    .innerJoin(shops, eq(shops.id, buyers.shopId))
    .where(and(eq(buyers.orgId, orgId), eq(buyers.id, buyerId)));
  if (!buyer) return null;
  return writeWithVersion(db, orgId, async (tx, version) => {
    const convs = await tx.select({ id: conversations.id, tiktokId: conversations.tiktokConversationId }).from(conversations).where(eq(conversations.buyerId, buyerId));
    const ids = convs.map((c) => c.id);
    // The IM id keeps its unique slot under a meaningless value: a later message from the same person
    // starts a new, unrelated buyer row.
    await tx.update(buyers).set({ displayName: '', nameIndex: '', email: null, emailHash: null, tiktokUserId: null, imUserId: `erased:${buyerId}`, erasedAt: now }).where(eq(buyers.id, buyerId));
    let messageCount = 0;
    let ticketCount = 0;
    if (ids.length) {
      const cleared = await tx
        .update(messages)
        .set({ text: '', content: null, translations: null, replyMeta: null, version })
        .where(inArray(messages.conversationId, ids))
        .returning({ id: messages.id });
      messageCount = cleared.length;
      await tx.update(conversations).set({ lastMessagePreview: '', aiDraft: null, handoffSummary: null, version }).where(inArray(conversations.id, ids));
      await tx.update(emailMessages).set({ subject: '' }).where(inArray(emailMessages.conversationId, ids));
      const tix = await tx.update(tickets).set({ orderId: null, version }).where(inArray(tickets.conversationId, ids)).returning({ id: tickets.id });
      ticketCount = tix.length;
      if (tix.length) await tx.update(ticketEvents).set({ note: null }).where(inArray(ticketEvents.ticketId, tix.map((t) => t.id)));
    }
    const events = await eraseWebhookPayloads(tx, buyer.tiktokShopId, convs.map((c) => c.tiktokId));
    return { conversations: ids.length, messages: messageCount, tickets: ticketCount, webhookEvents: events };
  });
}

/** TikTok's pushes for these conversations carried message texts: delete them (they are processed). */
async function eraseWebhookPayloads(tx: Queryable, tiktokShopId: string, tiktokConversationIds: string[]): Promise<number> {
  if (tiktokConversationIds.length === 0) return 0;
  const deleted = await tx
    .delete(webhookEvents)
    .where(and(eq(webhookEvents.tiktokShopId, tiktokShopId), inArray(sql`${webhookEvents.payload} -> 'data' ->> 'conversation_id'`, tiktokConversationIds)))
    .returning({ id: webhookEvents.id });
  return deleted.length;
}
