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
export async function processEmailEvents(deps: Deps, db: Db, ids: string[] | null): Promise<number> {
  const now = deps.clock.now();
  const claimed = await claimEmailEvents(db, now, ids);
  const fresh: Stored[] = [];
  for (const event of claimed) {
    try {
      const outcome = await processOne(deps, db, event.id, event.payload);
      if ('stored' in outcome) fresh.push(...outcome.stored);
    } catch (error) {
      deps.log.error('email processing failed', { eventId: event.id, ...describeError(error) });
      const delay = RETRY_DELAYS_MS[event.attempts - 1];
      await finishEmailEvent(db, event.id, now, { failed: describeError(error).message as string, retryAt: delay === undefined ? null : new Date(now.getTime() + delay) });
    }
  }
  await afterMessagesStored(deps, db, fresh);
  return claimed.length;
}

async function processOne(deps: Deps, db: Db, eventId: string, payload: Record<string, unknown>): Promise<{ stored: Stored[] } | { not: string }> {
  const now = deps.clock.now();
  const parsed = inboundEmailSchema.safeParse(payload);
  const mail = parsed.success ? normalizeInbound(parsed.data) : null;
  if (!mail?.ok) {
    const why = mail ? mail.err : 'not an inbound e-mail';
    await finishEmailEvent(db, eventId, now, { failed: why, retryAt: null });
    return { not: why };
  }
  const m = mail.val;
  const bases = [...new Set(m.to.map(baseAddress))];
  const [shop] = await db.select().from(shops).where(inArray(shops.inboundEmail, bases)).limit(1);
  if (!shop) {
    await finishEmailEvent(db, eventId, now, { unmatched: 'no shop has this inbound address' });
    return { not: 'unmatched' };
  }
  const rfcId = m.messageId ?? `${eventId}@askchat.invalid`;
  const relay = isTikTokRelay(m.from.address);
  const stored = relay ? await storeRelay(deps, db, shop, m, rfcId) : await storeEmail(deps, db, shop, m, rfcId);
  await finishEmailEvent(db, eventId, now, { conversationId: stored.conversationId });
  return { stored: stored.forAi ? [stored] : [] };
}

/** The lookup keys of the sender's address and of the subject (crypto.ts). */
async function keysOf(deps: Deps, m: NormalizedEmail): Promise<{ from: string; subject: string }> {
  const secret = deps.config.BUYER_HASH_SECRET;
  if (!secret) throw new Error('BUYER_HASH_SECRET is not set');
  return { from: await emailHash(secret, m.from.address), subject: await subjectKey(secret, normalizeSubject(m.subject)) };
}

async function findConversation(db: Db, shop: Shop, m: NormalizedEmail, keys: { from: string; subject: string }, now: Date): Promise<string | null> {
  const ids = [...m.inReplyTo, ...[...m.references].reverse()];
  if (ids.length) {
    const rows = await db.select({ rfcId: emailMessages.rfcId, conversationId: emailMessages.conversationId }).from(emailMessages).where(and(eq(emailMessages.shopId, shop.id), inArray(emailMessages.rfcId, ids)));
    const hit = ids.map((id) => rows.find((r) => r.rfcId === id)).find(Boolean);
    if (hit) return hit.conversationId;
  }
  for (const to of m.to) {
    const token = subAddressToken(to, shop.inboundEmail!);
    if (!token) continue;
    const [row] = await db.select({ id: conversations.id }).from(conversations).where(and(eq(conversations.shopId, shop.id), eq(conversations.tiktokConversationId, EMAIL_KEY_PREFIX + token)));
    if (row) return row.id;
  }
  if (!keys.subject) return null;
  const [same] = await db
    .select({ id: emailMessages.conversationId })
    .from(emailMessages)
    .innerJoin(conversations, eq(conversations.id, emailMessages.conversationId))
    .innerJoin(buyers, eq(buyers.id, conversations.buyerId))
    .where(and(eq(emailMessages.shopId, shop.id), eq(emailMessages.subject, keys.subject), eq(buyers.emailHash, keys.from), gt(emailMessages.createdAt, new Date(now.getTime() - THREAD_WINDOW_MS))))
    .orderBy(desc(emailMessages.createdAt))
    .limit(1);
  return same?.id ?? null;
}

/** Takes the Message-ID's key and stores the message; null when this mail was stored before. */
async function addMail(tx: Tx, shop: Shop, conversationId: string, m: NormalizedEmail, rfcId: string, subject: string, sender: 'buyer' | 'system', version: number, now: Date): Promise<string | null> {
  const [key] = await tx
    .insert(emailMessages)
    .values({ shopId: shop.id, rfcId, orgId: shop.orgId, conversationId, direction: 'in', subject, createdAt: now })
    .onConflictDoNothing()
    .returning({ rfcId: emailMessages.rfcId });
  if (!key) return null;
  const [messageId] = await addMessages(
    tx,
    { id: conversationId, orgId: shop.orgId, shopId: shop.id },
    [{ tiktokMessageId: null, sender, type: 'EMAIL', text: m.newText, content: { ...m.content }, delivery: 'received', createdAt: now }],
    version,
  );
  await tx.update(emailMessages).set({ messageId }).where(and(eq(emailMessages.shopId, shop.id), eq(emailMessages.rfcId, rfcId)));
  return messageId!;
}

async function storeEmail(deps: Deps, db: Db, shop: Shop, m: NormalizedEmail, rfcId: string, flag?: string): Promise<Stored & { forAi: boolean }> {
  const now = deps.clock.now();
  const keys = await keysOf(deps, m);
  const existing = await findConversation(db, shop, m, keys, now);
  return writeWithVersion(db, shop.orgId, async (tx, version) => {
    let conversationId = existing;
    if (!conversationId) {
      const buyerId = await upsertBuyer(tx, { orgId: shop.orgId, shopId: shop.id, imUserId: EMAIL_KEY_PREFIX + keys.from, displayName: m.from.name || m.from.address });
      // The address (sealed at rest) and its hash are written once, with the buyer.
      await tx.update(buyers).set({ email: m.from.address, emailHash: keys.from }).where(and(eq(buyers.id, buyerId), isNull(buyers.emailHash)));
      conversationId = newId('conversation', now.getTime());
      await tx.insert(conversations).values({
        id: conversationId,
        orgId: shop.orgId,
        shopId: shop.id,
        buyerId,
        tiktokConversationId: EMAIL_KEY_PREFIX + randomToken(12).toLowerCase().replace(/[^a-z0-9]/g, 'x'),
        channel: 'email',
        lastMessageAt: now,
        ...(flag ? { needsHuman: true, handoffReason: flag } : {}),
        version,
      });
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
  const now = deps.clock.now();
  m = { ...m, content: { ...m.content, relay: 'tiktok' } };
  const named = relayConversationId(m.subject, m.content.fullText);
  let target: { id: string; tiktokConversationId: string } | null | undefined;
  const tiktokChats = and(eq(conversations.shopId, shop.id), eq(conversations.channel, 'tiktok'));
  if (named) {
    [target] = await db.select({ id: conversations.id, tiktokConversationId: conversations.tiktokConversationId }).from(conversations).where(and(tiktokChats, eq(conversations.tiktokConversationId, named)));
  }
  if (!target) {
    // Compared here rather than in SQL: buyer names are personal data and may be sealed at rest.
    const recent = await db
      .select({ id: conversations.id, tiktokConversationId: conversations.tiktokConversationId, name: buyers.displayName })
      .from(conversations)
      .innerJoin(buyers, eq(buyers.id, conversations.buyerId))
      .where(tiktokChats)
      .orderBy(desc(conversations.lastMessageAt))
      .limit(200);
    target = relayBuyer(m.subject, m.content.fullText, recent);
  }
  if (!target) return storeEmail(deps, db, shop, m, rfcId, 'tiktok_relay_unmatched');
  const conversationId = target.id;
  await writeWithVersion(db, shop.orgId, (tx, version) => addMail(tx, shop, conversationId, m, rfcId, '', 'system', version, now));
  let fetched: string[] = [];
  if (shop.connectionId && shop.status === 'active') {
    const synced = await syncConversation(deps, db, shop, target.tiktokConversationId).catch(() => null);
    if (synced?.ok) fetched = synced.val.newMessageIds;
  }
  return { conversationId, messageIds: fetched, forAi: fetched.length > 0 };
}
