// sendPush against the local push service (test/support/push-standin.ts), which verifies VAPID and decrypts
// every message as a browser's push service would: what arrives, the headers, and each way a push fails.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PLAINTEXT } from '../../../worker/push/encrypt';
import { sendPush, type PushError, type SendPushOptions, type VapidKeys } from '../../../worker/push/send';
import { generateVapidKeys } from '../../../worker/push/vapid';
import { startPushStandin, type PushStandin } from '../../support/push-standin';

let push: PushStandin;
let vapid: VapidKeys;
beforeAll(async () => {
  push = await startPushStandin();
  vapid = await generateVapidKeys();
});
afterAll(() => push.close());

const options = (extra: Partial<SendPushOptions> = {}): SendPushOptions => ({
  vapid,
  subject: 'mailto:ops@askchat.example',
  ttlSeconds: 3600,
  urgency: 'high',
  fetch: (url, init) => fetch(url, init),
  ...extra,
});

function failed(r: { ok: boolean; err?: PushError }): PushError {
  if (r.ok || !r.err) throw new Error('expected an error');
  return r.err;
}

describe('sendPush: delivery', () => {
  it('delivers the payload encrypted, with TTL, Urgency, Topic, Content-Encoding and VAPID headers', async () => {
    const sub = push.createSubscription({ applicationServerKey: vapid.publicKey });
    const payload = { title: 'Escalation: refund dispute', body: 'Order 5761 — the buyer asks for a person', url: '/inbox/c_123', tag: 'esc-c_123' };
    const r = await sendPush(sub, payload, options({ topic: 'esc-c_123' }));
    if (!r.ok) throw new Error(r.err.message);
    expect(r.val.status).toBe(201);
    expect(r.val.location).toMatch(new RegExp(`^${push.origin}/m/\\d+$`));
    const got = push.delivered.find((d) => d.endpoint === sub.endpoint)!;
    expect(got.payload).toEqual(payload);
    expect(got.headers).toMatchObject({
      ttl: '3600',
      urgency: 'high',
      topic: 'esc-c_123',
      'content-encoding': 'aes128gcm',
      'content-type': 'application/octet-stream',
    });
    expect(got.headers.authorization).toMatch(new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${vapid.publicKey}$`));
  });

  it('keeps localised text intact (Thai, Chinese, emoji), and defaults to normal urgency without a topic', async () => {
    const sub = push.createSubscription();
    const payload = { title: 'ลูกค้าขอคุยกับเจ้าหน้าที่', body: '买家要求退款：订单 5761 还没到 📦', lang: 'th' };
    const r = await sendPush(sub, payload, options({ urgency: undefined, ttlSeconds: 0 }));
    expect(r.ok).toBe(true);
    const got = push.delivered.find((d) => d.endpoint === sub.endpoint)!;
    expect(got.payload).toEqual(payload);
    expect(got.headers).toMatchObject({ ttl: '0', urgency: 'normal' });
    expect(got.headers.topic).toBeUndefined();
  });

  it('sends the largest payload that fits (4096 octets on the wire) and refuses a larger one before sending', async () => {
    const sub = push.createSubscription();
    const fits = 'x'.repeat(MAX_PLAINTEXT - 2); // JSON adds the two quotes
    expect((await sendPush(sub, fits, options())).ok).toBe(true);
    expect(push.delivered.find((d) => d.endpoint === sub.endpoint)!.payload).toBe(fits);

    const before = push.requests.length;
    let called = 0;
    const counting: SendPushOptions['fetch'] = (url, init) => (called++, fetch(url, init));
    const over = failed(await sendPush(sub, `${fits}x`, options({ fetch: counting })));
    expect(over).toMatchObject({ kind: 'too_large', status: null, message: expect.stringMatching(/3994 bytes of JSON; at most 3993/) });
    // bytes, not characters: 1400 Thai characters are 4200 bytes of UTF-8
    expect(failed(await sendPush(sub, { body: 'ก'.repeat(1400) }, options({ fetch: counting }))).kind).toBe('too_large');
    expect(called).toBe(0);
    expect(push.requests.length).toBe(before);
  });
});

describe('sendPush: VAPID as the push service checks it', () => {
  it('a tampered JWT is refused with 401 and reported as rejected', async () => {
    const sub = push.createSubscription();
    // Replace the claims (a later exp) and keep the signature: the signature no longer matches.
    const tamper: SendPushOptions['fetch'] = (url, init) => {
      const headers = init.headers as Record<string, string>;
      const [, claims] = /t=[\w-]+\.([\w-]+)\./.exec(headers.authorization!)!;
      const forged = JSON.parse(Buffer.from(claims!, 'base64url').toString());
      forged.exp += 3600;
      const authorization = headers.authorization!.replace(claims!, Buffer.from(JSON.stringify(forged)).toString('base64url'));
      return fetch(url, { ...init, headers: { ...headers, authorization } });
    };
    const e = failed(await sendPush(sub, { title: 'x' }, options({ fetch: tamper })));
    expect(e).toMatchObject({ kind: 'rejected', status: 401, message: 'HTTP 401: bad JWT signature' });
    expect(push.delivered.some((d) => d.endpoint === sub.endpoint)).toBe(false);
  });

  it('an expired JWT (clock far behind) is refused', async () => {
    const sub = push.createSubscription();
    const e = failed(await sendPush(sub, { title: 'x' }, options({ now: () => Date.now() - 13 * 3600 * 1000 })));
    expect(e).toMatchObject({ kind: 'rejected', status: 401, message: 'HTTP 401: JWT expired' });
  });

  it('keys other than the subscription applicationServerKey are refused with 403', async () => {
    const sub = push.createSubscription({ applicationServerKey: vapid.publicKey });
    const e = failed(await sendPush(sub, { title: 'x' }, options({ vapid: await generateVapidKeys() })));
    expect(e).toMatchObject({ kind: 'rejected', status: 403 });
  });

  it('a body the subscription cannot decrypt (wrong auth secret) is refused with 400', async () => {
    const sub = push.createSubscription();
    const wrong = { ...sub, keys: { ...sub.keys, auth: Buffer.alloc(16, 7).toString('base64url') } };
    const e = failed(await sendPush(wrong, { title: 'x' }, options()));
    expect(e).toMatchObject({ kind: 'rejected', status: 400, message: expect.stringMatching(/could not decrypt/) });
  });
});

describe('sendPush: failures are values', () => {
  it('410 Gone: the subscription expired and must be deleted', async () => {
    const sub = push.createSubscription();
    push.behave(sub.endpoint, { kind: 'gone' });
    expect(failed(await sendPush(sub, { title: 'x' }, options()))).toMatchObject({ kind: 'gone', status: 410 });
    // an endpoint the service does not know: 404, also gone
    expect(failed(await sendPush({ ...sub, endpoint: `${push.origin}/wpush/v2/unknown` }, { title: 'x' }, options()))).toMatchObject({ kind: 'gone', status: 404 });
  });

  it('429 with Retry-After in seconds or as an HTTP date: rate_limited with retryAfterMs', async () => {
    const sub = push.createSubscription();
    push.behave(sub.endpoint, { kind: 'rate_limited', retryAfter: '30' });
    expect(failed(await sendPush(sub, { title: 'x' }, options()))).toEqual({ kind: 'rate_limited', status: 429, message: 'HTTP 429: too many requests', retryAfterMs: 30_000 });
    const now = Math.floor(Date.now() / 1000) * 1000; // whole seconds, as in an HTTP date; the JWT must be current
    push.behave(sub.endpoint, { kind: 'rate_limited', retryAfter: new Date(now + 90_000).toUTCString() });
    expect(failed(await sendPush(sub, { title: 'x' }, options({ now: () => now }))).retryAfterMs).toBe(90_000);
    push.behave(sub.endpoint, { kind: 'rate_limited' });
    expect(failed(await sendPush(sub, { title: 'x' }, options()))).not.toHaveProperty('retryAfterMs');
  });

  it('5xx: server', async () => {
    const sub = push.createSubscription();
    push.behave(sub.endpoint, { kind: 'error' });
    expect(failed(await sendPush(sub, { title: 'x' }, options()))).toMatchObject({ kind: 'server', status: 500 });
    push.behave(sub.endpoint, { kind: 'error', status: 503 });
    expect(failed(await sendPush(sub, { title: 'x' }, options()))).toMatchObject({ kind: 'server', status: 503 });
  });

  it('a push service that never answers: timeout', async () => {
    const sub = push.createSubscription();
    push.behave(sub.endpoint, { kind: 'hang' });
    const started = Date.now();
    expect(failed(await sendPush(sub, { title: 'x' }, options({ timeoutMs: 150 })))).toMatchObject({ kind: 'timeout', status: null });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('nothing listening: network', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const sub = push.createSubscription();
    expect(failed(await sendPush({ ...sub, endpoint: `http://127.0.0.1:${port}/wpush/x` }, { title: 'x' }, options()))).toMatchObject({ kind: 'network' });
    // a fetch that throws synchronously is a network failure too
    const throwing: SendPushOptions['fetch'] = () => {
      throw new TypeError('fetch failed');
    };
    expect(failed(await sendPush(sub, { title: 'x' }, options({ fetch: throwing })))).toMatchObject({ kind: 'network', message: 'fetch failed' });
  });

  it('malformed subscriptions, endpoints, keys, subject or topic: invalid, nothing sent', async () => {
    const sub = push.createSubscription();
    const before = push.requests.length;
    const cases: [Parameters<typeof sendPush>[0], Partial<SendPushOptions>, RegExp][] = [
      [{ ...sub, keys: { ...sub.keys, p256dh: 'AAAA' } }, {}, /65 bytes/],
      [{ ...sub, keys: { ...sub.keys, auth: '' } }, {}, /16 bytes/],
      [{ ...sub, endpoint: 'not a url' }, {}, /not a URL/],
      [{ ...sub, endpoint: 'http://push.example.com/x' }, {}, /https/],
      [sub, { subject: 'ops@askchat.example' }, /mailto/],
      [sub, { vapid: { publicKey: vapid.publicKey, privateKey: 'AA' } }, /32 bytes/],
      [sub, { topic: 'has spaces' }, /topic/],
    ];
    for (const [s, extra, message] of cases) {
      expect(failed(await sendPush(s, { title: 'x' }, options(extra)))).toMatchObject({ kind: 'invalid', status: null, message: expect.stringMatching(message) });
    }
    expect(push.requests.length).toBe(before);
  });
});
