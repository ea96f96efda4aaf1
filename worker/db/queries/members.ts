import { and, asc, count, eq } from 'drizzle-orm';
import type { MemberView } from '../../../shared/schemas/members';
import type { Role } from '../../../shared/roles';
import { groupMembers, memberships, users } from '../schema';
import type { Queryable } from '../types';

export async function listMembers(db: Queryable, orgId: string): Promise<MemberView[]> {
  const [rows, groups] = await Promise.all([
    db
      .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.orgId, orgId))
      .orderBy(asc(users.name)),
    db.select({ userId: groupMembers.userId, groupId: groupMembers.groupId }).from(groupMembers).where(eq(groupMembers.orgId, orgId)),
  ]);
  return rows.map((r) => ({ ...r, groupIds: groups.filter((g) => g.userId === r.userId).map((g) => g.groupId) }));
}

export async function countOwners(db: Queryable, orgId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'owner')));
  return Number(row?.n ?? 0);
}

export async function setMemberRole(db: Queryable, orgId: string, userId: string, role: Role, version: number): Promise<boolean> {
  const rows = await db
    .update(memberships)
    .set({ role, version })
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
    .returning({ id: memberships.id });
  return rows.length > 0;
}

export async function removeMember(db: Queryable, orgId: string, userId: string): Promise<boolean> {
  await db.delete(groupMembers).where(and(eq(groupMembers.orgId, orgId), eq(groupMembers.userId, userId)));
  const rows = await db.delete(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId))).returning({ id: memberships.id });
  return rows.length > 0;
}
