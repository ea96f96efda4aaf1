// Seller authorization against the sandbox, the way a person and AskChat go through it: the HTML page,
// the redirect with code and state, the code exchange, and every way it can go wrong.
import { afterEach, describe, expect, it } from 'vitest';
import { APP_KEY, APP_SECRET, BASE, createHarness, type Harness } from './harness';

let h: Harness;
afterEach(async () => {
  await h?.sandbox.close();
});

async function submitForm(path: string, fields: Record<string, string>) {
  return h.fetch(`${BASE}/sandbox${path}`, { method: 'POST', body: new URLSearchParams(fields), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
}

async function tokenGet(code: string, extra: Record<string, string> = {}) {
  const q = new URLSearchParams({ app_key: APP_KEY, app_secret: APP_SECRET, auth_code: code, grant_type: 'authorized_code', ...extra });
  return (await (await h.fetch(`${BASE}/sandbox/auth/api/v2/token/get?${q}`)).json()) as { code: number; message: string; data: Record<string, unknown> | null };
}

describe('the authorize pages', () => {
  it('shows the rest-of-world sellers on /services and the US sellers on /services-us', async () => {
    h = createHarness();
    const row = await (await h.fetch(`${BASE}/sandbox/services/open/authorize?service_id=x&state=abc`)).text();
    expect(row).toContain('Aurelia London Ltd');
    expect(row).toContain('Lumi Global Trading');
    expect(row).not.toContain('Sunny Home Goods LLC');
    expect(row).toContain('value="abc"');
    const us = await (await h.fetch(`${BASE}/sandbox/services-us/open/authorize?service_id=x`)).text();
    expect(us).toContain('Sunny Home Goods LLC');
    expect(us).not.toContain('Aurelia');
  });

  it('redirects an approval to the callback with a code and the echoed state', async () => {
    h = createHarness();
    const res = await submitForm('/services-us/open/authorize?service_id=x&state=abc', { seller_open_id: 'sbx-open-sunny', decision: 'approve', state: 'abc' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(`${BASE}/api/oauth/tiktok/callback`);
    expect(location.searchParams.get('state')).toBe('abc');
    const code = location.searchParams.get('code')!;
    const token = await tokenGet(code);
    expect(token.code).toBe(0);
    expect(token.data).toMatchObject({ open_id: 'sbx-open-sunny', seller_name: 'Sunny Home Goods LLC', seller_base_region: 'US', user_type: 0 });
  });

  it('redirects a denial with error=access_denied and no code', async () => {
    h = createHarness();
    const res = await submitForm('/services/open/authorize?state=s1', { seller_open_id: 'sbx-open-aurelia', decision: 'deny', state: 's1' });
    const location = new URL(res.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.has('code')).toBe(false);
    expect(location.searchParams.get('state')).toBe('s1');
  });

  it('can deny with error=auth_denied instead', async () => {
    h = createHarness({ denyError: 'auth_denied' });
    const { json } = await h.control('POST', '/authorize', { seller_open_id: 'sbx-open-siam', approve: false });
    expect(new URL(json.redirect as string).searchParams.get('error')).toBe('auth_denied');
  });

  it('sends no state when none was given, like an App Store install', async () => {
    h = createHarness();
    const { json } = await h.control('POST', '/authorize', { seller_open_id: 'sbx-open-siam' });
    const url = new URL(json.redirect as string);
    expect(url.searchParams.has('state')).toBe(false);
    expect(url.searchParams.get('code')).toBeTruthy();
  });

  it('refuses a seller that is not on the page and an unknown service_id', async () => {
    h = createHarness({ serviceId: '7311' });
    expect((await submitForm('/services/open/authorize?service_id=7311', { seller_open_id: 'sbx-open-sunny', decision: 'approve' })).status).toBe(400);
    expect((await h.fetch(`${BASE}/sandbox/services/open/authorize?service_id=9999`)).status).toBe(400);
    expect((await h.fetch(`${BASE}/sandbox/services/open/authorize?app_key=${APP_KEY}`)).status).toBe(200); // legacy link
    expect((await h.fetch(`${BASE}/sandbox/services/open/authorize?service_id=7311`)).status).toBe(200);
  });

  it('answers the JSON shortcut with a clear error for bad input', async () => {
    h = createHarness();
    expect((await h.control('POST', '/authorize', { seller_open_id: 'nobody' })).status).toBe(400);
    expect((await h.control('POST', '/authorize', {})).status).toBe(400);
  });
});

describe('codes and tokens', () => {
  it('takes each code once', async () => {
    h = createHarness();
    const code = h.sandbox.authorize('sbx-open-cantik', 'x').code!;
    expect((await tokenGet(code)).code).toBe(0);
    const again = await tokenGet(code);
    expect(again).toMatchObject({ code: 36004005, data: null });
  });

  it('refuses a code older than 30 minutes', async () => {
    h = createHarness();
    const code = h.sandbox.authorize('sbx-open-cantik').code!;
    h.clock.advance(30 * 60_000 + 1);
    const r = await tokenGet(code);
    expect(r.code).toBe(36004005);
    expect(r.message).toMatch(/expired/);
  });

  it('refuses a wrong app secret, a wrong grant type and an unknown code', async () => {
    h = createHarness();
    const code = h.sandbox.authorize('sbx-open-cantik').code!;
    expect((await tokenGet(code, { app_secret: 'nope' })).code).toBe(36009004);
    expect((await tokenGet(code, { grant_type: 'refresh_token' })).code).toBe(36009004);
    expect((await tokenGet('made-up')).code).toBe(36004005);
    expect((await tokenGet(code)).code).toBe(0); // the refused attempts did not use it up
  });

  it('gives absolute expiry times, configurable for tests', async () => {
    h = createHarness({ accessTokenTtlSeconds: 120, refreshTokenTtlSeconds: 3600 });
    const r = await tokenGet(h.sandbox.authorize('sbx-open-cantik').code!);
    const nowS = h.clock.now() / 1000;
    expect(r.data).toMatchObject({ access_token_expire_in: nowS + 120, refresh_token_expire_in: nowS + 3600 });
    expect(r.data!.granted_scopes).toContain('customer_service');
  });

  it('refreshes with grant_type refresh_token or authorized_code, rotating the refresh token', async () => {
    h = createHarness();
    const first = (await tokenGet(h.sandbox.authorize('sbx-open-cantik').code!)).data!;
    const refresh = async (token: unknown, grant: string) => {
      const q = new URLSearchParams({ app_key: APP_KEY, app_secret: APP_SECRET, refresh_token: String(token), grant_type: grant });
      return (await (await h.fetch(`${BASE}/sandbox/auth/api/v2/token/refresh?${q}`)).json()) as { code: number; data: Record<string, unknown> | null };
    };
    const second = await refresh(first.refresh_token, 'refresh_token');
    expect(second.code).toBe(0);
    const third = await refresh(second.data!.refresh_token, 'authorized_code');
    expect(third.code).toBe(0);
    expect((await refresh(first.refresh_token, 'refresh_token')).code).toBe(36004005);
    expect((await refresh(third.data!.refresh_token, 'client_credentials')).code).toBe(36009004);
  });

  it('refuses an expired refresh token with 36004001', async () => {
    h = createHarness({ refreshTokenTtlSeconds: 10 });
    const first = (await tokenGet(h.sandbox.authorize('sbx-open-cantik').code!)).data!;
    h.clock.advance(11_000);
    const q = new URLSearchParams({ app_key: APP_KEY, app_secret: APP_SECRET, refresh_token: String(first.refresh_token), grant_type: 'refresh_token' });
    expect(((await (await h.fetch(`${BASE}/sandbox/auth/api/v2/token/refresh?${q}`)).json()) as { code: number }).code).toBe(36004001);
  });

  it('completes authorize → code → token → authorized shops for every demo seller', async () => {
    h = createHarness();
    for (const seller of ['sbx-open-sunny', 'sbx-open-aurelia', 'sbx-open-cantik', 'sbx-open-siam', 'sbx-open-lumi']) {
      const { shops, tokens } = await h.connect(seller);
      expect(tokens.openId).toBe(seller);
      expect(shops.length).toBeGreaterThan(0);
    }
  });
});

describe('revocation', () => {
  it('invalidates the seller\'s tokens and pushes a type-6 webhook to each of its shops', async () => {
    h = createHarness();
    const { auth } = await h.connect('sbx-open-lumi');
    const { status, json } = await h.control('POST', '/sellers/sbx-open-lumi/revoke');
    expect(status).toBe(200);
    expect(json.notifications).toHaveLength(4);
    await h.sandbox.webhooksIdle();
    const sixes = h.received.filter((r) => r.json.type === 6);
    expect(sixes.map((r) => r.json.shop_id).sort()).toEqual(['7502311460000102005', '7502311460000102006', '7502311460000102007', '7502311460000102008']);
    expect(typeof sixes[0]!.json.data.message).toBe('string');
    expect((await h.client.getConversations(auth)).ok).toBe(false);
    // authorizing again works
    const again = await h.connect('sbx-open-lumi');
    expect((await h.client.getConversations(again.auth)).ok).toBe(true);
  });

  it('warns of an expiring authorization with a type-7 webhook', async () => {
    h = createHarness();
    await h.control('POST', '/sellers/sbx-open-siam/expiry-warning');
    await h.sandbox.webhooksIdle();
    const seven = h.received.find((r) => r.json.type === 7)!;
    expect(typeof seven.json.data.expiration_time).toBe('string');
  });
});
