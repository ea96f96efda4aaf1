// Connecting a shop: the authorize link per region, a state bound to the session (signed, single-use,
// expiring), the token exchange, tokens sealed at rest, one row per shop, re-authorisation in place,
// scheduled refresh, and a clear page for every way it can go wrong.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DEMO_SHOPS } from '../../sandbox/fixtures';
import { shops, tiktokConnections } from '../../worker/db/schema';
import { runScheduledJobs } from '../../worker/jobs/scheduled';
import { createHarness, signUp } from '../support/harness';
import { connectSeller, sellerOf } from '../support/tiktok';

const h = await createHarness();

async function startConnect(client: Awaited<ReturnType<typeof signUp>>['client'], region: 'us' | 'row' = 'row') {
  const res = await client.get(`/api/tiktok/connect?region=${region}`);
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location')!);
}

async function approve(openId: string, state: string | null) {
  const res = await h.sandbox.app.request('/api/authorize', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ seller_open_id: openId, state: state ?? undefined, approve: true }),
  });
  return new URL(((await res.json()) as { redirect: string }).redirect);
}

const connectionsOf = (orgId: string) => h.db.select().from(tiktokConnections).where(eq(tiktokConnections.orgId, orgId));

describe('connect a shop', () => {
  it('sends US sellers to the US authorize page and everyone else to the global one, with a state', async () => {
    const owner = await signUp(h);
    const us = await startConnect(owner.client, 'us');
    const row = await startConnect(owner.client, 'row');
    expect(us.pathname).toBe('/sandbox/services-us/open/authorize');
    expect(row.pathname).toBe('/sandbox/services/open/authorize');
    expect(us.searchParams.get('state')).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(us.searchParams.get('state')).not.toBe(row.searchParams.get('state'));
  });

  it('stores the grant with sealed tokens and one row per authorised shop', async () => {
    const owner = await signUp(h);
    const { res } = await connectSeller(h, owner.client, 'sbx-open-lumi');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/settings/shops?connected=4');
    const rows = await h.db.select().from(shops).where(eq(shops.orgId, owner.orgId));
    const lumi = DEMO_SHOPS.filter((s) => s.sellerOpenId === 'sbx-open-lumi');
    expect(rows.map((r) => r.tiktokShopId).sort()).toEqual(lumi.map((s) => s.id).sort());
    expect(rows.every((r) => r.type === 'cross_border' && r.cipher.startsWith('ROW_'))).toBe(true);
    const [connection] = await connectionsOf(owner.orgId);
    expect(connection!.accessToken).toMatch(/^v1\.test1\./);
    expect(connection!.accessToken).not.toContain('TTP_');
    expect(await h.deps.secrets.open(connection!.accessToken)).toMatch(/^TTP_sbx_/);
    // The shops appear in the app.
    expect((await owner.client.get('/api/shops')).body.shops).toHaveLength(4);
  });

  it('updates the grant and its shops in place when the seller authorises again', async () => {
    const owner = await signUp(h);
    await connectSeller(h, owner.client, sellerOf('GB'));
    const [first] = await connectionsOf(owner.orgId);
    const [shop] = await h.db.select().from(shops).where(eq(shops.orgId, owner.orgId));
    await owner.client.patch(`/api/shops/${shop!.id}`, { type: 'brand' });
    await connectSeller(h, owner.client, sellerOf('GB'));
    const again = await connectionsOf(owner.orgId);
    expect(again).toHaveLength(1);
    expect(again[0]!.id).toBe(first!.id);
    expect(again[0]!.accessToken).not.toBe(first!.accessToken);
    const after = await h.db.select().from(shops).where(eq(shops.orgId, owner.orgId));
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: shop!.id, type: 'brand' }); // the seller's choice is kept
  });
});

describe('bad OAuth states', () => {
  it('refuses a tampered state with a clear page and stores no token', async () => {
    const owner = await signUp(h);
    const url = await startConnect(owner.client);
    const state = url.searchParams.get('state')!;
    const tampered = state.slice(0, -2) + (state.endsWith('AA') ? 'BB' : 'AA');
    const back = await approve('sbx-open-cantik', tampered);
    const res = await owner.client.get(back.pathname + back.search);
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/not valid for this browser session|Start again/);
    expect(res.text).toMatch(/请/);
    expect(await connectionsOf(owner.orgId)).toHaveLength(0);
  });

  it('refuses a state used twice', async () => {
    const owner = await signUp(h);
    const url = await startConnect(owner.client);
    const back = await approve('sbx-open-cantik', url.searchParams.get('state'));
    expect((await owner.client.get(back.pathname + back.search)).status).toBe(302);
    const again = await approve('sbx-open-cantik', url.searchParams.get('state'));
    const res = await owner.client.get(again.pathname + again.search);
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/already used/);
  });

  it('refuses an expired state', async () => {
    const owner = await signUp(h);
    const url = await startConnect(owner.client);
    h.clock.advance(11 * 60_000);
    const back = await approve('sbx-open-cantik', url.searchParams.get('state'));
    const res = await owner.client.get(back.pathname + back.search);
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/expired/);
    expect(await connectionsOf(owner.orgId)).toHaveLength(0);
  });

  it('refuses a state made for another session (someone else’s link)', async () => {
    const victim = await signUp(h);
    const attacker = await signUp(h);
    const url = await startConnect(attacker.client);
    const back = await approve('sbx-open-cantik', url.searchParams.get('state'));
    const res = await victim.client.get(back.pathname + back.search);
    expect(res.status).toBe(400);
    expect(await connectionsOf(victim.orgId)).toHaveLength(0);
    expect(await connectionsOf(attacker.orgId)).toHaveLength(0);
  });

  it('shows a declined authorisation as such', async () => {
    const owner = await signUp(h);
    const res = await owner.client.get('/api/tiktok/oauth/callback?error=access_denied&state=x.y');
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/declined/);
  });

  it('asks a signed-out seller to sign in, and a state-less install to start from AskChat', async () => {
    const anonymous = h.client();
    expect((await anonymous.get('/api/tiktok/oauth/callback?code=abc&state=x.y')).text).toMatch(/Sign in again/);
    const owner = await signUp(h);
    expect((await owner.client.get('/api/tiktok/oauth/callback?code=abc')).text).toMatch(/did not start from AskChat/);
  });

  it('shows TikTok refusing the code in words, never a stack trace', async () => {
    const owner = await signUp(h);
    const url = await startConnect(owner.client);
    const res = await owner.client.get(`/api/tiktok/oauth/callback?code=not-a-real-code&state=${encodeURIComponent(url.searchParams.get('state')!)}`);
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/refused the authorization code/);
    expect(res.text).not.toMatch(/at .*\.ts:\d+/);
  });

  it('does not let agents connect shops', async () => {
    const owner = await signUp(h);
    const invite = await owner.client.post('/api/invites', { email: `agent.${Date.now()}@example.test`, role: 'agent' });
    const agent = h.client();
    await agent.post('/api/invites/accept', { token: invite.body.link.split('#')[1], name: 'A', password: 'long enough pw' });
    expect((await agent.get('/api/tiktok/connect')).status).toBe(403);
  });
});

describe('token refresh', () => {
  it('refreshes tokens that expire within a day, from the scheduled job, sealing the new ones', async () => {
    const owner = await signUp(h);
    await connectSeller(h, owner.client, sellerOf('PH'));
    const [before] = await connectionsOf(owner.orgId);
    h.clock.advance(6.5 * 86_400_000); // 7-day tokens: inside the refresh window now
    await runScheduledJobs({ deps: h.deps, db: h.db, now: h.clock.now(), log: h.deps.log });
    const [after] = await connectionsOf(owner.orgId);
    expect(after!.accessToken).not.toBe(before!.accessToken);
    expect(after!.accessExpiresAt.getTime()).toBeGreaterThan(h.clock.now().getTime() + 6 * 86_400_000);
    expect(after!.status).toBe('active');
    h.clock.advance(-6.5 * 86_400_000);
  });

  it('marks the grant expired and its shops disconnected when TikTok refuses the refresh token', async () => {
    const owner = await signUp(h);
    await connectSeller(h, owner.client, sellerOf('MY'));
    await h.sandbox.app.request('/api/faults', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ match: '/token/refresh', code: 36004005, times: 5 }) });
    h.clock.advance(6.5 * 86_400_000);
    await runScheduledJobs({ deps: h.deps, db: h.db, now: h.clock.now(), log: h.deps.log });
    h.clock.advance(-6.5 * 86_400_000);
    await h.sandbox.app.request('/api/faults', { method: 'DELETE' });
    const [connection] = await connectionsOf(owner.orgId);
    expect(connection).toMatchObject({ status: 'expired', lastError: expect.stringMatching(/refused/) });
    const rows = await h.db.select({ status: shops.status }).from(shops).where(eq(shops.orgId, owner.orgId));
    expect(rows.map((r) => r.status)).toEqual(['disconnected', 'disconnected', 'disconnected', 'disconnected']);
    const listed = await owner.client.get('/api/tiktok/connections');
    expect(listed.body.connections[0]).toMatchObject({ status: 'expired', shopCount: 4 });
  });

  it('marks a grant expired when TikTok refuses the refresh, instead of retrying for ever', async () => {
    const owner = await signUp(h);
    await connectSeller(h, owner.client, sellerOf('SG'));
    await h.sandbox.app.request(`/api/sellers/${sellerOf('SG')}/revoke`, { method: 'POST' });
    await h.sandbox.webhooksIdle();
    await h.settle();
    const [connection] = await connectionsOf(owner.orgId);
    expect(['revoked', 'expired']).toContain(connection!.status);
    expect(connection!.lastError).toBeTruthy();
  });
});
