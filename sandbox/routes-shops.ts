// Shop discovery (reference §3): the shops an access token covers, with the cipher for shop-scoped calls.
import { Hono } from 'hono';
import { answers } from './api-helpers';
import { sellerByOpenId, shopsOfSeller, type SandboxContext } from './context';
import type { ApiEnv } from './open-api-guard';

export function shopRoutes(ctx: SandboxContext): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  const { ok } = answers(ctx);

  app.get('/authorization/202309/shops', (c) => {
    const shops = shopsOfSeller(c.get('call').sellerOpenId).map((s) => ({ id: s.id, name: s.name, region: s.region, seller_type: s.sellerType, cipher: s.cipher, code: s.code }));
    return ok(c, { shops });
  });

  app.get('/seller/202309/shops', (c) => ok(c, { shops: shopsOfSeller(c.get('call').sellerOpenId).map((s) => ({ id: s.id, region: s.region })) }));

  app.get('/seller/202309/permissions', (c) => {
    const seller = sellerByOpenId(c.get('call').sellerOpenId);
    const crossBorder = shopsOfSeller(seller?.openId ?? '').some((s) => s.sellerType === 'CROSS_BORDER');
    return ok(c, { permissions: crossBorder ? ['MANAGE_GLOBAL_PRODUCT'] : [] });
  });

  return app;
}
