// Periodic work, run by Cloudflare's cron trigger (worker/index.ts) and by a timer on Node
// (worker/entry-node.ts). Each job is idempotent and bounded per run, so overlapping or missed runs do no
// harm; one failing job is logged and does not stop the others.
import { lt } from 'drizzle-orm';
import { refreshConnection } from '../connector/shop-session';
import { processDueWebhookEvents } from '../connector/process-event';
import { reconcileShop, shopsDueForPoll } from '../connector/reconcile';
import { connectionsDueForRefresh } from '../db/queries/connections';
import { deleteExpiredSessions } from '../db/queries/sessions';
import { appliedMutations, loginAttempts, oauthStates } from '../db/schema';
import type { Db } from '../db/types';
import type { AppDeps } from '../deps';
import type { Logger } from '../log';
import { describeError } from '../log';
import { afterMessagesStored } from '../pipeline/after-messages';
import { processEmailEvents } from '../email/inbound';
import { followTickets } from '../tickets/follow';
import { sendResponseWarnings } from './response-clock';
import { repageEscalations } from './repage';
import { handOverShifts } from './handover';
import { remindPrivacyRequests } from '../privacy/reminders';
import { runRetention } from '../privacy/retention';
import { maintainAllMetrics } from '../metrics/maintain';

export interface ScheduledContext {
  deps: AppDeps;
  db: Db;
  now: Date;
  log: Logger;
}

const DAY = 86_400_000;
/** Tokens are refreshed when they expire within this window (TikTok access tokens live 7 days). */
export const REFRESH_AHEAD_MS = DAY;
/** Each shop is polled for missed messages about this often. */
export const POLL_EVERY_MS = 10 * 60_000;

type Job = { name: string; run(ctx: ScheduledContext): Promise<void> };

export const JOBS: Job[] = [
  {
    name: 'retry-webhook-events',
    run: async ({ deps, db }) => {
      const { newMessages } = await processDueWebhookEvents(deps, db, { maxBatches: 10 });
      await afterMessagesStored(deps, db, newMessages);
    },
  },
  // Inbound mail whose processing failed (retry times in email/events.ts): later mail also retries it, but
  // a quiet shop may get none. One claim per run (20 events); nothing to claim while e-mail is off.
  { name: 'retry-email-events', run: async ({ deps, db }) => void (deps.config.BUYER_HASH_SECRET && (await processEmailEvents(deps, db, null))) },
  {
    name: 'refresh-tiktok-tokens',
    run: async ({ deps, db, now }) => {
      for (const connection of await connectionsDueForRefresh(db, new Date(now.getTime() + REFRESH_AHEAD_MS), 20)) {
        await refreshConnection(deps, db, connection.id, connection.accessToken);
      }
    },
  },
  {
    name: 'reconcile-shops',
    run: async ({ deps, db, now, log }) => {
      for (const shop of await shopsDueForPoll(db, new Date(now.getTime() - POLL_EVERY_MS), 5)) {
        if (!shop.connectionId) continue;
        const result = await reconcileShop(deps, db, shop);
        if (!result.ok) log.warn('reconciliation poll failed', { shopId: shop.id, kind: result.err.kind, code: result.err.code });
        else if (result.val.synced) {
          log.info('reconciliation found missed messages', { shopId: shop.id, conversations: result.val.synced });
          await afterMessagesStored(deps, db, result.val.stored); // fresh ones are answered like any other
        }
      }
    },
  },
  { name: 'follow-tickets', run: async ({ deps, db }) => void (await followTickets(deps, db)) },
  { name: 'repage-escalations', run: async ({ deps, db, now }) => void (await repageEscalations(deps, db, now)) },
  { name: 'shift-handover', run: async ({ deps, db, now }) => void (await handOverShifts(deps, db, now)) },
  { name: 'response-clock-warnings', run: async ({ deps, db, now }) => void (await sendResponseWarnings(deps, db, now)) },
  { name: 'privacy-reminders', run: async ({ deps, db, now }) => void (await remindPrivacyRequests(deps, db, now)) },
  { name: 'metrics-rollups', run: async ({ db, now }) => void (await maintainAllMetrics(db, now)) },
  { name: 'retention', run: async ({ db, now, log }) => void log.debug('retention', { orgs: await runRetention(db, now) }) },
  { name: 'expire-sessions', run: ({ db, now }) => deleteExpiredSessions(db, now) },
  {
    name: 'forget-old-rows',
    run: async ({ db, now }) => {
      await db.delete(loginAttempts).where(lt(loginAttempts.windowStart, new Date(now.getTime() - DAY)));
      await db.delete(oauthStates).where(lt(oauthStates.expiresAt, new Date(now.getTime() - DAY)));
      await db.delete(appliedMutations).where(lt(appliedMutations.createdAt, new Date(now.getTime() - 30 * DAY)));
    },
  },
];

export async function runScheduledJobs(ctx: ScheduledContext): Promise<{ name: string; ok: boolean }[]> {
  const results: { name: string; ok: boolean }[] = [];
  for (const job of JOBS) {
    try {
      await job.run(ctx);
      results.push({ name: job.name, ok: true });
    } catch (error) {
      ctx.log.error('scheduled job failed', { job: job.name, ...describeError(error) });
      results.push({ name: job.name, ok: false });
    }
  }
  return results;
}
