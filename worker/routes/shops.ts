import { Hono } from 'hono/tiny';
import * as z from 'zod/mini';
import { idSchema } from '../../shared/schemas/common';
import { shopUpdateBodySchema, type ShopType } from '../../shared/schemas/shops';
import { effectiveShopSettings, shopSettingsSchema } from '../../shared/schemas/shop-settings';
import { defaultAutoSend } from '../../shared/reply/decide';
import { shops } from '../db/schema';
import { and, eq } from 'drizzle-orm';
import { getShop, listShops, toShopView, updateShop } from '../db/queries/shops';
import { visibleShopIds } from '../db/queries/visibility';
import { writeWithVersion } from '../db/version';
import type { AppEnv } from '../deps';
import { AppError } from '../errors';
import { mustAuth, requireAuth, requirePermission } from '../middleware/auth';
import { jsonBody, pathParams } from '../validate';

const params = pathParams(z.object({ shopId: idSchema }));

export const shopRoutes = new Hono<AppEnv>()
  .get('/', requireAuth, async (c) => {
    const auth = mustAuth(c);
    const db = c.get('db');
    const rows = await listShops(db, auth.orgId, await visibleShopIds(db, auth));
    return c.json({ shops: rows.map(toShopView) });
  })
  .get('/:shopId', requireAuth, params, async (c) => {
    const auth = mustAuth(c);
    const db = c.get('db');
    const row = await getShop(db, auth.orgId, await visibleShopIds(db, auth), c.req.valid('param').shopId);
    if (!row) throw new AppError('not_found', 'No such shop.');
    return c.json(toShopView(row));
  })
  .get('/:shopId/settings', requireAuth, params, async (c) => {
    const auth = mustAuth(c);
    const db = c.get('db');
    const row = await getShop(db, auth.orgId, await visibleShopIds(db, auth), c.req.valid('param').shopId);
    if (!row) throw new AppError('not_found', 'No such shop.');
    return c.json(effectiveShopSettings(row.settings, defaultAutoSend(row.type as ShopType), row.market));
  })
  .put('/:shopId/settings', requirePermission('manage_settings'), params, jsonBody(shopSettingsSchema), async (c) => {
    const auth = mustAuth(c);
    const settings = c.req.valid('json');
    const { shopId } = c.req.valid('param');
    const row = await writeWithVersion(c.get('db'), auth.orgId, async (tx, version) => {
      const [updated] = await tx.update(shops).set({ settings, version }).where(and(eq(shops.orgId, auth.orgId), eq(shops.id, shopId))).returning();
      return updated;
    });
    if (!row) throw new AppError('not_found', 'No such shop.');
    return c.json(effectiveShopSettings(row.settings, defaultAutoSend(row.type as ShopType), row.market));
  })
  .patch('/:shopId', requirePermission('manage_shops'), params, jsonBody(shopUpdateBodySchema), async (c) => {
    const auth = mustAuth(c);
    const patch = c.req.valid('json');
    const row = await writeWithVersion(c.get('db'), auth.orgId, (tx, version) => updateShop(tx, auth.orgId, c.req.valid('param').shopId, patch, version));
    if (!row) throw new AppError('not_found', 'No such shop.');
    return c.json(toShopView(row));
  });
