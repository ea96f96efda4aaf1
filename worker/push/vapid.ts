// VAPID (RFC 8292): the application server identifies itself to a push service with an ES256 JWT signed by
// its P-256 key, sent as `Authorization: vapid t=<jwt>, k=<public key>`. The browser subscribed with that
// public key (applicationServerKey), so only we can push to its subscriptions. WebCrypto only.
//
// Keys are base64url text: the public key is the 65-byte uncompressed point (0x04 || x || y), the private
// key the 32-byte scalar `d` — the format every Web Push library and `applicationServerKey` use.
import { fromBase64Url, toBase64Url } from '../crypto/encoding';

/** Used when no VAPID_SUBJECT (or https PUBLIC_URL) is configured: fine for local use; set a real
 * address in production, some push services refuse placeholder contacts. */
export const DEFAULT_VAPID_SUBJECT = 'mailto:push@askchat.invalid';

export interface VapidKeys {
  publicKey: string; // base64url, 65 bytes uncompressed
  privateKey: string; // base64url, 32 bytes (d)
}

const MAX_EXPIRY_S = 24 * 3600;
const enc = new TextEncoder();

/** Imports a P-256 key pair given as base64url (public point, and `d` when private) via JWK. */
export function importP256(publicKey: string, privateKey: string | null, alg: 'ECDSA' | 'ECDH'): Promise<CryptoKey> {
  const pub = fromBase64Url(publicKey);
  if (pub.length !== 65 || pub[0] !== 4) throw new Error('a P-256 public key must be 65 bytes, uncompressed (0x04…)');
  if (privateKey !== null && fromBase64Url(privateKey).length !== 32) throw new Error('a P-256 private key must be 32 bytes');
  const jwk: JsonWebKey = { kty: 'EC', crv: 'P-256', x: toBase64Url(pub.subarray(1, 33)), y: toBase64Url(pub.subarray(33)) };
  if (privateKey !== null) jwk.d = privateKey;
  return crypto.subtle.importKey('jwk', jwk, { name: alg, namedCurve: 'P-256' }, false, privateKey === null ? [] : [alg === 'ECDSA' ? 'sign' : 'deriveBits']);
}

/** A new VAPID key pair, to generate once and keep (VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY). */
export async function generateVapidKeys(): Promise<VapidKeys> {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array((await crypto.subtle.exportKey('raw', pair.publicKey)) as ArrayBuffer);
  const jwk = (await crypto.subtle.exportKey('jwk', pair.privateKey)) as JsonWebKey;
  return { publicKey: toBase64Url(raw), privateKey: jwk.d! };
}

export interface VapidOptions {
  subject: string; // mailto:… or https:… — how the push service's operator can reach us
  now?: () => number; // milliseconds
  expiresInSeconds?: number; // default 12 h; at most 24 h (RFC 8292 §2)
}

/** The Authorization header value for one push to `endpoint`. Throws on invalid keys or subject (config). */
export async function vapidAuthorization(endpoint: string, keys: VapidKeys, options: VapidOptions): Promise<string> {
  if (!/^(mailto:.+@|https:\/\/.)/.test(options.subject)) throw new Error('the VAPID subject must be a mailto: or https: URL');
  const ttl = Math.min(options.expiresInSeconds ?? MAX_EXPIRY_S / 2, MAX_EXPIRY_S);
  const claims = { aud: new URL(endpoint).origin, exp: Math.floor((options.now ?? Date.now)() / 1000) + ttl, sub: options.subject };
  const part = (o: object) => toBase64Url(enc.encode(JSON.stringify(o)));
  const unsigned = `${part({ typ: 'JWT', alg: 'ES256' })}.${part(claims)}`;
  const key = await importP256(keys.publicKey, keys.privateKey, 'ECDSA');
  // WebCrypto's ECDSA signature is r || s (64 bytes), which is exactly JWS's ES256 encoding.
  const sig = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, enc.encode(unsigned));
  return `vapid t=${unsigned}.${toBase64Url(new Uint8Array(sig))}, k=${keys.publicKey}`;
}
