// The inbound e-mail store (email_events), used like webhook_events: insert under a unique key before
// answering the provider, claim with a lease, finish or fail with a retry time (null: parked for good).
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { newId } from '../../shared/ids';
import { storableJson, storableText } from '../db/storable';
import { emailEvents } from '../db/schema';
import type { Queryable } from '../db/types';

export const LEASE_MS = 2 * 60_000;
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 12 * 3_600_000];

/** Stores the e-mail unless its key is known: its new id, or null for a repeat. `error` parks it at once (unreadable). */
export async function insertEmailEvent(db: Queryable, key: string, payload: Record<string, unknown>, now: Date, error: string | null): Promise<string | null> {
  const [row] = await db
    .insert(emailEvents)
    .values({ id: newId('event', now.getTime()), eventKey: key, payload: storableJson(payload), status: error ? 'failed' : 'pending', lastError: error, receivedAt: now, nextAttemptAt: error ? null : now })
    .onConflictDoNothing({ target: emailEvents.eventKey })
    .returning({ id: emailEvents.id });
  return row?.id ?? null;
}

export async function findEmailEvent(db: Queryable, key: string) {
  const [row] = await db.select({ id: emailEvents.id, status: emailEvents.status, lastError: emailEvents.lastError }).from(emailEvents).where(eq(emailEvents.eventKey, key));
  return row;
}

/** Claims due events (this one, or the oldest due ones), pushing their next attempt past a lease. */
export async function claimEmailEvents(db: Queryable, now: Date, ids: string[] | null, limit = 20) {
  const due = db
    .select({ id: emailEvents.id })
    .from(emailEvents)
    .where(and(ids ? inArray(emailEvents.id, ids) : undefined, inArray(emailEvents.status, ['pending', 'failed']), lte(emailEvents.nextAttemptAt, now)))
    .orderBy(asc(emailEvents.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(emailEvents)
    .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS), attempts: sql`${emailEvents.attempts} + 1` })
    .where(inArray(emailEvents.id, due))
    .returning({ id: emailEvents.id, payload: emailEvents.payload, attempts: emailEvents.attempts });
}

/** Processed: the message now holds the mail, so the payload is emptied (one copy of the words, erasable). */
export async function finishEmailEvent(db: Queryable, id: string, now: Date, outcome: { conversationId: string } | { unmatched: string } | { failed: string; retryAt: Date | null }): Promise<void> {
  const set =
    'conversationId' in outcome
      ? { status: 'processed' as const, conversationId: outcome.conversationId, payload: {}, lastError: null, processedAt: now, nextAttemptAt: null }
      : 'unmatched' in outcome
        ? { status: 'unmatched' as const, lastError: outcome.unmatched, processedAt: now, nextAttemptAt: null }
        : { status: 'failed' as const, lastError: storableText(outcome.failed.slice(0, 1000)), nextAttemptAt: outcome.retryAt };
  await db.update(emailEvents).set(set).where(eq(emailEvents.id, id));
}
