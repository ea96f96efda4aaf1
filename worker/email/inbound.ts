// Processing a stored inbound e-mail, after the provider got its 200: find the shop from the recipient,
// find the conversation, store the message, hand new buyer words to the AI pipeline (after-messages.ts).
//
//   shop: a recipient equal to a shop's inbound address, or a `local+token@` sub-address of it
//   conversation, first that holds:
//     1. In-Reply-To / References name a Message-ID of the shop's mail (email_messages)
//     2. the recipient's sub-address token names the conversation (`email:<token>`)
//     3. the same sender (by address hash) wrote with the same subject within THREAD_WINDOW_MS
//     else a new e-mail conversation.
//   TikTok's forwarded unread chats go into the TikTok conversation they name (see relay below).
//
// Repeats store nothing: email_messages' key (shop, Message-ID) is taken in the same transaction.
import { and, desc, eq, gt, inArray, isNull } from 'drizzle-orm';
import { baseAddress, normalizeSubject, subAddressToken } from '../../shared/email/address';
import { normalizeInbound, type NormalizedEmail } from '../../shared/email/normalize';
import { isTikTokRelay, relayBuyer, relayConversationId } from '../../shared/email/tiktok-relay';
import { inboundEmailSchema } from '../../shared/schemas/email';
import type { AppDeps } from '../deps';
import { addMessages, upsertBuyer } from '../db/queries/ingest';
import { buyers, conversations, emailMessages, shops } from '../db/schema';
import type { Db, Tx } from '../db/types';
import { writeWithVersion } from '../db/version';
import { randomToken } from '../crypto/tokens';
import { newId } from '../../shared/ids';
import { describeError } from '../log';
import { afterMessagesStored } from '../pipeline/after-messages';
import { syncConversation } from '../connector/conversation-sync';
import { emailHash, subjectKey } from './crypto';
import { claimEmailEvents, finishEmailEvent, RETRY_DELAYS_MS } from './events';
import { EMAIL_KEY_PREFIX } from './outbound';

type Deps = Pick<AppDeps, 'config' | 'secrets' | 'clock' | 'tiktok' | 'log' | 'ai' | 'push' | 'fetch'>;
type Shop = typeof shops.$inferSelect;
type Stored = { conversationId: string; messageIds: string[] };

/** A reply without threading headers joins the sender's conversation with the same subject this recent. */
export const THREAD_WINDOW_MS = 30 * 24 * 3_600_000;

/** Processes the given events (or the oldest due ones), then answers their new buyer messages. */
export async function processEmailEvents(deps: Deps, db: Db, ids: string[] | null): Promise<void> {
  const now = deps.clock.now();
  const fresh: Stored[] = [];
  for (const event of await claimEmailEvents(db, now, ids)) {
    try {
      const parsed = inboundEmailSchema.safeParse(event.payload);
      const mail = parsed.success ? normalizeInbound(parsed.data) : null;
      if (!mail?.ok) {
        await finishEmailEvent(db, event.id, { status: 'failed', lastError: mail ? mail.err : 'not an inbound e-mail', nextAttemptAt: null });
        continue;
      }
      const m = mail.val;
      const [shop] = await db.select().from(shops).where(inArray(shops.inboundEmail, m.to.map(baseAddress))).limit(1);
      if (!shop) {
        await finishEmailEvent(db, event.id, { status: 'unmatched', lastError: 'no shop has this inbound address', processedAt: now, nextAttemptAt: null });
        continue;
      }
      const rfcId = m.messageId ?? `${event.id}@askchat.invalid`;
      const stored = isTikTokRelay(m.from.address) ? await storeRelay(deps, db, shop, m, rfcId) : await storeEmail(deps, db, shop, m, rfcId);
      // Processed: the message now holds the mail, so the event's copy is emptied (one copy of the words, erasable).
      await finishEmailEvent(db, event.id, { status: 'processed', conversationId: stored.conversationId, payload: {}, lastError: null, processedAt: now, nextAttemptAt: null });
      if (stored.forAi) fresh.push(stored);
    } catch (error) {
      const why = describeError(error);
      deps.log.error('email processing failed', { eventId: event.id, ...why });
      const delay = RETRY_DELAYS_MS[event.attempts - 1];
      await finishEmailEvent(db, event.id, { status: 'failed', lastError: String(why['message']).slice(0, 500), nextAttemptAt: delay === undefined ? null : new Date(now.getTime() + delay) });
    }
  }
  await afterMessagesStored(deps, db, fresh);
}

async function findConversation(db: Db, shop: Shop, m: NormalizedEmail, keys: { from: string; subject: string }, now: Date): Promise<string | null> {
  const ids = [...m.inReplyTo, ...[...m.references].reverse()];
  if (ids.length) {
    const rows = await db.select({ rfcId: emailMessages.rfcId, id: emailMessages.conversationId }).from(emailMessages).where(and(eq(emailMessages.shopId, shop.id), inArray(emailMessages.rfcId, ids)));
    const hit = ids.map((id) => rows.find((r) => r.rfcId === id)).find(Boolean);
    if (hit) return hit.id;
  }
  const tokens = m.to.map((to) => subAddressToken(to, shop.inboundEmail!)).filter((t) => t !== null);
  const [row] = tokens.length
    ? await db.select({ id: conversations.id }).from(conversations).where(and(eq(conversations.shopId, shop.id), inArray(conversations.tiktokConversationId, tokens.map((t) => EMAIL_KEY_PREFIX + t))))
    : keys.subject
      ? await db
          .select({ id: emailMessages.conversationId })
          .from(emailMessages)
          .innerJoin(conversations, eq(conversations.id, emailMessages.conversationId))
          .innerJoin(buyers, eq(buyers.id, conversations.buyerId))
          .where(and(eq(emailMessages.shopId, shop.id), eq(emailMessages.subject, keys.subject), eq(buyers.emailHash, keys.from), gt(emailMessages.createdAt, new Date(now.getTime() - THREAD_WINDOW_MS))))
          .orderBy(desc(emailMessages.createdAt))
          .limit(1)
      : [];
  return row?.id ?? null;
}

/** Takes the Message-ID's key and stores the message; null when this mail was stored before. */
async function addMail(tx: Tx, shop: Shop, conversationId: string, m: NormalizedEmail, rfcId: string, subject: string, sender: 'buyer' | 'system', version: number, now: Date): Promise<string | null> {
  const key = { shopId: shop.id, rfcId, orgId: shop.orgId, conversationId, direction: 'in' as const, subject, createdAt: now };
  if (!(await tx.insert(emailMessages).values(key).onConflictDoNothing().returning()).length) return null;
  const [messageId] = await addMessages(tx, { id: conversationId, orgId: shop.orgId, shopId: shop.id }, [{ tiktokMessageId: null, sender, type: 'EMAIL', text: m.newText, content: { ...m.content }, delivery: 'received', createdAt: now }], version);
  await tx.update(emailMessages).set({ messageId }).where(and(eq(emailMessages.shopId, shop.id), eq(emailMessages.rfcId, rfcId)));
  return messageId!;
}

async function storeEmail(deps: Deps, db: Db, shop: Shop, m: NormalizedEmail, rfcId: string, flag?: string): Promise<Stored & { forAi: boolean }> {
  const now = deps.clock.now();
  const secret = deps.config.BUYER_HASH_SECRET;
  if (!secret) throw new Error('BUYER_HASH_SECRET is not set');
  // Lookups compare keyed hashes of the address and the subject, never the buyer's words (crypto.ts).
  const keys = { from: await emailHash(secret, m.from.address), subject: await subjectKey(secret, normalizeSubject(m.subject)) };
  const existing = await findConversation(db, shop, m, keys, now);
  return writeWithVersion(db, shop.orgId, async (tx, version) => {
    let conversationId = existing;
    if (!conversationId) {
      const buyerId = await upsertBuyer(tx, { orgId: shop.orgId, shopId: shop.id, imUserId: EMAIL_KEY_PREFIX + keys.from, displayName: m.from.name || m.from.address });
      // The address (sealed at rest) and its hash are written once, with the buyer.
      await tx.update(buyers).set({ email: m.from.address, emailHash: keys.from }).where(and(eq(buyers.id, buyerId), isNull(buyers.emailHash)));
      conversationId = newId('conversation', now.getTime());
      const token = randomToken(12).toLowerCase().replace(/[^a-z0-9]/g, 'x');
      await tx.insert(conversations).values({ id: conversationId, orgId: shop.orgId, shopId: shop.id, buyerId, tiktokConversationId: EMAIL_KEY_PREFIX + token, channel: 'email', lastMessageAt: now, needsHuman: !!flag, handoffReason: flag ?? null, version });
    }
    const messageId = await addMail(tx, shop, conversationId, m, rfcId, keys.subject, 'buyer', version, now);
    return { conversationId, messageIds: messageId ? [messageId] : [], forAi: !!messageId && !flag };
  });
}

/**
 * TikTok's "forward unread chats to e-mail": the chat itself reaches AskChat through TikTok's API, so the
 * relayed copy is kept as a system note in the TikTok conversation it names (never answered twice) and
 * used as a hint to fetch that conversation now, as a push would be. A relay naming no conversation we
 * know becomes an e-mail conversation flagged for a person (TikTok's relay address takes no replies).
 */
async function storeRelay(deps: Deps, db: Db, shop: Shop, m: NormalizedEmail, rfcId: string): Promise<Stored & { forAi: boolean }> {
  m = { ...m, content: { ...m.content, relay: 'tiktok' } };
  const named = relayConversationId(m.subject, m.content.fullText);
  // The shop's recent TikTok chats; names are compared here, not in SQL: they may be sealed at rest.
  const recent = await db
    .select({ id: conversations.id, key: conversations.tiktokConversationId, name: buyers.displayName })
    .from(conversations)
    .innerJoin(buyers, eq(buyers.id, conversations.buyerId))
    .where(and(eq(conversations.shopId, shop.id), eq(conversations.channel, 'tiktok'), named ? eq(conversations.tiktokConversationId, named) : undefined))
    .orderBy(desc(conversations.lastMessageAt))
    .limit(200);
  const target = (named && recent[0]) || relayBuyer(m.subject, m.content.fullText, recent);
  if (!target) return storeEmail(deps, db, shop, m, rfcId, 'tiktok_relay_unmatched');
  await writeWithVersion(db, shop.orgId, (tx, version) => addMail(tx, shop, target.id, m, rfcId, '', 'system', version, deps.clock.now()));
  const synced = shop.connectionId ? await syncConversation(deps, db, shop, target.key).catch(() => null) : null;
  const messageIds = synced?.ok ? synced.val.newMessageIds : [];
  return { conversationId: target.id, messageIds, forAi: messageIds.length > 0 };
}
