// The Cloudflare entry in workerd (wrangler dev), with the Neon driver talking to a real Postgres: the
// smoke test that the bundle runs on the Workers runtime, not only in Node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    const pull = await fetch(`${origin}/api/sync/pull?cursor=0`, { headers: { cookie } });
    expect(pull.status).toBe(200);
    expect(await pull.json()).toMatchObject({ more: false, shops: [], conversations: [] });
    const login = await fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ email, password: 'wrong password' }),
    });
    expect(login.status).toBe(401);
  });

  it('runs the scheduled jobs on a cron trigger', async () => {
    const res = await fetch(`${worker.url}/cdn-cgi/handler/scheduled?cron=*/5+*+*+*+*`);
    expect(res.status).toBe(200);
    expect(worker.output()).not.toMatch(/scheduled job failed/);
  });

  it('answers unknown API routes with the error shape', async () => {
    const res = await fetch(`${worker.url}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).error.code).toBe('not_found');
  });
});
