// Giving a handed-off conversation to a person (shared/routing/pick-assignee.ts decides; this loads the
// candidates). The group is the one that owns the shop — of several, those that take the conversation's
// intent queue first, then those that speak the buyer's language — and its members are the candidates; a shop no group owns falls to the owners and admins. When
// nobody is on shift the conversation goes to an owner, flagged `nobody_on_shift`, and the buyer's holding
// message says when the first person comes on.
import { and, asc, count, eq, inArray, max, ne } from 'drizzle-orm';
import { isAvailable, pickAssignee, type Candidate, type RoutingMode } from '../../shared/routing/pick-assignee';
import type { HolidayCalendar } from '../../shared/time/holidays';
import type { Roster } from '../../shared/time/roster';
import { agentGroups, conversations, groupMembers, groupShops, memberships } from '../db/schema';
import type { Db } from '../db/types';

export interface Routing {
  assigneeId: string | null;
  groupId: string | null;
  /** When nobody is on shift: when the first person comes on (for the holding message). */
  nextHumanAt: Date | null;
  note: 'nobody_on_shift' | null;
}

/** `exclude`: people not to pick (re-paging passes over whoever did not open the escalation). */
export async function routeHandoff(
  db: Db,
  orgId: string,
  shopId: string,
  language: string | null,
  now: Date,
  holidays: HolidayCalendar,
  exclude: readonly string[] = [],
  intent: string | null = null,
): Promise<Routing> {
  const owning = await db
    .select({ id: agentGroups.id, routing: agentGroups.routing, languages: agentGroups.languages, intents: agentGroups.intents })
    .from(agentGroups)
    .innerJoin(groupShops, eq(groupShops.groupId, agentGroups.id))
    .where(and(eq(groupShops.shopId, shopId), eq(agentGroups.orgId, orgId)))
    .orderBy(asc(agentGroups.name));
  // A group that names queues takes only those; one that names none takes every queue. The groups that
  // name this intent come before the general ones.
  const forQueue = owning.filter((g) => g.intents.length === 0 || (intent !== null && g.intents.includes(intent)));
  const specialists = forQueue.filter((g) => intent !== null && g.intents.includes(intent));
  const groups = specialists.length ? specialists : forQueue.length ? forQueue : owning;
  const speaking = groups.filter((g) => language && g.languages.includes(language));
  const chosen = speaking.length ? speaking : groups;

  const people = (chosen.length
    ? await db
        .selectDistinct({ userId: groupMembers.userId, roster: memberships.roster, activeAt: memberships.lastActiveAt })
        .from(groupMembers)
        .innerJoin(memberships, and(eq(memberships.userId, groupMembers.userId), eq(memberships.orgId, orgId)))
        .where(inArray(groupMembers.groupId, chosen.map((g) => g.id)))
    : await db
        .select({ userId: memberships.userId, roster: memberships.roster, activeAt: memberships.lastActiveAt })
        .from(memberships)
        .where(and(eq(memberships.orgId, orgId), inArray(memberships.role, ['owner', 'admin'])))).filter((p) => !exclude.includes(p.userId));

  const load = people.length
    ? await db
        .select({ userId: conversations.assigneeId, open: count(), last: max(conversations.assignedAt) })
        .from(conversations)
        .where(and(eq(conversations.orgId, orgId), inArray(conversations.assigneeId, people.map((p) => p.userId))))
        .groupBy(conversations.assigneeId)
    : [];
  const waiting = people.length
    ? await db
        .select({ userId: conversations.assigneeId, open: count() })
        .from(conversations)
        .where(and(eq(conversations.orgId, orgId), eq(conversations.needsHuman, true), ne(conversations.status, 'resolved'), inArray(conversations.assigneeId, people.map((p) => p.userId))))
        .groupBy(conversations.assigneeId)
    : [];
  const candidates: Candidate[] = people.map((p) => ({
    userId: p.userId,
    roster: p.roster ? ({ agentId: p.userId, ...p.roster } as Roster) : null,
    openCount: waiting.find((w) => w.userId === p.userId)?.open ?? 0,
    lastAssignedAt: load.find((l) => l.userId === p.userId)?.last?.getTime() ?? null,
    activeAt: p.activeAt?.getTime() ?? null,
  }));

  const mode: RoutingMode = chosen[0]?.routing ?? 'least_loaded';
  const pick = pickAssignee(candidates, mode, now.getTime(), holidays);
  const groupId = chosen[0]?.id ?? null;
  if (pick.userId) return { assigneeId: pick.userId, groupId, nextHumanAt: null, note: null };

  const [owner] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'owner')))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  return { assigneeId: owner?.userId ?? null, groupId, nextHumanAt: pick.nextHumanAt === null ? null : new Date(pick.nextHumanAt), note: 'nobody_on_shift' };
}

/** Whether a member is at work now: on shift by their roster (or without one), or using the app. */
export async function availableNow(db: Db, orgId: string, userId: string, now: Date, holidays: HolidayCalendar): Promise<boolean> {
  const [m] = await db
    .select({ roster: memberships.roster, activeAt: memberships.lastActiveAt })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  if (!m) return false;
  const roster = m.roster ? ({ agentId: userId, ...m.roster } as Roster) : null;
  return isAvailable({ userId, roster, openCount: 0, lastAssignedAt: null, activeAt: m.activeAt?.getTime() ?? null }, now.getTime(), holidays);
}
