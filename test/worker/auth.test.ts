import { describe, expect, it } from 'vitest';
import { createHarness, PASSWORD, signUp, uniqueEmail } from '../support/harness';

const h = await createHarness();

describe('sign-up', () => {
  it('creates an organisation with its owner and signs the owner in', async () => {
    const { client, email } = await signUp(h, 'Batik Bagus');
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(email);
    expect(me.body.organization.name).toBe('Batik Bagus');
    expect(me.body.role).toBe('owner');
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const { email } = await signUp(h);
    const res = await h.client().post('/api/auth/signup', { organizationName: 'Other', name: 'X', email: email.toUpperCase(), password: PASSWORD });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('conflict');
  });

  it('rejects a short password with the field named', async () => {
    const res = await h.client().post('/api/auth/signup', { organizationName: 'O', name: 'N', email: uniqueEmail(), password: 'short' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.message).toMatch(/password/);
  });
});

describe('sign-in', () => {
  it('answers 200 with a session cookie that is HttpOnly, SameSite=Lax and not Secure on localhost', async () => {
    const { email } = await signUp(h);
    const client = h.client();
    const res = await client.post('/api/auth/login', { email, password: PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^askchat_session=[A-Za-z0-9_-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('marks the cookie Secure when the app is served from a public https origin', async () => {
    const secure = await createHarness({ env: { PUBLIC_URL: 'https://askchat.example.com' } });
    const { email } = await signUp(secure);
    const res = await secure.client({ origin: 'https://askchat.example.com' }).post('/api/auth/login', { email, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('rotates the session: the cookie from before sign-in stops working', async () => {
    const { client, email } = await signUp(h);
    const before = client.cookie;
    await client.post('/api/auth/login', { email, password: PASSWORD });
    expect(client.cookie).not.toBe(before);
    const old = h.client();
    old.cookie = before;
    expect((await old.get('/api/auth/me')).status).toBe(401);
    expect((await client.get('/api/auth/me')).status).toBe(200);
  });

  it('answers a wrong password with 401 invalid_credentials', async () => {
    const { email } = await signUp(h);
    const res = await h.client().post('/api/auth/login', { email, password: 'not the password' });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'invalid_credentials' });
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const res = await h.client().post('/api/auth/login', { email: uniqueEmail('nobody'), password: 'whatever-it-is' });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('invalid_credentials');
  });

  it('locks an account after 10 failures in 15 minutes, even with the right password, then lets it in again', async () => {
    const { email } = await signUp(h);
    for (let i = 0; i < 10; i++) {
      const res = await h.client({ ip: `198.51.100.${i}` }).post('/api/auth/login', { email, password: 'wrong password' });
      expect(res.status).toBe(401);
    }
    const locked = await h.client({ ip: '198.51.100.99' }).post('/api/auth/login', { email, password: PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('rate_limited');
    h.clock.advance(16 * 60_000);
    expect((await h.client().post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200);
  });

  it('limits failures per IP address across different accounts', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < 50; i++) {
      await h.client({ ip }).post('/api/auth/login', { email: uniqueEmail('spray'), password: 'guess-guess' });
    }
    const { email } = await signUp(h);
    const res = await h.client({ ip }).post('/api/auth/login', { email, password: PASSWORD });
    expect(res.status).toBe(429);
    expect((await h.client({ ip: '192.0.2.78' }).post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200);
  });
});

describe('sessions', () => {
  it('signs out: the cookie is cleared and no longer accepted', async () => {
    const { client } = await signUp(h);
    const cookie = client.cookie;
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    const replay = h.client();
    replay.cookie = cookie;
    const res = await replay.get('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
  });

  it('rejects a forged cookie with 401 and tells the browser to drop it', async () => {
    const forged = h.client();
    forged.cookie = 'askchat_session=forged-token-forged-token-forged-token-xx';
    const res = await forged.get('/api/shops');
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toMatch(/askchat_session=;/);
  });

  it('expires a session after SESSION_DAYS of inactivity', async () => {
    const { client } = await signUp(h);
    h.clock.advance(31 * 86_400_000);
    const res = await client.get('/api/auth/me');
    expect(res.status).toBe(401);
  });

  it('extends a session that is used after half its life', async () => {
    const { client } = await signUp(h);
    h.clock.advance(20 * 86_400_000);
    const res = await client.get('/api/auth/me');
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/askchat_session=/);
    h.clock.advance(20 * 86_400_000);
    expect((await client.get('/api/auth/me')).status).toBe(200);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write from another origin', async () => {
    const { client } = await signUp(h);
    const evil = h.client({ origin: 'https://evil.example' });
    evil.cookie = client.cookie;
    const res = await evil.post('/api/auth/logout');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf_failed');
    expect((await client.get('/api/auth/me')).status).toBe(200);
  });

  it('refuses a cookie-authenticated write with no Origin or Referer at all', async () => {
    const { client } = await signUp(h);
    const bare = h.client({ origin: null });
    bare.cookie = client.cookie;
    expect((await bare.post('/api/auth/logout')).status).toBe(403);
  });

  it('refuses a sign-in posted from another origin (login CSRF)', async () => {
    const { email } = await signUp(h);
    const res = await h.client({ origin: 'https://evil.example' }).post('/api/auth/login', { email, password: PASSWORD });
    expect(res.status).toBe(403);
  });

  it('lets reads through from anywhere (they change nothing)', async () => {
    const { client } = await signUp(h);
    const other = h.client({ origin: 'https://evil.example' });
    other.cookie = client.cookie;
    expect((await other.get('/api/auth/me')).status).toBe(200);
  });
});
