// Bad input of every kind gets a 4xx in the one error shape with a clear message — never a 500 — and
// leaves nothing half-written behind.
import { count, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { memberships, organizations, users } from '../../worker/db/schema';
import { createHarness, ORIGIN, signUp, uniqueEmail } from '../support/harness';
import { expectConsoleError } from '../support/setup';

const h = await createHarness();

const rowCounts = async () => {
  const [[o], [u], [m]] = await Promise.all([
    h.db.select({ n: count() }).from(organizations),
    h.db.select({ n: count() }).from(users),
    h.db.select({ n: count() }).from(memberships),
  ]);
  return { organizations: Number(o!.n), users: Number(u!.n), memberships: Number(m!.n) };
};

function expectErrorShape(res: { status: number; body: any }, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.error).toMatchObject({ code, message: expect.any(String), requestId: expect.stringMatching(/^req_/) });
  expect(res.body.error.message.length).toBeGreaterThan(10);
}

describe('malformed requests', () => {
  it('answers malformed JSON with 400 bad_request', async () => {
    const res = await h.client().send('POST', '/api/auth/login', { body: '{not json', headers: { 'content-type': 'application/json' } });
    expectErrorShape(res, 400, 'bad_request');
    expect(res.body.error.message).toMatch(/JSON/);
  });

  it('answers a body that is not JSON with 415', async () => {
    const res = await h.client().send('POST', '/api/auth/login', { body: 'email=a&password=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expectErrorShape(res, 415, 'unsupported_media_type');
  });

  it('answers wrong types and missing fields with 400 naming the fields', async () => {
    const wrong = await h.client().post('/api/auth/signup', { organizationName: 42, name: 'N', email: 'not-an-email' });
    expectErrorShape(wrong, 400, 'validation_failed');
    expect(wrong.body.error.message).toMatch(/organizationName/);
    expect(wrong.body.error.message).toMatch(/email/);
    expect(wrong.body.error.message).toMatch(/password/);
  });

  it('answers a JSON array or null body with 400', async () => {
    expectErrorShape(await h.client().post('/api/auth/login', []), 400, 'validation_failed');
    expectErrorShape(await h.client().post('/api/auth/login', null), 400, 'validation_failed');
  });

  it('answers a body over 1 MB with 413 and stores nothing', async () => {
    const before = await rowCounts();
    const huge = JSON.stringify({ organizationName: 'x'.repeat(1_100_000), name: 'N', email: uniqueEmail(), password: 'long enough' });
    const res = await h.client().send('POST', '/api/auth/signup', { body: huge, headers: { 'content-type': 'application/json' } });
    expectErrorShape(res, 413, 'payload_too_large');
    // The rest of that body is never read, so the connection must not be reused for another request.
    expect(res.headers.get('connection')).toBe('close');
    expect(await rowCounts()).toEqual(before);
  });

  it('answers bad query and path parameters with 400', async () => {
    const { client } = await signUp(h);
    expectErrorShape(await client.get('/api/sync/pull?cursor=-1'), 400, 'validation_failed');
    expectErrorShape(await client.get('/api/sync/pull?limit=abc'), 400, 'validation_failed');
    expectErrorShape(await client.get('/api/conversations/not-an-id'), 400, 'validation_failed');
    expectErrorShape(await client.get('/api/conversations?before=yesterday'), 400, 'validation_failed');
  });

  it('answers unknown API routes and methods with 404', async () => {
    expectErrorShape(await h.client().get('/api/no-such-route'), 404, 'not_found');
    expectErrorShape(await h.client().send('DELETE', '/api/health'), 404, 'not_found');
  });

  it('answers an unknown id of the right shape with 404', async () => {
    const { client } = await signUp(h);
    expectErrorShape(await client.get('/api/conversations/conv_01M88F3DW5XYJVQ833CPCRX0Y1'), 404, 'not_found');
  });
});

describe('nothing half-written', () => {
  it('rejects text Postgres cannot store (a NUL character) with 400, not a database error', async () => {
    const res = await h.client().post('/api/auth/signup', { organizationName: 'bad\u0000name', name: 'N', email: uniqueEmail(), password: 'long enough' });
    expectErrorShape(res, 400, 'validation_failed');
    expect(res.body.error.message).toMatch(/organizationName/);
  });

  it('keeps no user or organisation when sign-up fails in the middle of its transaction', async () => {
    const before = await rowCounts();
    // Make the last insert of the sign-up transaction (the owner's membership) fail.
    await h.db.execute(sql`alter table memberships add constraint test_no_owner check (role <> 'owner') not valid`);
    try {
      expectConsoleError();
      const res = await h.client().post('/api/auth/signup', { organizationName: 'Half Written', name: 'N', email: uniqueEmail(), password: 'long enough' });
      expect(res.status).toBe(500);
      expect(res.body.error.code).toBe('internal');
      expect(res.body.error.message).not.toMatch(/constraint|test_no_owner|memberships/i);
      expect(res.headers.get('set-cookie')).toBeNull();
    } finally {
      await h.db.execute(sql`alter table memberships drop constraint test_no_owner`);
    }
    expect(await rowCounts()).toEqual(before);
  });
});

describe('request ids', () => {
  it('puts a request id on every response and every log line of the request', async () => {
    h.logs.length = 0;
    const res = await h.request('/api/health');
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^req_[0-9A-Z]{26}$/);
    const lines = h.logs.map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.requestId === id)).toBe(true);
  });

  it('keeps a well-formed incoming x-request-id so a proxy can correlate', async () => {
    const res = await h.request('/api/health', { headers: { 'x-request-id': 'edge-1234abcd' } });
    expect(res.headers.get('x-request-id')).toBe('edge-1234abcd');
    const bad = await h.request('/api/health', { headers: { 'x-request-id': 'x y <script>' } });
    expect(bad.headers.get('x-request-id')).toMatch(/^req_/);
  });

  it('puts the request id on error responses too', async () => {
    const res = await h.request('/api/nope', { headers: { origin: ORIGIN } });
    const body = (await res.json()) as any;
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
  });
});
