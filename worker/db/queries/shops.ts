import { and, asc, eq } from 'drizzle-orm';
import type { Language, Market } from '../../../shared/markets';
import type { ShopType, ShopView, ShopStatus } from '../../../shared/schemas/shops';
import { shops } from '../schema';
import type { Queryable } from '../types';
import { inScope, type ShopScope } from './visibility';

export type ShopRow = typeof shops.$inferSelect;

export function toShopView(row: ShopRow): ShopView {
  return {
    id: row.id,
    name: row.name,
    type: row.type as ShopType,
    market: row.market as Market,
    languages: row.languages as Language[],
    timeZone: row.timeZone,
    status: row.status as ShopStatus,
    version: row.version,
  };
}

export async function listShops(db: Queryable, orgId: string, scope: ShopScope): Promise<ShopRow[]> {
  return db
    .select()
    .from(shops)
    .where(and(eq(shops.orgId, orgId), inScope(shops.id, scope)))
    .orderBy(asc(shops.market), asc(shops.name));
}

export async function getShop(db: Queryable, orgId: string, scope: ShopScope, id: string): Promise<ShopRow | undefined> {
  const [row] = await db
    .select()
    .from(shops)
    .where(and(eq(shops.orgId, orgId), eq(shops.id, id), inScope(shops.id, scope)))
    .limit(1);
  return row;
}

export async function updateShop(
  db: Queryable,
  orgId: string,
  id: string,
  patch: Partial<Pick<ShopRow, 'name' | 'type' | 'languages' | 'timeZone'>>,
  version: number,
): Promise<ShopRow | undefined> {
  const [row] = await db
    .update(shops)
    .set({ ...patch, version })
    .where(and(eq(shops.orgId, orgId), eq(shops.id, id)))
    .returning();
  return row;
}
