// A sandbox mounted under /sandbox exactly as the Node entry mounts it, a shared fake clock, a webhook
// receiver that records what it gets (and can be told to fail), and a TikTok client wired in-process.
import { Hono } from 'hono';
import { createSandbox, type SandboxOptions } from '../../sandbox/index';
import { createTikTokClient } from '../../worker/tiktok/client';
import type { TikTokClientOptions } from '../../worker/tiktok/transport';

export const APP_KEY = 'sbxappkey01';
export const APP_SECRET = 'sbx-app-secret-0123456789abcdef';
export const BASE = 'http://askchat.test';
export const START = Date.UTC(2025, 5, 2, 3, 4, 5);

export interface Received {
  body: string;
  authorization: string | null;
  json: { type: number; tts_notification_id: string; shop_id: string; timestamp: number; data: Record<string, unknown> };
}

export function createClock(start = START) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms), set: (ms: number) => void (t = ms) };
}

export function createHarness(overrides: Partial<SandboxOptions> = {}, clientOverrides: Partial<TikTokClientOptions> = {}) {
  const clock = createClock();
  const received: Received[] = [];
  let answer: (req: Request) => Promise<Response> | Response = () => new Response(null, { status: 200 });
  const sandbox = createSandbox({
    appKey: APP_KEY,
    appSecret: APP_SECRET,
    redirectUrl: `${BASE}/api/oauth/tiktok/callback`,
    webhookUrl: `${BASE}/api/webhooks/tiktok`,
    publicUrl: `${BASE}/sandbox`,
    now: clock.now,
    timeScale: 1_000_000,
    deliver: async (req) => {
      const body = await req.clone().text();
      received.push({ body, authorization: req.headers.get('authorization'), json: JSON.parse(body) as Received['json'] });
      return answer(req);
    },
    ...overrides,
  });
  const root = new Hono();
  root.route('/sandbox', sandbox.app);
  const fetch = (url: string, init?: RequestInit) => root.request(url, init);
  const sleeps: number[] = [];
  const client = createTikTokClient({
    appKey: APP_KEY,
    appSecret: APP_SECRET,
    apiBase: `${BASE}/sandbox/open-api`,
    authBase: `${BASE}/sandbox/auth`,
    fetch,
    now: clock.now,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    ...clientOverrides,
  });
  return {
    sandbox,
    root,
    fetch,
    client,
    clock,
    received,
    sleeps,
    answerWebhooksWith(fn: (req: Request) => Promise<Response> | Response) {
      answer = fn;
    },
    // Authorize a demo seller through the JSON shortcut and exchange the code, as AskChat would.
    async connect(sellerOpenId = 'sbx-open-sunny') {
      const res = await fetch(`${BASE}/sandbox/api/authorize`, { method: 'POST', body: JSON.stringify({ seller_open_id: sellerOpenId, state: 'st' }) });
      const { redirect } = (await res.json()) as { redirect: string };
      const code = new URL(redirect).searchParams.get('code')!;
      const tokens = await client.getAccessToken(code);
      if (!tokens.ok) throw new Error(`token exchange failed: ${JSON.stringify(tokens.err)}`);
      const shops = await client.getAuthorizedShops({ accessToken: tokens.val.accessToken });
      if (!shops.ok) throw new Error(`shops failed: ${JSON.stringify(shops.err)}`);
      return { tokens: tokens.val, shops: shops.val, auth: { accessToken: tokens.val.accessToken, shopCipher: shops.val[0]!.cipher } };
    },
    async buyerWrites(body: Record<string, unknown>) {
      const res = await fetch(`${BASE}/sandbox/api/buyer-messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    },
    async control(method: string, path: string, body?: unknown) {
      const res = await fetch(`${BASE}/sandbox/api${path}`, { method, headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> & { [k: string]: unknown } };
    },
  };
}

export type Harness = ReturnType<typeof createHarness>;
