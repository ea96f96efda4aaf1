// Reminders before a data subject's request is due (GDPR one month, CCPA 45 days): one push to the
// owners and admins a week before, for every request not completed.
import { and, eq, isNull, lt } from 'drizzle-orm';
import { privacyRequests } from '../db/schema';
import type { Db } from '../db/types';
import { notifyPrivacyDue } from '../pipeline/notify';

const DAY = 86_400_000;
/** Requests due within this long and not completed get one reminder. */
export const PRIVACY_REMINDER_DAYS = 7;

export async function remindPrivacyRequests(deps: Parameters<typeof notifyPrivacyDue>[0], db: Db, now: Date): Promise<number> {
  const soon = new Date(now.getTime() + PRIVACY_REMINDER_DAYS * DAY);
  const due = await db
    .select()
    .from(privacyRequests)
    .where(and(isNull(privacyRequests.completedAt), isNull(privacyRequests.remindedAt), lt(privacyRequests.dueAt, soon)))
    .limit(50);
  for (const r of due) {
    await db.update(privacyRequests).set({ remindedAt: now }).where(eq(privacyRequests.id, r.id));
    await notifyPrivacyDue(deps, db, { orgId: r.orgId, requestId: r.id, kind: r.kind, law: r.law, dueAt: r.dueAt, now });
  }
  return due.length;
}
