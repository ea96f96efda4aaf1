// Connecting TikTok Shop accounts (reference §2). "Connect a shop" sends the seller to TikTok's authorize
// page for their region with a state bound to this session; the callback exchanges the code for tokens,
// lists the authorised shops and stores one row per shop. Failures end on a page that says what to do.
import { Hono } from 'hono/tiny';
import * as z from 'zod/mini';
import { runAfterResponse } from '../background';
import { storeGrant } from '../connector/grant';
import { consumeOAuthState, createOAuthState } from '../connector/oauth-state';
import { reconcileShop } from '../connector/reconcile';
import { listConnections } from '../db/queries/connections';
import { shops } from '../db/schema';
import type { AppEnv } from '../deps';
import { mustAuth, requirePermission } from '../middleware/auth';
import { queryParams } from '../validate';
import { inArray } from 'drizzle-orm';
import { oauthErrorPage } from './oauth-error-page';

const connectQuery = z.object({ region: z._default(z.enum(['us', 'row']), 'row') });

const callbackQuery = z.object({
  code: z.optional(z.string().check(z.maxLength(512))),
  state: z.optional(z.string().check(z.maxLength(200))),
  error: z.optional(z.string().check(z.maxLength(100))),
});

export const tiktokRoutes = new Hono<AppEnv>()
  .get('/connect', requirePermission('manage_shops'), queryParams(connectQuery), async (c) => {
    const auth = mustAuth(c);
    const { config, clock } = c.get('deps');
    const region = c.req.valid('query').region === 'us' ? 'US' : 'ROW';
    const state = await createOAuthState(c.get('db'), config.TIKTOK_APP_SECRET, { orgId: auth.orgId, userId: auth.userId, sessionId: auth.sessionId, region, now: clock.now() });
    const url = new URL(region === 'US' ? config.TIKTOK_AUTHORIZE_URL_US : config.TIKTOK_AUTHORIZE_URL);
    if (config.TIKTOK_SERVICE_ID) url.searchParams.set('service_id', config.TIKTOK_SERVICE_ID);
    url.searchParams.set('state', state);
    return c.redirect(url.toString(), 302);
  })
  .get('/oauth/callback', queryParams(callbackQuery), async (c) => {
    const query = c.req.valid('query');
    const auth = c.get('auth');
    const deps = c.get('deps');
    const db = c.get('db');
    if (query.error) return oauthErrorPage(c, 'declined');
    if (!auth) return oauthErrorPage(c, 'signed_out');
    // App Store installs arrive without a state (§2.1); they must start from AskChat so they are bound to a session.
    if (!query.state) return oauthErrorPage(c, 'no_state');
    const check = await consumeOAuthState(db, deps.config.TIKTOK_APP_SECRET, query.state, auth.sessionId, deps.clock.now());
    if (!check.ok) return oauthErrorPage(c, check.reason === 'expired' ? 'state_expired' : check.reason === 'used' ? 'state_used' : 'state_invalid');
    if (!query.code) return oauthErrorPage(c, 'no_code');

    const tokens = await deps.tiktok.getAccessToken(query.code);
    if (!tokens.ok) return oauthErrorPage(c, 'code_refused', tokens.err.requestId);
    if (tokens.val.userType !== 0) return oauthErrorPage(c, 'not_a_seller');
    const listed = await deps.tiktok.getAuthorizedShops({ accessToken: tokens.val.accessToken });
    if (!listed.ok) return oauthErrorPage(c, 'shops_failed', listed.err.requestId);
    const grant = await storeGrant(deps, db, check.orgId, tokens.val, listed.val);

    // Bring in recent history of the new shops without making the seller wait for it.
    runAfterResponse(c, 'import-new-shops', async (bgDb) => {
      if (grant.shopIds.length === 0) return;
      for (const shop of await bgDb.select().from(shops).where(inArray(shops.id, grant.shopIds))) await reconcileShop(deps, bgDb, shop, { pages: 5 });
    });
    return c.redirect(`/settings/shops?connected=${grant.shopIds.length}${grant.skipped.length ? `&skipped=${grant.skipped.length}` : ''}`, 302);
  })
  .get('/connections', requirePermission('manage_shops'), async (c) => {
    const rows = await listConnections(c.get('db'), mustAuth(c).orgId);
    return c.json({ connections: rows.map((r) => ({ ...r, accessExpiresAt: r.accessExpiresAt.toISOString(), authorizationExpiresAt: r.authorizationExpiresAt?.toISOString() ?? null })) });
  });
