import { and, asc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import { newId } from '../../../shared/ids';
import { webhookEvents } from '../schema';
import type { Queryable } from '../types';

export type WebhookEventRow = typeof webhookEvents.$inferSelect;

/** Stores the push unless its key is known: true when it was new. The unique index decides races. */
export async function insertWebhookEvent(
  db: Queryable,
  input: { notificationKey: string; type: number; tiktokShopId: string | null; payload: Record<string, unknown>; receivedAt: Date },
): Promise<string | null> {
  const [row] = await db
    .insert(webhookEvents)
    .values({ id: newId('event', input.receivedAt.getTime()), ...input, status: 'pending', nextAttemptAt: input.receivedAt })
    .onConflictDoNothing({ target: webhookEvents.notificationKey })
    .returning({ id: webhookEvents.id });
  return row?.id ?? null;
}

export async function getWebhookEvent(db: Queryable, id: string): Promise<WebhookEventRow | undefined> {
  const [row] = await db.select().from(webhookEvents).where(eq(webhookEvents.id, id)).limit(1);
  return row;
}

/**
 * Claims an event for processing by pushing its next attempt time forward (a lease): a second worker
 * that looks at the same moment gets nothing, and a processor that dies leaves the event to be retried
 * when the lease runs out.
 */
export async function claimWebhookEvent(db: Queryable, id: string, now: Date, leaseMs: number): Promise<WebhookEventRow | undefined> {
  const [row] = await db
    .update(webhookEvents)
    .set({ nextAttemptAt: new Date(now.getTime() + leaseMs), attempts: sql`${webhookEvents.attempts} + 1` })
    .where(and(eq(webhookEvents.id, id), inArray(webhookEvents.status, ['pending', 'failed']), lte(webhookEvents.nextAttemptAt, now)))
    .returning();
  return row;
}

export async function finishWebhookEvent(db: Queryable, id: string, status: 'processed' | 'unmatched', now: Date, note: string | null = null): Promise<void> {
  await db.update(webhookEvents).set({ status, processedAt: now, nextAttemptAt: null, lastError: note }).where(eq(webhookEvents.id, id));
}

export async function failWebhookEvent(db: Queryable, id: string, error: string, retryAt: Date | null): Promise<void> {
  // With no retry time left the event is parked as failed for good, kept for inspection.
  await db.update(webhookEvents).set({ status: 'failed', lastError: error.slice(0, 1000), nextAttemptAt: retryAt }).where(eq(webhookEvents.id, id));
}

/** Events due now: new ones whose immediate processing never finished, and failed ones due a retry. */
export async function dueWebhookEvents(db: Queryable, now: Date, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: webhookEvents.id })
    .from(webhookEvents)
    .where(and(or(eq(webhookEvents.status, 'pending'), eq(webhookEvents.status, 'failed')), lte(webhookEvents.nextAttemptAt, now)))
    .orderBy(asc(webhookEvents.nextAttemptAt))
    .limit(limit);
  return rows.map((r) => r.id);
}
