// The sandbox refuses requests the way the reference says TikTok does. Requests here are signed by hand
// (with the same signRequest the client uses) so each check can be broken on purpose.
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/index';
import { signRequest } from '../../worker/tiktok/sign';
import { APP_KEY, APP_SECRET, BASE, createHarness, type Harness } from './harness';

let h: Harness;
let token: string;
afterEach(async () => {
  await h?.sandbox.close();
});

const US_CIPHER = 'US_SbxSunnyHome_Q2x9';
const GB_CIPHER = 'ROW_SbxAureliaLdn_T4k2';

interface Raw {
  method?: string;
  path: string; // TikTok path
  query?: Record<string, string>;
  body?: string;
  signPath?: string;
  signBody?: string | null;
  signQuery?: Record<string, string>;
  timestamp?: number;
  headers?: Record<string, string>;
  omit?: string[];
  sign?: string;
  prefix?: string;
}

async function raw(r: Raw) {
  const timestamp = String(r.timestamp ?? Math.floor(h.clock.now() / 1000));
  const query: Record<string, string> = { app_key: APP_KEY, timestamp, ...r.query };
  for (const name of r.omit ?? []) delete query[name];
  const sign = r.sign ?? (await signRequest({ appSecret: APP_SECRET, path: r.signPath ?? r.path, query: r.signQuery ?? query, body: r.signBody === undefined ? r.body : r.signBody }));
  const qs = new URLSearchParams({ ...query, ...(r.omit?.includes('sign') ? {} : { sign }) });
  const res = await h.fetch(`${BASE}${r.prefix ?? '/sandbox/open-api'}${r.path}?${qs}`, {
    method: r.method ?? 'GET',
    headers: { 'content-type': 'application/json', 'x-tts-access-token': token, ...r.headers },
    ...(r.body === undefined ? {} : { body: r.body }),
  });
  return { status: res.status, json: (await res.json()) as { code: number; message: string; request_id: string; data: unknown } };
}

async function setup() {
  h = createHarness({ qps: 3 });
  token = h.sandbox.issueToken('sbx-open-sunny').access_token;
}

const conversations = '/customer_service/202309/conversations';

describe('a correct request', () => {
  it('is answered in the TikTok envelope', async () => {
    await setup();
    const r = await raw({ path: conversations, query: { shop_cipher: US_CIPHER, page_size: '5' } });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ code: 0, message: 'Success' });
    expect(r.json.request_id).toMatch(/^\d{14}[0-9A-F]{20}$/);
  });

  it('is accepted with a signed JSON body on POST, and with an empty body on Read Message', async () => {
    await setup();
    const convId = Object.values(h.sandbox.state().conversations).find((c) => c.shopId === '7502311460000102001')!.id;
    const body = JSON.stringify({ type: 'TEXT', content: JSON.stringify({ content: 'Hello' }) });
    expect((await raw({ method: 'POST', path: `${conversations}/${convId}/messages`, query: { shop_cipher: US_CIPHER }, body })).json.code).toBe(0);
    expect((await raw({ method: 'POST', path: `${conversations}/${convId}/messages/read`, query: { shop_cipher: US_CIPHER } })).json.code).toBe(0);
    expect((await raw({ method: 'POST', path: `${conversations}/${convId}/messages/read`, query: { shop_cipher: US_CIPHER }, body: '{}' })).json.code).toBe(0);
  });

  it('works on the sandbox app alone, without the /sandbox mount', async () => {
    const sandbox = createSandbox({ appKey: APP_KEY, appSecret: APP_SECRET, redirectUrl: 'http://x/cb', webhookUrl: 'http://x/wh', deliver: async () => new Response(null) });
    const t = sandbox.issueToken('sbx-open-sunny').access_token;
    const query = { app_key: APP_KEY, timestamp: String(Math.floor(Date.now() / 1000)) };
    const sign = await signRequest({ appSecret: APP_SECRET, path: '/authorization/202309/shops', query });
    const res = await sandbox.app.request(`/open-api/authorization/202309/shops?${new URLSearchParams({ ...query, sign })}`, { headers: { 'content-type': 'application/json', 'x-tts-access-token': t } });
    expect(((await res.json()) as { code: number }).code).toBe(0);
    const mounted = new Hono().route('/deep/mount', sandbox.app);
    const res2 = await mounted.request(`/deep/mount/open-api/authorization/202309/shops?${new URLSearchParams({ ...query, sign })}`, { headers: { 'content-type': 'application/json', 'x-tts-access-token': t } });
    expect(((await res2.json()) as { code: number }).code).toBe(0);
    await sandbox.close();
  });
});

describe('signature and credentials', () => {
  it('refuses a wrong sign with 106001 on HTTP 401', async () => {
    await setup();
    const r = await raw({ path: conversations, query: { shop_cipher: US_CIPHER, page_size: '5' }, sign: 'a'.repeat(64) });
    expect(r).toMatchObject({ status: 401, json: { code: 106001, data: null } });
  });

  it('refuses a sign over the mounted path instead of the TikTok path', async () => {
    await setup();
    const r = await raw({ path: conversations, query: { shop_cipher: US_CIPHER, page_size: '5' }, signPath: `/sandbox/open-api${conversations}` });
    expect(r.json.code).toBe(106001);
  });

  it('refuses a sign that left out the body, or signed another body', async () => {
    await setup();
    const convId = Object.values(h.sandbox.state().conversations).find((c) => c.shopId === '7502311460000102001')!.id;
    const body = JSON.stringify({ type: 'TEXT', content: JSON.stringify({ content: 'Hello' }) });
    const path = `${conversations}/${convId}/messages`;
    expect((await raw({ method: 'POST', path, query: { shop_cipher: US_CIPHER }, body, signBody: null })).json.code).toBe(106001);
    expect((await raw({ method: 'POST', path, query: { shop_cipher: US_CIPHER }, body, signBody: JSON.stringify(JSON.parse(body), null, 1) })).json.code).toBe(106001);
  });

  it('refuses a sign over URL-encoded values instead of raw ones', async () => {
    await setup();
    const first = await raw({ path: conversations, query: { shop_cipher: US_CIPHER, page_size: '1' } });
    const pageToken = (first.json.data as { next_page_token: string }).next_page_token;
    expect(pageToken).toMatch(/[+/]/);
    const query = { shop_cipher: US_CIPHER, page_size: '1', page_token: pageToken };
    expect((await raw({ path: conversations, query })).json.code).toBe(0);
    const encoded = { app_key: APP_KEY, timestamp: String(Math.floor(h.clock.now() / 1000)), ...query, page_token: encodeURIComponent(pageToken) };
    expect((await raw({ path: conversations, query, signQuery: encoded })).json.code).toBe(106001);
  });

  it('refuses an upper-case sign', async () => {
    await setup();
    const query = { app_key: APP_KEY, timestamp: String(Math.floor(h.clock.now() / 1000)), shop_cipher: US_CIPHER, page_size: '5' };
    const sign = (await signRequest({ appSecret: APP_SECRET, path: conversations, query })).toUpperCase();
    expect((await raw({ path: conversations, query: { shop_cipher: US_CIPHER, page_size: '5' }, sign })).json.code).toBe(106001);
  });

  it('refuses a missing sign, a missing or unknown app_key and repeated query names with 36009004', async () => {
    await setup();
    expect((await raw({ path: conversations, query: { shop_cipher: US_CIPHER, page_size: '5' }, omit: ['sign'] })).json.code).toBe(36009004);
    expect((await raw({ path: conversations, query: { shop_cipher: US_CIPHER, page_size: '5' }, omit: ['app_key'] })).json.code).toBe(36009004);
    expect((await raw({ path: conversations, query: { shop_cipher: US_CIPHER, page_size: '5', app_key: 'other' } })).json.code).toBe(36009004);
    const res = await h.fetch(`${BASE}/sandbox/open-api/order/202309/orders?ids=1&ids=2&app_key=${APP_KEY}&timestamp=1&sign=x`, { headers: { 'content-type': 'application/json' } });
    expect(((await res.json()) as { code: number; message: string }).message).toMatch(/comma/);
  });

  it('accepts timestamps from now−5 min to now+30 s and refuses the rest', async () => {
    await setup();
    const now = Math.floor(h.clock.now() / 1000);
    const at = async (timestamp: number) => (await raw({ path: conversations, query: { shop_cipher: US_CIPHER, page_size: '5' }, timestamp })).json.code;
    expect(await at(now - 300)).toBe(0);
    expect(await at(now + 30)).toBe(0);
    expect(await at(now - 301)).toBe(36009004);
    expect(await at(now + 31)).toBe(36009004);
    expect((await raw({ path: conversations, query: { shop_cipher: US_CIPHER, page_size: '5', timestamp: String(now * 1000) } })).json.code).toBe(36009004);
  });

  it('wants application/json, GET included', async () => {
    await setup();
    expect((await raw({ path: conversations, query: { shop_cipher: US_CIPHER, page_size: '5' }, headers: { 'content-type': 'text/plain' } })).json.code).toBe(36009022);
  });

  it('refuses a missing, unknown or revoked access token with 36009004 and an expired one with 105002', async () => {
    await setup();
    const q = { shop_cipher: US_CIPHER, page_size: '5' };
    expect((await raw({ path: conversations, query: q, headers: { 'x-tts-access-token': '' } })).json.code).toBe(36009004);
    expect((await raw({ path: conversations, query: q, headers: { 'x-tts-access-token': 'TTP_madeup' } })).json.code).toBe(36009004);
    h.clock.advance(7 * 86400_000);
    const expired = await raw({ path: conversations, query: q, timestamp: Math.floor(h.clock.now() / 1000) });
    expect(expired).toMatchObject({ status: 200, json: { code: 105002 } });
    token = h.sandbox.issueToken('sbx-open-sunny').access_token;
    await h.control('POST', '/sellers/sbx-open-sunny/revoke');
    expect((await raw({ path: conversations, query: q })).json.code).toBe(36009004);
  });

  it('ignores an access_token in the query: only the header counts', async () => {
    await setup();
    const good = token;
    token = 'TTP_madeup';
    expect((await raw({ path: conversations, query: { shop_cipher: US_CIPHER, page_size: '5', access_token: good } })).json.code).toBe(36009004);
  });
});

describe('shop_cipher', () => {
  it('is required on shop-scoped paths (106013)', async () => {
    await setup();
    for (const path of [conversations, '/order/202309/orders', '/return_refund/202309/reject_reasons']) {
      expect((await raw({ path, query: { page_size: '5', ids: '1' } })).json.code, path).toBe(106013);
    }
  });

  it('is refused on /authorization and /seller (36009004)', async () => {
    await setup();
    for (const path of ['/authorization/202309/shops', '/seller/202309/shops', '/seller/202309/permissions']) {
      expect((await raw({ path, query: { shop_cipher: US_CIPHER } })).json.code, path).toBe(36009004);
      expect((await raw({ path })).json.code, path).toBe(0);
    }
  });

  it('must belong to the seller of the token (101000) and exist (36009004)', async () => {
    await setup();
    expect((await raw({ path: conversations, query: { shop_cipher: GB_CIPHER, page_size: '5' } })).json.code).toBe(101000);
    expect((await raw({ path: conversations, query: { shop_cipher: 'ROW_nope', page_size: '5' } })).json.code).toBe(36009004);
  });
});

describe('limits', () => {
  it('caps page sizes: conversations at 20, messages at 10, and requires them', async () => {
    await setup();
    const convId = Object.values(h.sandbox.state().conversations).find((c) => c.shopId === '7502311460000102001')!.id;
    expect((await raw({ path: conversations, query: { shop_cipher: US_CIPHER, page_size: '20' } })).json.code).toBe(0);
    expect((await raw({ path: conversations, query: { shop_cipher: US_CIPHER, page_size: '21' } })).json.code).toBe(45101001);
    expect((await raw({ path: conversations, query: { shop_cipher: US_CIPHER } })).json.code).toBe(45101001);
    expect((await raw({ path: `${conversations}/${convId}/messages`, query: { shop_cipher: US_CIPHER, page_size: '10' } })).json.code).toBe(0);
    expect((await raw({ path: `${conversations}/${convId}/messages`, query: { shop_cipher: US_CIPHER, page_size: '11' } })).json.code).toBe(45101001);
    expect((await raw({ path: `${conversations}/${convId}/messages`, query: { shop_cipher: US_CIPHER, page_size: '5', page_token: 'garbage' } })).json.code).toBe(45101001);
  });

  it('answers HTTP 429 with 36009002 beyond the per-API, per-shop QPS', async () => {
    await setup(); // qps: 3
    const q = { shop_cipher: US_CIPHER, page_size: '5' };
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await raw({ path: conversations, query: q })).json.code);
    expect(codes).toEqual([0, 0, 0, 36009002]);
    const limited = await raw({ path: conversations, query: q });
    expect(limited.status).toBe(429);
    expect((await raw({ path: '/order/202309/orders', query: { shop_cipher: US_CIPHER, ids: '1' } })).json.code).toBe(0); // another API
    h.clock.advance(1000);
    expect((await raw({ path: conversations, query: q })).json.code).toBe(0);
  });

  it('stops customer-service calls at the daily quota with 45101004', async () => {
    h = createHarness({ csDailyQuota: 2 });
    token = h.sandbox.issueToken('sbx-open-sunny').access_token;
    const q = { shop_cipher: US_CIPHER, page_size: '5' };
    expect((await raw({ path: conversations, query: q })).json.code).toBe(0);
    expect((await raw({ path: conversations, query: q })).json.code).toBe(0);
    expect((await raw({ path: conversations, query: q })).json.code).toBe(45101004);
    h.clock.advance(86400_000);
    expect((await raw({ path: conversations, query: q })).json.code).toBe(0); // a new UTC day, a new quota
  });

  it('answers an unknown path with 36009009 on HTTP 404', async () => {
    await setup();
    const r = await raw({ path: '/customer_service/202309/nothing', query: { shop_cipher: US_CIPHER } });
    expect(r).toMatchObject({ status: 404, json: { code: 36009009 } });
  });
});

describe('injected faults on the Open API', () => {
  it('answer with the given status and code the given number of times, matching the path', async () => {
    await setup();
    await h.control('POST', '/faults', { match: '/customer_service/', status: 503, times: 1 });
    const q = { shop_cipher: US_CIPHER, page_size: '5' };
    expect(await raw({ path: '/order/202309/orders', query: { shop_cipher: US_CIPHER, ids: '1' } })).toMatchObject({ json: { code: 0 } });
    expect(await raw({ path: conversations, query: q })).toMatchObject({ status: 503, json: { code: 36009003 } });
    expect(await raw({ path: conversations, query: q })).toMatchObject({ status: 200, json: { code: 0 } });
  });

  it('refuse a rule that would do nothing', async () => {
    await setup();
    expect((await h.control('POST', '/faults', { match: '/x' })).status).toBe(400);
    expect((await h.control('POST', '/faults', { status: 99 })).status).toBe(400);
  });
});
