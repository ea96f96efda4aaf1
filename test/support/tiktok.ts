// Helpers for tests of the TikTok connector: connect an organisation to a sandbox seller through the real
// OAuth routes, make a sandbox buyer write, and sign pushes by hand.
import { DEMO_SHOPS } from '../../sandbox/fixtures';
import type { Market } from '../../shared/markets';
import { signWebhook } from '../../worker/tiktok/sign';
import { type Client, type Harness, ORIGIN, TEST_APP_KEY, TEST_APP_SECRET } from './harness';

/** Runs "Connect a shop" end to end as the seller would, and returns where the callback sent them. */
export async function connectSeller(h: Harness, owner: Client, sellerOpenId: string, region: 'us' | 'row' = 'row') {
  const start = await owner.get(`/api/tiktok/connect?region=${region}`);
  if (start.status !== 302) throw new Error(`connect answered ${start.status}: ${start.text}`);
  const authorizeUrl = new URL(start.headers.get('location')!);
  const state = authorizeUrl.searchParams.get('state')!;
  const decision = await h.sandbox.app.request('/api/authorize', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ seller_open_id: sellerOpenId, state, approve: true }),
  });
  const { redirect } = (await decision.json()) as { redirect: string };
  const callback = new URL(redirect);
  const res = await owner.get(callback.pathname + callback.search);
  await h.settle();
  return { res, state, callback };
}

export async function buyerWrites(h: Harness, market: Market, text: string, extra: Record<string, unknown> = {}) {
  const res = await h.sandbox.app.request('/api/buyer-messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, market, ...extra }),
  });
  if (res.status !== 201) throw new Error(`buyer-messages answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { conversation_id: string; message_id: string };
  await h.sandbox.webhooksIdle();
  await h.settle();
  return body;
}

export const sellerOf = (market: Market) => DEMO_SHOPS.find((s) => s.region === market)!.sellerOpenId;

export async function signedPush(body: unknown, secret = TEST_APP_SECRET) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  return { raw, authorization: await signWebhook({ appKey: TEST_APP_KEY, appSecret: secret, rawBody: raw }) };
}

export async function postPush(h: Harness, raw: string, authorization?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization !== undefined) headers.authorization = authorization;
  const res = await h.request(`${ORIGIN}/api/webhooks/tiktok`, { method: 'POST', headers, body: raw });
  return { status: res.status, text: await res.text() };
}
