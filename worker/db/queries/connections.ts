import { and, eq, lt, sql } from 'drizzle-orm';
import { newId } from '../../../shared/ids';
import { shops, tiktokConnections } from '../schema';
import type { Queryable } from '../types';

export type ConnectionRow = typeof tiktokConnections.$inferSelect;

export interface SealedTokens {
  accessToken: string;
  accessExpiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date;
}

/** Inserts the grant, or updates it in place when this organisation re-authorises the same seller. */
export async function upsertConnection(
  db: Queryable,
  input: SealedTokens & { orgId: string; openId: string; sellerName: string; sellerBaseRegion: string | null; grantedScopes: string[]; now: Date },
): Promise<string> {
  const [row] = await db
    .insert(tiktokConnections)
    .values({ id: newId('connection'), ...input, status: 'active', updatedAt: input.now })
    .onConflictDoUpdate({
      target: [tiktokConnections.orgId, tiktokConnections.openId],
      set: {
        sellerName: input.sellerName,
        sellerBaseRegion: input.sellerBaseRegion,
        accessToken: input.accessToken,
        accessExpiresAt: input.accessExpiresAt,
        refreshToken: input.refreshToken,
        refreshExpiresAt: input.refreshExpiresAt,
        grantedScopes: input.grantedScopes,
        status: 'active',
        lastError: null,
        updatedAt: input.now,
      },
    })
    .returning({ id: tiktokConnections.id });
  return row!.id;
}

export async function getConnection(db: Queryable, id: string): Promise<ConnectionRow | undefined> {
  const [row] = await db.select().from(tiktokConnections).where(eq(tiktokConnections.id, id)).limit(1);
  return row;
}

/** Locks the row for the rest of the transaction: one refresh at a time per grant. */
export async function lockConnection(db: Queryable, id: string): Promise<ConnectionRow | undefined> {
  const [row] = await db.select().from(tiktokConnections).where(eq(tiktokConnections.id, id)).for('update').limit(1);
  return row;
}

export async function saveRefreshedTokens(db: Queryable, id: string, tokens: SealedTokens, now: Date): Promise<void> {
  await db.update(tiktokConnections).set({ ...tokens, status: 'active', lastError: null, updatedAt: now }).where(eq(tiktokConnections.id, id));
}

/** Marks a grant unusable and its shops disconnected (shown as "reconnect this shop"), in one versioned write. */
export async function markConnection(db: Queryable, id: string, status: 'expired' | 'revoked', lastError: string, now: Date, version: number): Promise<void> {
  await db.update(tiktokConnections).set({ status, lastError, updatedAt: now }).where(eq(tiktokConnections.id, id));
  await db
    .update(shops)
    .set({ status: status === 'revoked' ? 'revoked' : 'disconnected', version })
    .where(and(eq(shops.connectionId, id), eq(shops.status, 'active')));
}

export async function connectionsDueForRefresh(db: Queryable, before: Date, limit: number): Promise<ConnectionRow[]> {
  return db
    .select()
    .from(tiktokConnections)
    .where(and(eq(tiktokConnections.status, 'active'), lt(tiktokConnections.accessExpiresAt, before)))
    .limit(limit);
}

export async function listConnections(db: Queryable, orgId: string) {
  return db
    .select({
      id: tiktokConnections.id,
      sellerName: tiktokConnections.sellerName,
      status: tiktokConnections.status,
      lastError: tiktokConnections.lastError,
      accessExpiresAt: tiktokConnections.accessExpiresAt,
      authorizationExpiresAt: tiktokConnections.authorizationExpiresAt,
      // Spelled out: inside a select list Drizzle leaves columns unqualified, and `id` would mean the shop's.
      shopCount: sql<number>`(select count(*) from shops s where s.connection_id = "tiktok_connections"."id")`.mapWith(Number),
    })
    .from(tiktokConnections)
    .where(eq(tiktokConnections.orgId, orgId));
}
