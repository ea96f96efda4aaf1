// How a stored push reaches processing. Two shapes behind one interface:
//
//   direct   (Workers, tests): insert the event with the request's database, process it after the
//            response with waitUntil — each isolate sees few pushes, so per-event work is cheap enough.
//   batching (the Node server): pushes arriving while a write is in progress share the next INSERT (group
//            commit: every push is still answered only after its row is committed), and one drain loop
//            processes due events in batches. This is what lets one Node process on a small machine take
//            thousands of pushes a second (npm run bench: webhooks.*).
import type { Context } from 'hono';
import { runAfterResponse } from '../background';
import { insertWebhookEvent, insertWebhookEvents, type NewWebhookEvent } from '../db/queries/webhook-events';
import type { Db } from '../db/types';
import type { AppDeps, AppEnv } from '../deps';
import { describeError } from '../log';
import { afterMessagesStored } from '../pipeline/after-messages';
import { processDueWebhookEvents, processWebhookEvent } from './process-event';

export interface WebhookIntake {
  /** Stores the push durably; resolves to its new id, or null when it was a duplicate. */
  store(c: Context<AppEnv>, event: NewWebhookEvent): Promise<string | null>;
  /** Arranges processing of a newly stored push after the response. */
  process(c: Context<AppEnv>, id: string): void;
}

export const directIntake: WebhookIntake = {
  store: (c, event) => insertWebhookEvent(c.get('db'), event),
  process: (c, id) =>
    runAfterResponse(c, 'process-webhook', async (db, deps) => {
      const processed = await processWebhookEvent(deps, db, id);
      await afterMessagesStored(deps, db, processed.newMessages);
    }),
};

const MAX_BATCH = 500;
const MAX_WRITERS = 3;
const DRAIN_DELAY_MS = 20;

export function createBatchingIntake(deps: AppDeps, db: Db): WebhookIntake & { close(): Promise<void> } {
  const queue: { event: NewWebhookEvent; resolve(id: string | null): void; reject(e: unknown): void }[] = [];
  let scheduled = false;
  const inFlight = new Set<Promise<void>>();

  // A few writes at a time: pushes queue up while they run and go together in the next (group commit).
  // Rows are inserted in key order, so two writers never lock the same keys in opposite orders.
  let writing = 0;
  const flush = (): void => {
    scheduled = false;
    if (writing >= MAX_WRITERS || queue.length === 0) return;
    const batch = queue.splice(0, MAX_BATCH);
    const write = insertWebhookEvents(db, batch.map((b) => b.event))
      .then((ids) => batch.forEach((b, i) => b.resolve(ids[i] ?? null)))
      // One push Postgres refuses must not fail its neighbours: write them one by one instead.
      .catch(() => Promise.all(batch.map((b) => insertWebhookEvents(db, [b.event]).then(([id]) => b.resolve(id ?? null), b.reject))).then(() => undefined))
      .finally(() => {
        inFlight.delete(write);
        writing--;
        if (queue.length) flush();
      });
    writing++;
    inFlight.add(write);
  };

  let draining: Promise<void> | null = null;
  let again = false;
  const drain = async () => {
    do {
      again = false;
      try {
        const { newMessages } = await processDueWebhookEvents(deps, db);
        await afterMessagesStored(deps, db, newMessages);
      } catch (error) {
        deps.log.error('webhook processing failed', describeError(error)); // events stay due; the job retries
      }
    } while (again);
  };

  return {
    store: (_c, event) =>
      new Promise((resolve, reject) => {
        queue.push({ event, resolve, reject });
        // Idle: write on the next turn of the event loop (pushes of this turn join). Busy: they wait for
        // the write in progress and go together right after it.
        if (writing < MAX_WRITERS && !scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      }),
    // Processing is not on the clock TikTok watches (acknowledging is): a short pause lets a burst of
    // pushes be acknowledged first and then processed together.
    process: () => {
      if (draining) {
        again = true;
        return;
      }
      draining = new Promise<void>((resolve) => setTimeout(resolve, DRAIN_DELAY_MS))
        .then(drain)
        .finally(() => (draining = null));
    },
    close: async () => {
      flush();
      await Promise.allSettled([...inFlight]);
      await draining;
    },
  };
}
