// The inbound e-mail store (email_events), used like webhook_events: insert under a unique key before
// answering the provider, claim with a lease, then finish (processed / unmatched) or fail with a retry
// time (null: parked for good, kept for inspection).
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { newId } from '../../shared/ids';
import { storableJson } from '../db/storable';
import { emailEvents } from '../db/schema';
import type { Queryable } from '../db/types';

export const LEASE_MS = 2 * 60_000;
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 12 * 3_600_000];

/** Stores the e-mail unless its key is known: its new id, or null for a repeat. An `error` parks it at once (unreadable). */
export async function insertEmailEvent(db: Queryable, eventKey: string, payload: Record<string, unknown>, now: Date, error: string | null): Promise<string | null> {
  const [row] = await db
    .insert(emailEvents)
    .values({ id: newId('event', now.getTime()), eventKey, payload: storableJson(payload), status: error ? 'failed' : 'pending', lastError: error, receivedAt: now, nextAttemptAt: error ? null : now })
    .onConflictDoNothing()
    .returning({ id: emailEvents.id });
  return row?.id ?? null;
}

/** Claims due events (these, or the oldest due ones), pushing their next attempt past a lease. */
export function claimEmailEvents(db: Queryable, now: Date, ids: string[] | null) {
  const due = db
    .select({ id: emailEvents.id })
    .from(emailEvents)
    .where(and(ids ? inArray(emailEvents.id, ids) : undefined, inArray(emailEvents.status, ['pending', 'failed']), lte(emailEvents.nextAttemptAt, now)))
    .orderBy(asc(emailEvents.nextAttemptAt))
    .limit(20)
    .for('update', { skipLocked: true });
  return db
    .update(emailEvents)
    .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS), attempts: sql`${emailEvents.attempts} + 1` })
    .where(inArray(emailEvents.id, due))
    .returning({ id: emailEvents.id, payload: emailEvents.payload, attempts: emailEvents.attempts });
}

export type EventOutcome = Partial<Pick<typeof emailEvents.$inferInsert, 'status' | 'conversationId' | 'payload' | 'lastError' | 'processedAt' | 'nextAttemptAt'>>;

export async function finishEmailEvent(db: Queryable, id: string, set: EventOutcome): Promise<void> {
  await db.update(emailEvents).set(set).where(eq(emailEvents.id, id));
}
