import { and, eq, lt } from 'drizzle-orm';
import type { Role } from '../../../shared/roles';
import { memberships, sessions } from '../schema';
import type { Queryable } from '../types';

export async function insertSession(db: Queryable, input: { id: string; userId: string; orgId: string; expiresAt: Date }): Promise<void> {
  await db.insert(sessions).values(input);
}

/** The session with the role its user holds now in its organisation; none if the membership is gone. */
export async function findSessionWithRole(
  db: Queryable,
  id: string,
): Promise<{ id: string; userId: string; orgId: string; expiresAt: Date; role: Role } | undefined> {
  const [row] = await db
    .select({ id: sessions.id, userId: sessions.userId, orgId: sessions.orgId, expiresAt: sessions.expiresAt, role: memberships.role })
    .from(sessions)
    .innerJoin(memberships, and(eq(memberships.orgId, sessions.orgId), eq(memberships.userId, sessions.userId)))
    .where(eq(sessions.id, id))
    .limit(1);
  return row;
}

export async function deleteSession(db: Queryable, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteUserSessionsInOrg(db: Queryable, orgId: string, userId: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.orgId, orgId), eq(sessions.userId, userId)));
}

export async function extendSession(db: Queryable, id: string, expiresAt: Date): Promise<void> {
  await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
}

export async function deleteExpiredSessions(db: Queryable, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
