import { and, desc, eq, isNull } from 'drizzle-orm';
import { newId } from '../../../shared/ids';
import type { InviteView } from '../../../shared/schemas/invites';
import { invites, organizations } from '../schema';
import type { Queryable } from '../types';

export type InviteRow = typeof invites.$inferSelect;

export function toInviteView(row: InviteRow): InviteView {
  return { id: row.id, email: row.email, role: row.role, expiresAt: row.expiresAt.toISOString(), acceptedAt: row.acceptedAt?.toISOString() ?? null };
}

export async function insertInvite(
  db: Queryable,
  input: { orgId: string; email: string; role: 'admin' | 'agent'; groupIds: string[]; tokenHash: string; invitedBy: string; expiresAt: Date },
): Promise<InviteRow> {
  const [row] = await db.insert(invites).values({ id: newId('invite'), ...input }).returning();
  return row!;
}

export async function listOpenInvites(db: Queryable, orgId: string): Promise<InviteRow[]> {
  return db.select().from(invites).where(and(eq(invites.orgId, orgId), isNull(invites.acceptedAt))).orderBy(desc(invites.createdAt));
}

export async function deleteInvite(db: Queryable, orgId: string, id: string): Promise<boolean> {
  const rows = await db.delete(invites).where(and(eq(invites.orgId, orgId), eq(invites.id, id))).returning({ id: invites.id });
  return rows.length > 0;
}

export async function findInviteByTokenHash(db: Queryable, tokenHash: string) {
  const [row] = await db
    .select({ invite: invites, organizationName: organizations.name })
    .from(invites)
    .innerJoin(organizations, eq(organizations.id, invites.orgId))
    .where(eq(invites.tokenHash, tokenHash))
    .limit(1);
  return row;
}

/** Marks the invite used; false when someone else used it first (the row is locked by the update). */
export async function markInviteAccepted(db: Queryable, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(invites)
    .set({ acceptedAt: now })
    .where(and(eq(invites.id, id), isNull(invites.acceptedAt)))
    .returning({ id: invites.id });
  return rows.length > 0;
}
