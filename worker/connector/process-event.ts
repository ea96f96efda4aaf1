// Processing one stored TikTok push, after the 200 was sent. Each push is only a hint: the state is always
// re-fetched from the API (reference §6.4). A failure keeps the event, records why and schedules a retry
// with backoff; the scheduled job (worker/jobs) picks it up, as it does events whose processing died.
//
//   claim (lease) → find the shops it is for → act by type → processed | unmatched | failed(+retry time)
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { AppDeps } from '../deps';
import {
  claimDueWebhookEvents,
  claimWebhookEvent,
  failWebhookEvent,
  finishWebhookEvent,
  finishWebhookEvents,
  webhookPayloads,
  type ClaimedEvent,
  type WebhookEventRow,
} from '../db/queries/webhook-events';
import { shops, tickets, tiktokConnections } from '../db/schema';
import { followTicket } from '../tickets/follow';
import type { Db } from '../db/types';
import { writeWithVersion } from '../db/version';
import { describeError } from '../log';
import { parseWebhookEventValue, type WebhookEvent } from '../tiktok/wire-webhook';
import { syncConversation } from './conversation-sync';

type Deps = Pick<AppDeps, 'secrets' | 'clock' | 'tiktok' | 'log' | 'ai'>;

/** How long a processor may hold an event before another may take it over. */
export const LEASE_MS = 2 * 60_000;
/** Retry delays after the 1st, 2nd, … failure; after the last one the event is parked for inspection. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000, 12 * 3_600_000, 12 * 3_600_000, 12 * 3_600_000];

export type ProcessOutcome = 'processed' | 'unmatched' | 'failed' | 'skipped';

/** Thrown for failures worth retrying later; anything else thrown is treated the same way. */
export class RetryLater extends Error {
  override name = 'RetryLater';
}

export interface Processed {
  outcome: ProcessOutcome;
  /** AskChat message ids stored by this event (what the reply pipeline looks at next). */
  newMessages: { conversationId: string; messageIds: string[] }[];
}

export async function processWebhookEvent(deps: Deps, db: Db, eventId: string): Promise<Processed> {
  const event = await claimWebhookEvent(db, eventId, deps.clock.now(), LEASE_MS);
  if (!event) return { outcome: 'skipped', newMessages: [] };
  const targets = event.tiktokShopId ? await db.select().from(shops).where(eq(shops.tiktokShopId, event.tiktokShopId)) : [];
  return handleClaimed(deps, db, event, targets);
}

/**
 * Processes every due event in batches: one statement claims a batch, one finds their shops, one sets
 * aside those for shops nobody connected; the rest are handled one by one (they call TikTok). This is
 * how a busy server keeps up with thousands of pushes a second, and how the scheduled job retries.
 */
export async function processDueWebhookEvents(deps: Deps, db: Db, options: { batch?: number; maxBatches?: number } = {}): Promise<{ processed: number; newMessages: Processed['newMessages'] }> {
  const newMessages: Processed['newMessages'] = [];
  let processed = 0;
  for (let round = 0; round < (options.maxBatches ?? 50); round++) {
    const now = deps.clock.now();
    const claimed = await claimDueWebhookEvents(db, now, LEASE_MS, options.batch ?? 200);
    if (claimed.length === 0) break;
    processed += claimed.length;
    const shopIds = [...new Set(claimed.flatMap((e) => (e.tiktokShopId ? [e.tiktokShopId] : [])))];
    const targets = shopIds.length ? await db.select().from(shops).where(inArray(shops.tiktokShopId, shopIds)) : [];
    const unmatched = claimed.filter((e) => !targets.some((t) => t.tiktokShopId === e.tiktokShopId));
    await finishWebhookEvents(db, unmatched.map((e) => e.id), 'unmatched', now, UNMATCHED_NOTE);
    const matched = claimed.filter((e) => !unmatched.includes(e));
    const payloads = await webhookPayloads(db, matched.map((e) => e.id));
    for (const event of matched) {
      const result = await handleClaimed(deps, db, { ...event, payload: payloads.get(event.id) ?? {} }, targets.filter((t) => t.tiktokShopId === event.tiktokShopId));
      newMessages.push(...result.newMessages);
    }
    if (claimed.length < (options.batch ?? 200)) break;
  }
  return { processed, newMessages };
}

const UNMATCHED_NOTE = 'no organisation has this shop connected';

async function handleClaimed(deps: Deps, db: Db, event: ClaimedEvent & Pick<WebhookEventRow, 'payload'>, targets: (typeof shops.$inferSelect)[]): Promise<Processed> {
  try {
    const parsed = parseWebhookEventValue(event.payload);
    if (!parsed.ok) throw new Error(`stored payload no longer parses: ${parsed.err}`); // cannot happen: it parsed on arrival
    if (targets.length === 0) {
      await finishWebhookEvent(db, event.id, 'unmatched', deps.clock.now(), UNMATCHED_NOTE);
      return { outcome: 'unmatched', newMessages: [] };
    }
    const newMessages = await act(deps, db, parsed.val, targets);
    await finishWebhookEvent(db, event.id, 'processed', deps.clock.now());
    return { outcome: 'processed', newMessages };
  } catch (error) {
    const delay = RETRY_DELAYS_MS[event.attempts - 1];
    const retryAt = delay === undefined ? null : new Date(deps.clock.now().getTime() + delay);
    const message = error instanceof Error ? error.message : String(error);
    await failWebhookEvent(db, event.id, message, retryAt);
    deps.log.warn('webhook event failed', { eventId: event.id, type: event.type, attempts: event.attempts, retryAt: retryAt?.toISOString() ?? null, ...describeError(error) });
    return { outcome: 'failed', newMessages: [] };
  }
}

async function act(deps: Deps, db: Db, event: WebhookEvent, targets: (typeof shops.$inferSelect)[]): Promise<Processed['newMessages']> {
  const stored: Processed['newMessages'] = [];
  if (!event.known) return stored; // kept for the record; nothing to do for types CS does not use
  switch (event.type) {
    case 13:
    case 14: {
      const sender = event.type === 14 && event.data.sender?.role === 'BUYER' ? event.data.sender : undefined;
      for (const shop of targets) {
        if (shop.status !== 'active') continue;
        const result = await syncConversation(deps, db, shop, event.data.conversation_id, sender ? { imUserId: sender.im_user_id } : undefined);
        if (!result.ok) throw new RetryLater(`TikTok ${result.err.kind} (${result.err.code ?? result.err.status ?? '-'}): ${result.err.message}`);
        if (result.val.conversationId && result.val.newMessageIds.length) stored.push({ conversationId: result.val.conversationId, messageIds: result.val.newMessageIds });
      }
      return stored;
    }
    case 6: {
      // The seller removed the app: stop calling, show the shop as disconnected (never retry for ever).
      const now = deps.clock.now();
      for (const shop of targets) {
        await writeWithVersion(db, shop.orgId, async (tx, version) => {
          await tx.update(shops).set({ status: 'revoked', version }).where(eq(shops.id, shop.id));
          if (shop.connectionId) {
            await tx
              .update(tiktokConnections)
              .set({ status: 'revoked', lastError: 'The seller removed AskChat in TikTok Shop. Reconnect this shop.', updatedAt: now })
              .where(eq(tiktokConnections.id, shop.connectionId));
            await tx
              .update(shops)
              .set({ status: 'revoked', version })
              .where(and(eq(shops.connectionId, shop.connectionId), inArray(shops.status, ['active', 'disconnected'])));
          }
        });
      }
      return stored;
    }
    case 7: {
      const expires = event.data.expiration_time ? new Date(Number(event.data.expiration_time) * 1000) : null;
      const ids = targets.flatMap((s) => (s.connectionId ? [s.connectionId] : []));
      if (expires && ids.length) await db.update(tiktokConnections).set({ authorizationExpiresAt: expires }).where(inArray(tiktokConnections.id, ids));
      return stored;
    }
    case 11:
    case 12: {
      // A cancellation or return changed: the tickets following it catch up now rather than on the next
      // cron run. Those not linked yet but for the same order link themselves inside followTicket.
      const caseId = event.type === 11 ? event.data.cancel_id : event.data.return_id;
      const byCase = event.type === 11 ? eq(tickets.tiktokCancelId, caseId) : eq(tickets.tiktokReturnId, caseId);
      const unlinked = and(eq(tickets.orderId, event.data.order_id), isNull(tickets.tiktokReturnId), isNull(tickets.tiktokCancelId));
      for (const shop of targets) {
        if (shop.status !== 'active') continue;
        const rows = await db.select().from(tickets).where(and(eq(tickets.shopId, shop.id), or(byCase, unlinked)));
        for (const row of rows) await followTicket(deps, db, row, shop);
      }
      return stored;
    }
    default:
      // Order changes and every other type: recorded for the record (order state is read when needed).
      return stored;
  }
}
