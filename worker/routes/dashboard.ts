// The dashboard's numbers (issue 8, docs/metrics.md): served from the rollups, freshened first for the
// requesting organisation (a couple of bounded maintenance batches; the cron does the rest). Owners and
// admins see every shop; agents only the shops of their groups.
import { Hono } from 'hono/tiny';
import { dashboardQuerySchema, type DashboardQueryParams } from '../../shared/schemas/dashboard';
import { visibleShopIds } from '../db/queries/visibility';
import type { AppEnv } from '../deps';
import { AppError } from '../errors';
import { maintainMetrics } from '../metrics/maintain';
import { dashboardCsv, dashboardMetrics, type DashboardQuery } from '../metrics/query';
import { mustAuth, requireAuth } from '../middleware/auth';
import { queryParams } from '../validate';
import type { Context } from 'hono';

/** Batches run for the requesting organisation before answering, so the figures include what just happened. */
export const FRESHEN_BATCHES = 2;

async function prepare(c: Context<AppEnv>, params: DashboardQueryParams): Promise<{ orgId: string; query: DashboardQuery }> {
  const auth = mustAuth(c);
  const db = c.get('db');
  await maintainMetrics(db, auth.orgId, c.get('deps').clock.now(), { maxBatches: FRESHEN_BATCHES });
  const scope = await visibleShopIds(db, auth);
  let shopIds: string[] | undefined;
  if (params.shopId) {
    if (scope !== 'all' && !scope.includes(params.shopId)) throw new AppError('not_found', 'No such shop.');
    shopIds = [params.shopId];
  } else if (scope !== 'all') shopIds = scope;
  return { orgId: auth.orgId, query: { from: params.from, to: params.to, ...(shopIds ? { shopIds } : {}), ...(params.market ? { markets: [params.market] } : {}) } };
}

export const dashboardRoutes = new Hono<AppEnv>()
  .get('/', requireAuth, queryParams(dashboardQuerySchema), async (c) => {
    const { orgId, query } = await prepare(c, c.req.valid('query'));
    return c.json(await dashboardMetrics(c.get('db'), orgId, query));
  })
  .get('/export.csv', requireAuth, queryParams(dashboardQuerySchema), async (c) => {
    const params = c.req.valid('query');
    const { orgId, query } = await prepare(c, params);
    const csv = await dashboardCsv(c.get('db'), orgId, query);
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="askchat-${params.from}-${params.to}.csv"`,
    });
  });
