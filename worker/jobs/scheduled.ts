// Periodic housekeeping, run by Cloudflare's cron trigger (worker/index.ts) and by a timer on Node
// (worker/entry-node.ts). Each job is idempotent and bounded, so overlapping or missed runs do no harm.
import { lt } from 'drizzle-orm';
import { deleteExpiredSessions } from '../db/queries/sessions';
import { loginAttempts } from '../db/schema';
import type { Db } from '../db/types';
import type { Logger } from '../log';
import { describeError } from '../log';

export interface ScheduledContext {
  db: Db;
  now: Date;
  log: Logger;
}

type Job = { name: string; run(ctx: ScheduledContext): Promise<void> };

const JOBS: Job[] = [
  { name: 'expire-sessions', run: ({ db, now }) => deleteExpiredSessions(db, now) },
  {
    name: 'forget-login-attempts',
    run: async ({ db, now }) => {
      await db.delete(loginAttempts).where(lt(loginAttempts.windowStart, new Date(now.getTime() - 86_400_000)));
    },
  },
];

/** Runs every job; one failing job is logged and does not stop the others. */
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
