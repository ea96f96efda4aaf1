import type { Intent } from '../../../shared/intents';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { newId } from '../../../shared/ids';
import type { Language, Market } from '../../../shared/markets';
import type { GroupBody, GroupView } from '../../../shared/schemas/groups';
import { agentGroups, groupMembers, groupShops, memberships, shops } from '../schema';
import type { Queryable } from '../types';

export async function listGroups(db: Queryable, orgId: string, onlyForUser?: string): Promise<GroupView[]> {
  const mine = onlyForUser
    ? (await db.select({ id: groupMembers.groupId }).from(groupMembers).where(and(eq(groupMembers.orgId, orgId), eq(groupMembers.userId, onlyForUser)))).map((r) => r.id)
    : null;
  if (mine && mine.length === 0) return [];
  const [groups, members, shopLinks] = await Promise.all([
    db
      .select()
      .from(agentGroups)
      .where(and(eq(agentGroups.orgId, orgId), mine ? inArray(agentGroups.id, mine) : undefined))
      .orderBy(asc(agentGroups.name)),
    db.select().from(groupMembers).where(eq(groupMembers.orgId, orgId)),
    db.select().from(groupShops).where(eq(groupShops.orgId, orgId)),
  ]);
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    languages: g.languages as Language[],
    markets: g.markets as Market[],
    intents: g.intents as Intent[],
    routing: g.routing,
    memberIds: members.filter((m) => m.groupId === g.id).map((m) => m.userId),
    shopIds: shopLinks.filter((s) => s.groupId === g.id).map((s) => s.shopId),
    version: g.version,
  }));
}

/** Keeps only ids that belong to this organisation, so a group can never link another tenant's rows. */
export async function ownedIds(db: Queryable, orgId: string, body: Pick<GroupBody, 'memberIds' | 'shopIds'>) {
  const [users, shopRows] = await Promise.all([
    body.memberIds.length
      ? db.select({ id: memberships.userId }).from(memberships).where(and(eq(memberships.orgId, orgId), inArray(memberships.userId, body.memberIds)))
      : [],
    body.shopIds.length ? db.select({ id: shops.id }).from(shops).where(and(eq(shops.orgId, orgId), inArray(shops.id, body.shopIds))) : [],
  ]);
  return { memberIds: users.map((u) => u.id), shopIds: shopRows.map((s) => s.id) };
}

export async function saveGroup(db: Queryable, orgId: string, id: string | null, body: GroupBody, version: number): Promise<string | null> {
  const groupId = id ?? newId('group');
  const values = { name: body.name, languages: body.languages, markets: body.markets, intents: body.intents, routing: body.routing, version };
  if (id) {
    const rows = await db.update(agentGroups).set(values).where(and(eq(agentGroups.orgId, orgId), eq(agentGroups.id, id))).returning({ id: agentGroups.id });
    if (rows.length === 0) return null;
  } else {
    await db.insert(agentGroups).values({ id: groupId, orgId, ...values });
  }
  await db.delete(groupMembers).where(eq(groupMembers.groupId, groupId));
  await db.delete(groupShops).where(eq(groupShops.groupId, groupId));
  if (body.memberIds.length) await db.insert(groupMembers).values(body.memberIds.map((userId) => ({ orgId, groupId, userId })));
  if (body.shopIds.length) await db.insert(groupShops).values(body.shopIds.map((shopId) => ({ orgId, groupId, shopId })));
  return groupId;
}

export async function addUserToGroups(db: Queryable, orgId: string, userId: string, groupIds: string[]): Promise<void> {
  if (groupIds.length === 0) return;
  const owned = await db.select({ id: agentGroups.id }).from(agentGroups).where(and(eq(agentGroups.orgId, orgId), inArray(agentGroups.id, groupIds)));
  if (owned.length) await db.insert(groupMembers).values(owned.map((g) => ({ orgId, groupId: g.id, userId }))).onConflictDoNothing();
}

export async function deleteGroup(db: Queryable, orgId: string, id: string): Promise<boolean> {
  const rows = await db.delete(agentGroups).where(and(eq(agentGroups.orgId, orgId), eq(agentGroups.id, id))).returning({ id: agentGroups.id });
  return rows.length > 0;
}
