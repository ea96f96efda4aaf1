import { Hono } from 'hono/tiny';
import { pullQuerySchema, waitQuerySchema, type WaitResponse } from '../../shared/schemas/sync';
import { waitForChange } from '../sync/wait';
import { visibleShopIds } from '../db/queries/visibility';
import type { AppEnv } from '../deps';
import { mustAuth, requireAuth } from '../middleware/auth';
import { pullChanges } from '../sync/pull';
import { scopeKey } from '../sync/scope-key';
import { queryParams } from '../validate';

export const syncRoutes = new Hono<AppEnv>()
  // Real time without sockets: the phone asks "anything after my cursor?" and the answer comes as soon
  // as there is (checked every ~0.4 s), or after `wait` seconds with changed=false. Works on Workers.
  .get('/wait', requireAuth, queryParams(waitQuerySchema), async (c) => {
    const auth = mustAuth(c);
    const { cursor, wait } = c.req.valid('query');
    const head = await waitForChange(c.get('db'), auth.orgId, cursor, wait * 1000, c.req.raw.signal);
    c.header('cache-control', 'no-store');
    return c.json({ changed: head > cursor, head } satisfies WaitResponse);
  })
  .get('/pull', requireAuth, queryParams(pullQuerySchema), async (c) => {
  const auth = mustAuth(c);
  const query = c.req.valid('query');
  const db = c.get('db');
  const scope = await visibleShopIds(db, auth);
  const key = await scopeKey(scope);
  const reset = query.cursor > 0 && query.scope !== undefined && query.scope !== key;
  const page = await pullChanges(db, {
    orgId: auth.orgId,
    scope,
    cursor: reset ? 0 : query.cursor,
    limit: query.limit,
    firstSync: reset || query.first || query.cursor === 0,
    now: c.get('deps').clock.now(),
  });
  c.header('cache-control', 'no-store');
  // Nothing after the cursor and the scope stands: 204, no body (an empty pull is most pulls; docs/sync.md).
  if (!reset && query.scope === key && page.cursor === query.cursor) return c.body(null, 204);
  return c.json({ ...page, scope: key, reset });
});
