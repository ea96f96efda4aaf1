// Re-paging an escalation nobody opened. An escalation is pushed to the person routing gave it to
// (pipeline/respond.ts, pageLevel 'assignee'); when nobody has opened the chat REPAGE_AFTER_MS later, it goes
// to the next agent on shift in the group (reassigned, pushed: 'next_agent'), and after as long again to the
// organisation's owners and admins ('owners', who own every group) — then paging stops. Opening the chat on
// a phone (the conversation.open mutation), a reply, resolving it or a new assignment ends the ladder.
//
// Runs from the scheduled job (every 5 minutes on Cloudflare, every minute on Node), so a page goes out
// between REPAGE_AFTER_MS and REPAGE_AFTER_MS plus one run late. Each step is claimed in one conditional
// UPDATE (the row must still be at the level and page time read), so overlapping runs page once.
import { and, asc, eq, inArray, isNull, lte, ne } from 'drizzle-orm';
import { conversations, memberships } from '../db/schema';
import type { Db } from '../db/types';
import type { AppDeps } from '../deps';
import { writeWithVersion } from '../db/version';
import { notifyRepage } from '../pipeline/notify';
import { routeHandoff } from '../pipeline/route';

export const REPAGE_AFTER_MS = 10 * 60_000;
const BATCH = 50;

type Deps = Pick<AppDeps, 'push' | 'log' | 'clock' | 'fetch' | 'ai'>;

export async function repageEscalations(deps: Deps, db: Db, now: Date): Promise<number> {
  const due = await db
    .select()
    .from(conversations)
    .where(
      and(
        eq(conversations.needsHuman, true),
        ne(conversations.status, 'resolved'),
        isNull(conversations.openedAt),
        inArray(conversations.pageLevel, ['assignee', 'next_agent']),
        lte(conversations.pagedAt, new Date(now.getTime() - REPAGE_AFTER_MS)),
      ),
    )
    .orderBy(asc(conversations.pagedAt))
    .limit(BATCH);
  let paged = 0;
  for (const c of due) {
    const engine = await deps.ai.load().catch(() => null);
    let next: { level: 'next_agent' | 'owners'; userIds: string[]; assigneeId?: string } | null = null;
    if (c.pageLevel === 'assignee' && engine) {
      const routing = await routeHandoff(db, c.orgId, c.shopId, c.language, now, engine.holidays, c.assigneeId ? [c.assigneeId] : [], c.intent);
      if (routing.assigneeId && routing.note === null) next = { level: 'next_agent', userIds: [routing.assigneeId], assigneeId: routing.assigneeId };
    }
    if (!next) {
      const leads = await db
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(and(eq(memberships.orgId, c.orgId), inArray(memberships.role, ['owner', 'admin'])));
      next = { level: 'owners', userIds: leads.map((l) => l.userId) };
    }
    const step = next;
    const claimed = await writeWithVersion(db, c.orgId, (tx, version) =>
      tx
        .update(conversations)
        .set({
          pageLevel: step.level,
          pagedAt: now,
          version,
          ...(step.assigneeId ? { assigneeId: step.assigneeId, assignedAt: now, assignVersion: version, routingNote: 'repaged' } : {}),
        })
        .where(and(eq(conversations.id, c.id), eq(conversations.pageLevel, c.pageLevel!), eq(conversations.pagedAt, c.pagedAt!), isNull(conversations.openedAt)))
        .returning({ id: conversations.id }),
    );
    if (claimed.length === 0) continue; // opened, answered or paged by another run meanwhile
    paged++;
    await notifyRepage(deps, db, { orgId: c.orgId, conversationId: c.id, userIds: step.userIds, minutes: Math.round((now.getTime() - c.pagedAt!.getTime()) / 60_000) });
  }
  return paged;
}
