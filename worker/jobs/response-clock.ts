// Warnings before TikTok's response deadline (shared/time/response-clock.ts): at 75% of a wait the
// assignee is pushed, at 90% the group and the owners and admins. Each level is sent once per wait (the
// conversation's `warnedLevel`), and a reply from the shop stops the clock (pipeline/send-message.ts).
import { and, asc, eq, isNotNull, lte, ne, or, isNull } from 'drizzle-orm';
import { warningsFor } from '../../shared/time/response-clock';
import { buyers, conversations, shops } from '../db/schema';
import type { Db } from '../db/types';
import type { AppDeps } from '../deps';
import { writeWithVersion } from '../db/version';
import { notifyResponseDue } from '../pipeline/notify';

const LEVELS = ['assignee', 'group'] as const;
const BATCH = 50;

export async function sendResponseWarnings(deps: Pick<AppDeps, 'push' | 'log' | 'clock' | 'fetch'>, db: Db, now: Date): Promise<number> {
  // The earliest a warning can be due is 75% into a window of at least 12 h: anything due within 12 h.
  const horizon = new Date(now.getTime() + 12 * 3_600_000);
  const rows = await db
    .select({ c: conversations, shopName: shops.name, buyerName: buyers.displayName })
    .from(conversations)
    .innerJoin(shops, eq(shops.id, conversations.shopId))
    .innerJoin(buyers, eq(buyers.id, conversations.buyerId))
    .where(
      and(
        isNotNull(conversations.dueAt),
        lte(conversations.dueAt, horizon),
        ne(conversations.status, 'resolved'),
        or(isNull(conversations.warnedLevel), eq(conversations.warnedLevel, 'assignee')),
      ),
    )
    .orderBy(asc(conversations.dueAt))
    .limit(BATCH);
  let sent = 0;
  for (const { c, shopName, buyerName } of rows) {
    if (!c.waitingSince || !c.dueAt) continue;
    const due = warningsFor(c.waitingSince.getTime(), c.dueAt.getTime()).filter((w) => w.at <= now.getTime());
    const reached = due.reduce<number>((top, w) => Math.max(top, LEVELS.indexOf(w.level)), -1);
    const already = c.warnedLevel ? LEVELS.indexOf(c.warnedLevel as (typeof LEVELS)[number]) : -1;
    if (reached <= already) continue;
    const level = LEVELS[reached]!;
    // Marked first: a warning is better missed once than sent on every run if pushing keeps failing.
    await writeWithVersion(db, c.orgId, (tx, version) => tx.update(conversations).set({ warnedLevel: level, version }).where(eq(conversations.id, c.id)));
    sent += await notifyResponseDue(deps, db, {
      orgId: c.orgId,
      shopId: c.shopId,
      shopName,
      conversationId: c.id,
      buyerName,
      assigneeId: c.assigneeId,
      level,
      minutesLeft: (c.dueAt.getTime() - now.getTime()) / 60_000,
    });
  }
  return sent;
}
