// The Cloudflare entry in workerd — the bundle `wrangler deploy` would upload, run by Miniflare — with the
// Worker's driver (postgres.js over Cloudflare TCP sockets) talking to a real Postgres: the bundle runs on
// the Workers runtime, not only in Node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addShop } from '../support/fixtures';
import { startWorkerd, type RunningWorker } from '../support/workerd';

let worker: RunningWorker;
beforeAll(async () => {
  worker = await startWorkerd();
}, 120_000);
afterAll(() => worker?.stop());

describe('the Cloudflare entry in workerd', () => {
  it('answers GET /api/health with 200 {"ok":true} once the database answers', async () => {
    const res = await fetch(`${worker.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
    expect(res.headers.get('x-request-id')).toMatch(/^req_/);
    console.log(`workerd smoke test ran against ${worker.database}`);
  });

  it('signs up, reads the session back and pulls the organisation through the database', async () => {
    const origin = worker.url;
    const email = `workerd.${Date.now()}@example.test`;
    const signup = await fetch(`${origin}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ organizationName: 'Workerd Shop', name: 'Wen', email, password: 'a long password' }),
    });
    expect(signup.status).toBe(201);
    const cookie = signup.headers.get('set-cookie')!.split(';')[0]!;
    const me = await fetch(`${origin}/api/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as any).organization.name).toBe('Workerd Shop');
    // The built-in AI engine runs in workerd from its data assets (dist/ai), not from the bundle.
    const shopless = await fetch(`${origin}/api/ai/preview`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, cookie },
      body: JSON.stringify({ text: 'kak paket saya kapan sampai?', shopId: 'shop_01M88F3DW5XYJVQ833CPCRX0Y1' }),
    });
    expect(shopless.status).toBe(404);
    const orgId = ((await (await fetch(`${origin}/api/auth/me`, { headers: { cookie } })).json()) as any).organization.id;
    const shopId = await addShop(worker.db, orgId, { market: 'ID', name: 'Toko Workerd' });
    const preview = await fetch(`${origin}/api/ai/preview`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, cookie },
      body: JSON.stringify({ text: 'kak paket saya kapan sampai?', shopId }),
    });
    expect(preview.status).toBe(200);
    const answer = (await preview.json()) as any;
    expect(answer).toMatchObject({ engine: 'assets', understanding: { language: 'id', intent: 'order_status' } });
    expect(answer.reply.text).toMatch(/Kak/i);
    const pull = await fetch(`${origin}/api/sync/pull?cursor=0`, { headers: { cookie } });
    expect(pull.status).toBe(200);
    expect(await pull.json()).toMatchObject({ more: false, conversations: [] });
    const login = await fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ email, password: 'wrong password' }),
    });
    expect(login.status).toBe(401);
  });

  it('runs the scheduled jobs on a cron trigger', async () => {
    const result = await worker.scheduled();
    expect(result.outcome).toBe('ok');
    expect(worker.output()).not.toMatch(/scheduled job failed/);
  });

  it('serves the PWA from the static assets, with index.html for app routes', async () => {
    const home = await fetch(`${worker.url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toMatch(/<script/);
    const deep = await fetch(`${worker.url}/c/some-conversation`, { headers: { accept: 'text/html', 'sec-fetch-mode': 'navigate' } });
    expect(deep.status).toBe(200);
    expect(await deep.text()).toMatch(/<div id="root"|<script/);
  });

  it('answers unknown API routes with the error shape', async () => {
    const res = await fetch(`${worker.url}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).error.code).toBe('not_found');
  });
});
