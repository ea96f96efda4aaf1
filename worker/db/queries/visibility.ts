// Which shops a member may see. Owners and admins see every shop of the organisation; an agent sees the
// shops linked to the agent groups they belong to. Every query that returns shop-owned rows takes the
// result of `visibleShopIds` and filters on it.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { can } from '../../../shared/roles';
import type { Auth } from '../../deps';
import { groupMembers, groupShops } from '../schema';
import type { Queryable } from '../types';

/** `'all'` for members who see every shop, else the list of shop ids (possibly empty). */
export type ShopScope = 'all' | string[];

export async function visibleShopIds(db: Queryable, auth: Pick<Auth, 'orgId' | 'userId' | 'role'>): Promise<ShopScope> {
  if (can(auth.role, 'see_all_shops')) return 'all';
  const rows = await db
    .selectDistinct({ shopId: groupShops.shopId })
    .from(groupShops)
    .innerJoin(groupMembers, eq(groupMembers.groupId, groupShops.groupId))
    .where(and(eq(groupShops.orgId, auth.orgId), eq(groupMembers.userId, auth.userId)));
  return rows.map((r) => r.shopId);
}

/** A WHERE fragment limiting `column` (a shop id column) to the scope; undefined means no limit. */
export function inScope(column: PgColumn, scope: ShopScope): SQL | undefined {
  if (scope === 'all') return undefined;
  if (scope.length === 0) return sql`false`;
  return inArray(column, scope);
}

export function scopeAllows(scope: ShopScope, shopId: string): boolean {
  return scope === 'all' || scope.includes(shopId);
}
