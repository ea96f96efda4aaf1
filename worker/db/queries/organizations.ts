import { and, asc, eq } from 'drizzle-orm';
import { newId } from '../../../shared/ids';
import type { Role } from '../../../shared/roles';
import { memberships, organizations, orgVersions } from '../schema';
import type { Queryable, Tx } from '../types';
import { bumpVersion } from '../version';

/** Creates an organisation with its version counter and its first owner, inside the caller's transaction. */
export async function insertOrganization(tx: Tx, input: { name: string; ownerId: string }): Promise<{ id: string; name: string }> {
  const id = newId('organization');
  await tx.insert(organizations).values({ id, name: input.name });
  await tx.insert(orgVersions).values({ orgId: id, v: 0 });
  const version = await bumpVersion(tx, id);
  await tx.insert(memberships).values({ id: newId('membership'), orgId: id, userId: input.ownerId, role: 'owner', version });
  return { id, name: input.name };
}

export async function getOrganization(db: Queryable, id: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id)).limit(1);
  return row;
}

export async function listUserOrganizations(db: Queryable, userId: string): Promise<{ id: string; name: string; role: Role }[]> {
  return db
    .select({ id: organizations.id, name: organizations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt), asc(memberships.id));
}

export async function getMembershipRole(db: Queryable, orgId: string, userId: string): Promise<Role | undefined> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
    .limit(1);
  return row?.role;
}
