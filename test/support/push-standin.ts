// A local push service for tests, behaving like FCM or Mozilla autopush (RFC 8030): node:http on 127.0.0.1
// and a free port. It hands out subscriptions as a browser would, and for every POST to one of them checks
// what a real push service checks before accepting a message:
//
//   - VAPID (RFC 8292): `Authorization: vapid t=<jwt>, k=<key>`; the ES256 signature verified with `k`, `aud`
//     equal to this service's origin, `exp` not past and at most 24 h ahead, `sub` mailto:/https: → else 401;
//     `k` not the applicationServerKey the subscription was made with → 403 (as FCM answers)
//   - a TTL header, Content-Encoding: aes128gcm, a body of at most 4096 octets → else 400 / 413
//   - the body decrypts (RFC 8291 / RFC 8188) with the subscription's private key and auth secret → else 400
//
// It decrypts with node:crypto (ECDH, hkdfSync, aes-128-gcm), written apart from worker/push/encrypt.ts, so a
// message it accepts is one a browser could read. Delivered messages are recorded with their JSON payload.
//
//   const push = await startPushStandin();
//   const sub = push.createSubscription();               // { endpoint, keys: { p256dh, auth } }
//   push.behave(sub.endpoint, { kind: 'gone' });          // or rate_limited / error / hang / deliver
//   … push.delivered[0].payload …  push.requests[0].status …
//   await push.close();
import { createECDH, createPublicKey, createDecipheriv, hkdfSync, randomBytes, verify, type ECDH } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour =
  | { kind: 'deliver' }
  | { kind: 'gone' } // 410: the browser unsubscribed or the subscription expired
  | { kind: 'rate_limited'; retryAfter?: string } // 429 with this Retry-After header
  | { kind: 'error'; status?: number } // default 500
  | { kind: 'hang' }; // read the request and never answer

export interface StandinSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface Delivered {
  endpoint: string;
  payload: unknown; // the decrypted body, JSON-decoded
  text: string; // the decrypted body as text
  headers: Record<string, string>;
}

export interface ReceivedRequest {
  endpoint: string;
  status: number | null; // null while hanging
  reason: string; // why refused, or 'delivered'
  headers: Record<string, string>;
}

interface Stored {
  ecdh: ECDH;
  auth: Buffer;
  applicationServerKey: string | null;
  behaviour: Behaviour;
}

const b64u = (b: Uint8Array) => Buffer.from(b).toString('base64url');
const unb64u = (s: string) => Buffer.from(s, 'base64url');

/** RFC 8291 decryption of a single-record aes128gcm body with the user agent's private key (32-byte `d`). */
export function decryptPushBody(body: Buffer, uaPrivateKey: Buffer, authSecret: Buffer): Buffer {
  if (body.length < 21) throw new Error('body shorter than the aes128gcm header');
  const salt = body.subarray(0, 16);
  const rs = body.readUInt32BE(16);
  const idlen = body[20]!;
  const asPublic = body.subarray(21, 21 + idlen);
  const record = body.subarray(21 + idlen);
  if (idlen !== 65) throw new Error(`keyid must be the 65-byte sender key, is ${idlen} bytes`);
  if (rs < 18 || record.length > rs) throw new Error(`one record of at most rs=${rs} octets expected, got ${record.length}`);
  if (record.length < 17) throw new Error('record shorter than the tag');
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(uaPrivateKey);
  const uaPublic = ecdh.getPublicKey();
  const secret = ecdh.computeSecret(asPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, asPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', secret, authSecret, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (end < 0 || padded[end] !== 2) throw new Error('the last record must end with the 0x02 delimiter');
  return padded.subarray(0, end);
}

/** Checks `vapid t=…, k=…` as a push service does; returns why it is refused, or null. */
export function checkVapid(authorization: string | undefined, origin: string, nowMs = Date.now()): string | null {
  const m = /^vapid\s+t=([\w-]+\.[\w-]+\.[\w-]+)\s*,\s*k=([\w-]+)$/i.exec(authorization?.trim() ?? '');
  if (!m) return 'no vapid t=…, k=… Authorization header';
  const [header, claims, signature] = m[1]!.split('.') as [string, string, string];
  const k = unb64u(m[2]!);
  if (k.length !== 65 || k[0] !== 4) return 'k is not an uncompressed P-256 key';
  const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: b64u(k.subarray(1, 33)), y: b64u(k.subarray(33)) }, format: 'jwk' });
  if (!verify('sha256', Buffer.from(`${header}.${claims}`), { key, dsaEncoding: 'ieee-p1363' }, unb64u(signature))) return 'bad JWT signature';
  let h: { alg?: unknown; typ?: unknown };
  let c: { aud?: unknown; exp?: unknown; sub?: unknown };
  try {
    h = JSON.parse(unb64u(header).toString('utf8'));
    c = JSON.parse(unb64u(claims).toString('utf8'));
  } catch {
    return 'JWT parts are not JSON';
  }
  if (h.alg !== 'ES256') return `alg ${String(h.alg)} is not ES256`;
  if (c.aud !== origin) return `aud ${String(c.aud)} is not ${origin}`;
  const now = Math.floor(nowMs / 1000);
  if (typeof c.exp !== 'number' || c.exp <= now) return 'JWT expired';
  if (c.exp > now + 24 * 3600) return 'exp more than 24 hours ahead';
  if (typeof c.sub !== 'string' || !/^(mailto:|https:)/.test(c.sub)) return 'sub is not a mailto: or https: URL';
  return null;
}

export async function startPushStandin() {
  const subscriptions = new Map<string, Stored>();
  const delivered: Delivered[] = [];
  const requests: ReceivedRequest[] = [];
  const hanging = new Set<http.ServerResponse>();
  let messages = 0;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const endpoint = `${origin}${req.url ?? ''}`;
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
      const seen: ReceivedRequest = { endpoint, status: null, reason: 'hanging', headers };
      requests.push(seen);
      const answer = (status: number, reason: string, extra: Record<string, string> = {}) => {
        seen.status = status;
        seen.reason = reason;
        res.writeHead(status, { 'content-type': 'text/plain', ...extra }).end(status < 300 ? '' : reason);
      };
      const sub = subscriptions.get(endpoint);
      if (req.method !== 'POST') return answer(405, 'only POST');
      if (!sub) return answer(404, 'no such subscription');
      const b = sub.behaviour;
      if (b.kind === 'hang') return void hanging.add(res);
      if (b.kind === 'gone') return answer(410, 'push subscription has unsubscribed or expired.');
      const vapid = checkVapid(headers.authorization, origin);
      if (vapid) return answer(401, vapid);
      if (sub.applicationServerKey && !headers.authorization!.endsWith(`k=${sub.applicationServerKey}`)) return answer(403, 'the VAPID key does not match the subscription');
      if (!/^\d+$/.test(headers.ttl ?? '')) return answer(400, 'missing TTL header');
      if (headers['content-encoding'] !== 'aes128gcm') return answer(400, 'unknown Content-Encoding (aes128gcm expected)');
      if (b.kind === 'rate_limited') return answer(429, 'too many requests', b.retryAfter === undefined ? {} : { 'retry-after': b.retryAfter });
      if (b.kind === 'error') return answer(b.status ?? 500, 'internal server error');
      const body = Buffer.concat(chunks);
      if (body.length > 4096) return answer(413, `payload of ${body.length} bytes is over 4096`);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(decryptPushBody(body, sub.ecdh.getPrivateKey(), sub.auth));
      } catch (e) {
        return answer(400, `could not decrypt: ${e instanceof Error ? e.message : String(e)}`);
      }
      let payload: unknown;
      try {
        payload = JSON.parse(text);
      } catch {
        payload = undefined;
      }
      delivered.push({ endpoint, payload, text, headers });
      answer(201, 'delivered', { location: `${origin}/m/${++messages}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    delivered,
    requests,
    /** A new subscription, as PushManager.subscribe gives one; with applicationServerKey, VAPID must use it. */
    createSubscription(options: { applicationServerKey?: string } = {}): StandinSubscription {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      const endpoint = `${origin}/wpush/v2/${randomBytes(12).toString('base64url')}`;
      subscriptions.set(endpoint, { ecdh, auth, applicationServerKey: options.applicationServerKey ?? null, behaviour: { kind: 'deliver' } });
      return { endpoint, keys: { p256dh: b64u(ecdh.getPublicKey()), auth: b64u(auth) } };
    },
    behave(endpoint: string, behaviour: Behaviour): void {
      const sub = subscriptions.get(endpoint);
      if (!sub) throw new Error(`no subscription ${endpoint}`);
      sub.behaviour = behaviour;
    },
    async close(): Promise<void> {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type PushStandin = Awaited<ReturnType<typeof startPushStandin>>;
