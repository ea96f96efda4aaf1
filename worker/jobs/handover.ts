// Follow-the-sun handover: a conversation waiting on the shop (needs a person, open) whose assignee is no
// longer at work — their shift is over and they have not used the app for PRESENCE_WINDOW_MS — goes to
// someone on shift in the group that owns the shop (the same routing as a new hand-off, the old assignee
// left out), who is told by push. A conversation routing gave to an owner because nobody was on shift
// (`nobody_on_shift`) goes to the first agent who comes on. Nobody on shift: it stays where it is (the owner is not woken at night for
// a chat already with a person; escalations nobody opened are re-paged by repage.ts). Escalations still being
// paged are left to re-paging. A buyer who writes to a conversation whose assignee is away is routed the same
// way at once (pipeline/respond.ts).
import { and, asc, eq, isNotNull, isNull, or } from 'drizzle-orm';
import { conversations } from '../db/schema';
import type { Db } from '../db/types';
import type { AppDeps } from '../deps';
import { writeWithVersion } from '../db/version';
import { notifyAssigned } from '../pipeline/notify';
import { availableNow, routeHandoff } from '../pipeline/route';

const BATCH = 50;

type Deps = Pick<AppDeps, 'push' | 'log' | 'clock' | 'fetch' | 'ai'>;

export async function handOverShifts(deps: Deps, db: Db, now: Date): Promise<number> {
  const engine = await deps.ai.load().catch(() => null);
  if (!engine) return 0; // without the holiday calendar nobody's shift can be read: try next run
  const open = await db
    .select()
    .from(conversations)
    .where(
      and(
        eq(conversations.needsHuman, true),
        eq(conversations.status, 'open'),
        isNotNull(conversations.assigneeId),
        or(isNull(conversations.pageLevel), isNotNull(conversations.openedAt), eq(conversations.routingNote, 'nobody_on_shift')),
      ),
    )
    .orderBy(asc(conversations.assignedAt))
    .limit(BATCH * 4);
  let moved = 0;
  const away = new Map<string, boolean>();
  for (const c of open) {
    if (moved >= BATCH) break;
    const key = `${c.orgId}:${c.assigneeId}`;
    // Given to an owner because nobody was on shift: to the first agent who comes on. Otherwise only when the
    // assignee has gone off shift.
    if (c.routingNote !== 'nobody_on_shift') {
      if (!away.has(key)) away.set(key, !(await availableNow(db, c.orgId, c.assigneeId!, now, engine.holidays)));
      if (!away.get(key)) continue;
    }
    const routing = await routeHandoff(db, c.orgId, c.shopId, c.language, now, engine.holidays, [c.assigneeId!], c.intent);
    if (!routing.assigneeId || routing.note !== null) continue; // nobody else on shift: it stays
    const to = routing.assigneeId;
    const claimed = await writeWithVersion(db, c.orgId, (tx, version) =>
      tx
        .update(conversations)
        .set({ assigneeId: to, assignedAt: now, assignVersion: version, routingNote: 'handover', version })
        .where(and(eq(conversations.id, c.id), eq(conversations.assigneeId, c.assigneeId!), eq(conversations.status, 'open')))
        .returning({ id: conversations.id }),
    );
    if (claimed.length === 0) continue; // someone changed it meanwhile
    moved++;
    await notifyAssigned(deps, db, { orgId: c.orgId, conversationId: c.id, assigneeId: to, byUserId: null });
  }
  return moved;
}
