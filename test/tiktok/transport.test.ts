// The client's HTTP layer against a scripted fetch: what goes on the wire, how failures become typed errors,
// and when it retries (with an injected sleep, so backoff delays are observed rather than waited for).
import { describe, expect, it } from 'vitest';
import { createTikTokClient } from '../../worker/tiktok/client';
import { signRequest } from '../../worker/tiktok/sign';
import type { FetchLike } from '../../worker/tiktok/transport';

const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);
const auth = { accessToken: 'TTP_token', shopCipher: 'ROW_cipher+/=' };
const ok = (data: unknown, status = 200) => new Response(JSON.stringify({ code: 0, message: 'Success', request_id: 'RID0', data }), { status });
const fail = (code: number, status = 200, message = 'nope') => new Response(JSON.stringify({ code, message, request_id: 'RID1', data: null }), { status });

function scripted(...answers: Array<Response | Error | 'hang'>) {
  const calls: { url: URL; init: RequestInit }[] = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url: new URL(url), init });
    const next = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (next === 'hang') return new Promise<Response>(() => {});
    if (next instanceof Error) return Promise.reject(next);
    return Promise.resolve(next.clone());
  };
  return { fetch, calls };
}

function client(fetch: FetchLike, extra: { maxRetries?: number; timeoutMs?: number } = {}) {
  const sleeps: number[] = [];
  const c = createTikTokClient({
    appKey: 'key1',
    appSecret: 'secret1',
    apiBase: 'https://api.example/prefix/',
    authBase: 'https://auth.example',
    fetch,
    now: () => NOW,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 1,
    ...extra,
  });
  return { c, sleeps };
}

describe('what the client sends', () => {
  it('signs the TikTok path, sends the token header, JSON content type and an app_key/timestamp/shop_cipher query', async () => {
    const { fetch, calls } = scripted(ok({ conversations: [], next_page_token: '' }));
    await client(fetch).c.getConversations(auth, { pageSize: 20, pageToken: 'aDU2/N5M+7D1==' });
    const { url, init } = calls[0]!;
    expect(url.pathname).toBe('/prefix/customer_service/202309/conversations');
    expect(url.search).toContain('page_token=aDU2%2FN5M%2B7D1%3D%3D');
    expect(url.search).toContain('shop_cipher=ROW_cipher%2B%2F%3D');
    const q = Object.fromEntries(url.searchParams);
    expect(q).toMatchObject({ app_key: 'key1', timestamp: String(NOW / 1000), page_size: '20', page_token: 'aDU2/N5M+7D1==', shop_cipher: 'ROW_cipher+/=' });
    const { sign, ...rest } = q;
    expect(sign).toBe(await signRequest({ appSecret: 'secret1', path: '/customer_service/202309/conversations', query: rest }));
    const headers = new Headers(init.headers);
    expect(headers.get('x-tts-access-token')).toBe('TTP_token');
    expect(headers.get('content-type')).toBe('application/json');
    expect(init.method).toBe('GET');
    expect(init.body).toBeUndefined();
  });

  it('never sends shop_cipher to /authorization and /seller', async () => {
    const { fetch, calls } = scripted(ok({ shops: [] }));
    const { c } = client(fetch);
    await c.getAuthorizedShops({ accessToken: 'TTP_token' });
    await c.getActiveShops({ accessToken: 'TTP_token' });
    await c.call({ method: 'GET', path: '/seller/202309/permissions', auth, data: (await import('zod/mini')).z.unknown() });
    for (const call of calls) expect(call.url.searchParams.has('shop_cipher')).toBe(false);
  });

  it('serialises the body once and signs exactly the bytes it sends', async () => {
    const { fetch, calls } = scripted(ok({ message_id: '7494560109732334263' }));
    await client(fetch).c.sendMessage(auth, '7494560109732334261', { type: 'TEXT', content: { content: 'Hi! Your order ships today.' } });
    const { url, init } = calls[0]!;
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"type":"TEXT","content":"{\\"content\\":\\"Hi! Your order ships today.\\"}"}');
    const { sign, ...rest } = Object.fromEntries(url.searchParams);
    expect(sign).toBe(await signRequest({ appSecret: 'secret1', path: url.pathname.replace('/prefix', ''), query: rest, body: init.body as string }));
  });

  it('sends no body at all for Read Message and Approve Cancellation', async () => {
    const { fetch, calls } = scripted(ok({}));
    const { c } = client(fetch);
    await c.readMessage(auth, '1');
    await c.approveCancellation(auth, '2', 'key-1');
    for (const call of calls) {
      expect(call.init.method).toBe('POST');
      expect(call.init.body).toBeUndefined();
    }
    expect(calls[1]!.url.searchParams.get('idempotency_key')).toBe('key-1');
  });

  it('comma-joins array values and drops empty ones', async () => {
    const { fetch, calls } = scripted(ok({ orders: [] }));
    await client(fetch).c.getOrderDetail(auth, ['576000000000000001', '576000000000000002']);
    expect(calls[0]!.url.searchParams.getAll('ids')).toEqual(['576000000000000001,576000000000000002']);
    await client(fetch).c.getConversationMessages(auth, '9', { pageToken: '' });
    expect(calls[1]!.url.searchParams.has('page_token')).toBe(false);
    expect(calls[1]!.url.searchParams.has('sort_order')).toBe(false);
  });

  it('splits more than 50 order ids over several calls', async () => {
    const { fetch, calls } = scripted(ok({ orders: [{ id: '1', status: 'UNPAID' }] }));
    const ids = Array.from({ length: 120 }, (_, i) => `57${String(i).padStart(16, '0')}`);
    const r = await client(fetch).c.getOrderDetail(auth, ids);
    expect(calls.map((c) => c.url.searchParams.get('ids')!.split(',').length)).toEqual([50, 50, 20]);
    expect(r.ok && r.val.length).toBe(3);
  });

  it('generates an idempotency key when none is given and keeps it across its own retries', async () => {
    const { fetch, calls } = scripted(fail(36009003, 500), ok({}));
    const r = await client(fetch).c.approveReturn(auth, '4035', { decision: 'APPROVE_REFUND' });
    expect(r.ok).toBe(true);
    const keys = calls.map((c) => c.url.searchParams.get('idempotency_key'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('calls the token host unsigned with app_secret and grant_type', async () => {
    const token = { access_token: 'a', access_token_expire_in: 1, refresh_token: 'r', refresh_token_expire_in: 2, open_id: 'o', seller_name: 'n', seller_base_region: 'US', user_type: 0, granted_permissions: ['X'] };
    const { fetch, calls } = scripted(ok(token));
    const { c } = client(fetch);
    const got = await c.getAccessToken('code1');
    await c.refreshAccessToken('r1');
    expect(got.ok && got.val.grantedScopes).toEqual(['X']);
    expect(calls[0]!.url.href).toBe('https://auth.example/api/v2/token/get?app_key=key1&app_secret=secret1&auth_code=code1&grant_type=authorized_code');
    expect(calls[1]!.url.href).toBe('https://auth.example/api/v2/token/refresh?app_key=key1&app_secret=secret1&refresh_token=r1&grant_type=refresh_token');
    expect(calls[0]!.url.searchParams.has('sign')).toBe(false);
  });
});

describe('how failures come back', () => {
  const cases: Array<[string, Response, Partial<Record<string, unknown>>]> = [
    ['an expired token', fail(105002), { kind: 'token_expired', code: 105002, retryable: false }],
    ['a missing scope', fail(105005), { kind: 'scope_missing', code: 105005 }],
    ['a bad signature on HTTP 401', fail(106001, 401), { kind: 'auth', code: 106001, status: 401 }],
    ['a missing cipher', fail(106013), { kind: 'auth', code: 106013 }],
    ['a token for another shop', fail(101000), { kind: 'auth', code: 101000 }],
    ['an unknown conversation', fail(45101003), { kind: 'not_found', code: 45101003 }],
    ['a business refusal', fail(45109001), { kind: 'rejected', code: 45109001, retryable: false }],
    ['the daily CS quota', fail(45101004), { kind: 'rate_limited', retryable: false }],
    ['an auth-host record error', fail(36004005), { kind: 'auth', code: 36004005 }],
    ['a 404 without a body', new Response('not found', { status: 404 }), { kind: 'not_found', code: null, status: 404 }],
    ['a 200 that is not JSON', new Response('<html>', { status: 200 }), { kind: 'bad_response', retryable: false }],
    ['a 200 without an envelope', new Response('{"hello":1}', { status: 200 }), { kind: 'bad_response' }],
    ['data of the wrong shape', ok({ conversations: 'no' }), { kind: 'bad_response', requestId: 'RID0' }],
  ];
  for (const [name, response, expected] of cases) {
    it(`types ${name}`, async () => {
      const { fetch, calls } = scripted(response);
      const r = await client(fetch).c.getConversations(auth);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.err).toMatchObject(expected);
      expect(calls).toHaveLength(1);
    });
  }

  it('keeps the request id and message of an error', async () => {
    const { fetch } = scripted(fail(45109001, 200, 'cannot send'));
    const r = await client(fetch).c.sendMessage(auth, '1', { type: 'TEXT', content: { content: 'x' } });
    expect(!r.ok && r.err).toEqual({ kind: 'rejected', code: 45109001, message: 'cannot send', requestId: 'RID1', retryable: false, status: 200 });
  });
});

describe('retries', () => {
  it('retries HTTP 429 with exponential, jittered backoff and then succeeds', async () => {
    const { fetch, calls } = scripted(fail(36009002, 429), fail(36009002, 429), ok({ conversations: [], next_page_token: '' }));
    const { c, sleeps } = client(fetch);
    const r = await c.getConversations(auth);
    expect(r.ok).toBe(true);
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([500, 1000]); // random() = 1: the top of each window
  });

  it('signs every attempt afresh with the clock of that attempt', async () => {
    const { fetch, calls } = scripted(fail(36009002, 429), ok({ conversations: [], next_page_token: '' }));
    let t = NOW;
    const c = createTikTokClient({ appKey: 'k', appSecret: 's', apiBase: 'https://a', authBase: 'https://b', fetch, now: () => (t += 7000), sleep: async () => {} });
    await c.getConversations(auth);
    const stamps = calls.map((x) => x.url.searchParams.get('timestamp'));
    expect(stamps[0]).not.toBe(stamps[1]);
    expect(calls[0]!.url.searchParams.get('sign')).not.toBe(calls[1]!.url.searchParams.get('sign'));
  });

  it('spreads delays with jitter between half and all of the window', async () => {
    const { fetch } = scripted(fail(36009002, 429));
    const sleeps: number[] = [];
    const c = createTikTokClient({ appKey: 'k', appSecret: 's', apiBase: 'https://a', authBase: 'https://b', fetch, now: () => NOW, sleep: async (ms) => void sleeps.push(ms), random: () => 0, maxRetries: 4 });
    await c.getConversations(auth);
    expect(sleeps).toEqual([250, 500, 1000, 2000]);
  });

  it('gives up after maxRetries and returns the last error', async () => {
    const { fetch, calls } = scripted(fail(36009003, 500));
    const { c, sleeps } = client(fetch, { maxRetries: 2 });
    const r = await c.sendMessage(auth, '1', { type: 'TEXT', content: { content: 'x' } });
    expect(!r.ok && r.err).toMatchObject({ kind: 'server', code: 36009003, status: 500, retryable: true });
    expect(calls).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it('retries 503 without a JSON body, and codes 36009002/36009003/36009007 on HTTP 200', async () => {
    for (const first of [new Response('busy', { status: 503 }), fail(36009002), fail(36009003), fail(36009007)]) {
      const { fetch, calls } = scripted(first, ok({ conversations: [], next_page_token: '' }));
      expect((await client(fetch).c.getConversations(auth)).ok).toBe(true);
      expect(calls).toHaveLength(2);
    }
  });

  it('honours Retry-After when it asks for longer than the backoff', async () => {
    const limited = new Response(JSON.stringify({ code: 36009002, message: 'slow down' }), { status: 429, headers: { 'retry-after': '3' } });
    const { fetch } = scripted(limited, ok({ conversations: [], next_page_token: '' }));
    const { c, sleeps } = client(fetch);
    await c.getConversations(auth);
    expect(sleeps).toEqual([3000]);
  });

  it('does not retry errors a retry cannot fix', async () => {
    for (const answer of [fail(106001, 401), fail(105002), fail(45101003), fail(45101004)]) {
      const { fetch, calls } = scripted(answer);
      await client(fetch).c.getConversations(auth);
      expect(calls).toHaveLength(1);
    }
  });

  it('retries a network failure of a read but not of a Send Message', async () => {
    const read = scripted(new TypeError('fetch failed'), ok({ conversations: [], next_page_token: '' }));
    expect((await client(read.fetch).c.getConversations(auth)).ok).toBe(true);
    expect(read.calls).toHaveLength(2);

    const send = scripted(new TypeError('fetch failed'));
    const r = await client(send.fetch).c.sendMessage(auth, '1', { type: 'TEXT', content: { content: 'x' } });
    expect(!r.ok && r.err).toMatchObject({ kind: 'network', retryable: true, status: null, code: null });
    expect(send.calls).toHaveLength(1);
  });

  it('times out a call that never answers, aborting its signal', async () => {
    const { fetch, calls } = scripted('hang');
    const r = await client(fetch, { timeoutMs: 20, maxRetries: 0 }).c.getConversations(auth);
    expect(!r.ok && r.err).toMatchObject({ kind: 'timeout', retryable: true });
    expect(calls[0]!.init.signal?.aborted).toBe(true);
  });

  it('retries a timed-out read, but never a timed-out send', async () => {
    const read = scripted('hang', ok({ conversations: [], next_page_token: '' }));
    expect((await client(read.fetch, { timeoutMs: 20 }).c.getConversations(auth)).ok).toBe(true);
    const send = scripted('hang');
    const r = await client(send.fetch, { timeoutMs: 20 }).c.createConversation(auth, '1');
    expect(!r.ok).toBe(true);
    expect(send.calls.length).toBeGreaterThan(1); // createConversation is idempotent (an existing id comes back)
    const send2 = scripted('hang');
    await client(send2.fetch, { timeoutMs: 20 }).c.sendMessage(auth, '1', { type: 'TEXT', content: { content: 'x' } });
    expect(send2.calls).toHaveLength(1);
  });
});
