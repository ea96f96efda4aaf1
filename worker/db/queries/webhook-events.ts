import { and, asc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import { newId } from '../../../shared/ids';
import { cipherOf } from '../sealed';
import { storableText } from '../storable';
import { webhookEvents } from '../schema';
import { resultRows, type Queryable } from '../types';

export type WebhookEventRow = typeof webhookEvents.$inferSelect;

export interface NewWebhookEvent {
  notificationKey: string;
  type: number;
  tiktokShopId: string | null;
  payload: Record<string, unknown>;
  /** The payload exactly as received, when at hand (spares serialising it again). */
  payloadText?: string;
  receivedAt: Date;
}

/** Stores the push unless its key is known: its new id, or null for a duplicate. The unique index decides races. */
export async function insertWebhookEvent(db: Queryable, input: NewWebhookEvent): Promise<string | null> {
  const [id] = await insertWebhookEvents(db, [input]);
  return id ?? null;
}

/**
 * Stores many pushes in one statement (group commit). Answers, in input order, the new row's id or null
 * for a push already stored — including a repeat of a key earlier in the same batch.
 */
export async function insertWebhookEvents(db: Queryable, inputs: NewWebhookEvent[]): Promise<(string | null)[]> {
  if (inputs.length === 0) return [];
  const firsts = new Map<string, NewWebhookEvent & { id: string }>();
  for (const input of inputs) if (!firsts.has(input.notificationKey)) firsts.set(input.notificationKey, { ...input, id: newId('event', input.receivedAt.getTime()) });
  // The whole batch as one JSON parameter (json_to_recordset) rather than one parameter per value: a
  // batch of hundreds of pushes is one small statement for the driver to build and Postgres to plan.
  const sorted = [...firsts.values()].sort((a, b) => (a.notificationKey < b.notificationKey ? -1 : 1)); // one lock order for every writer
  const payloads = await Promise.all(sorted.map((e) => sealedPayload(db, e)));
  const batch = JSON.stringify(
    sorted.map((e, i) => ({ id: e.id, key: e.notificationKey, type: e.type, shop: e.tiktokShopId, payload: payloads[i], received: e.receivedAt.toISOString() })),
  );
  const result = await db.execute(sql`
    insert into ${webhookEvents} (id, notification_key, type, tiktok_shop_id, payload, status, next_attempt_at, received_at)
    select id, key, type, shop, payload::jsonb, 'pending', received, received
    from json_to_recordset(${batch}::json) as batch(id text, key text, type int, shop text, payload text, received timestamptz)
    on conflict (notification_key) do nothing
    returning id, notification_key as key`);
  const rows = resultRows<{ id: string; key: string }>(result);
  const stored = new Map(rows.map((r) => [r.key, r.id]));
  const answered = new Set<string>();
  return inputs.map((input) => {
    if (answered.has(input.notificationKey)) return null;
    answered.add(input.notificationKey);
    return stored.get(input.notificationKey) ?? null;
  });
}

/** A message push carries the buyer's words in `data.content`: sealed like the messages (docs/decisions/007). */
async function sealedPayload(db: Queryable, e: NewWebhookEvent): Promise<string> {
  const data = e.payload['data'] as Record<string, unknown> | undefined;
  const content = data?.['content'];
  if (typeof content !== 'string' || content === '') return e.payloadText ?? JSON.stringify(e.payload);
  return JSON.stringify({ ...e.payload, data: { ...data, content: await cipherOf(db).seal('payload', content) } });
}

/**
 * Claims up to `limit` due events at once (new ones whose processing has not finished, failed ones due a
 * retry), pushing their next attempt past a lease; rows another processor holds are skipped.
 */
export type ClaimedEvent = Pick<WebhookEventRow, 'id' | 'type' | 'tiktokShopId' | 'attempts'>;

/** (Without payloads: most of a busy batch is set aside unread; handlers load the payloads they need.) */
export async function claimDueWebhookEvents(db: Queryable, now: Date, leaseMs: number, limit: number): Promise<ClaimedEvent[]> {
  const due = db
    .select({ id: webhookEvents.id })
    .from(webhookEvents)
    .where(and(inArray(webhookEvents.status, ['pending', 'failed']), lte(webhookEvents.nextAttemptAt, now)))
    .orderBy(asc(webhookEvents.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(webhookEvents)
    .set({ nextAttemptAt: new Date(now.getTime() + leaseMs), attempts: sql`${webhookEvents.attempts} + 1` })
    .where(inArray(webhookEvents.id, due))
    .returning({ id: webhookEvents.id, type: webhookEvents.type, tiktokShopId: webhookEvents.tiktokShopId, attempts: webhookEvents.attempts });
}

export async function webhookPayloads(db: Queryable, ids: string[]): Promise<Map<string, Record<string, unknown>>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: webhookEvents.id, payload: webhookEvents.payload }).from(webhookEvents).where(inArray(webhookEvents.id, ids));
  return new Map(rows.map((r) => [r.id, r.payload]));
}

export async function finishWebhookEvents(db: Queryable, ids: string[], status: 'processed' | 'unmatched', now: Date, note: string | null = null): Promise<void> {
  if (ids.length === 0) return;
  await db.update(webhookEvents).set({ status, processedAt: now, nextAttemptAt: null, lastError: note }).where(inArray(webhookEvents.id, ids));
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
  await db.update(webhookEvents).set({ status: 'failed', lastError: storableText(error.slice(0, 1000)), nextAttemptAt: retryAt }).where(eq(webhookEvents.id, id));
}
