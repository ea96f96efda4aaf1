// Message encryption for Web Push (RFC 8291) in the aes128gcm content coding (RFC 8188). WebCrypto only.
//
//   ecdh    = ECDH(as_private, ua_public)                      as = a fresh key pair for every message
//   ikm     = HKDF(salt = auth, ecdh, "WebPush: info\0" || ua_public || as_public, 32)
//   cek     = HKDF(salt, ikm, "Content-Encoding: aes128gcm\0", 16)
//   nonce   = HKDF(salt, ikm, "Content-Encoding: nonce\0", 12)
//   body    = salt(16) || rs(4, BE) = 4096 || idlen(1) = 65 || as_public(65) || AES-GCM(cek, nonce, plaintext || 0x02)
//
// One record only, so the 0x02 (last record) delimiter and no further padding. Checked byte for byte against
// RFC 8291 §5 in test/worker/push/encrypt.test.ts.
import { fromBase64Url, toBase64Url } from '../crypto/encoding';
import { importP256, type VapidKeys } from './vapid';

export const RECORD_SIZE = 4096;
export const HEADER_SIZE = 86;
/** The largest plaintext whose body (header + record + delimiter + tag) fits the 4096 octets every push
 * service must accept (RFC 8291 §4): 4096 − 86 − 1 − 16. */
export const MAX_PLAINTEXT = RECORD_SIZE - HEADER_SIZE - 17;

export interface EncryptOverrides {
  salt?: Uint8Array; // 16 bytes; default random
  asKeys?: VapidKeys; // the sender's "ephemeral" key pair, base64url; default a fresh one
}

const enc = new TextEncoder();
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

async function hkdf(salt: Uint8Array, ikm: Uint8Array, info: string | Uint8Array, bytes: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', ikm as Uint8Array<ArrayBuffer>, 'HKDF', false, ['deriveBits']);
  const infoBytes = typeof info === 'string' ? enc.encode(info) : info;
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, info: infoBytes as Uint8Array<ArrayBuffer> }, key, bytes * 8));
}

async function ephemeralKeys(): Promise<VapidKeys> {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])) as CryptoKeyPair;
  const raw = new Uint8Array((await crypto.subtle.exportKey('raw', pair.publicKey)) as ArrayBuffer);
  return { publicKey: toBase64Url(raw), privateKey: ((await crypto.subtle.exportKey('jwk', pair.privateKey)) as JsonWebKey).d! };
}

/** Encrypts `plaintext` for the subscription's keys (base64url p256dh and auth). Throws on malformed keys or a
 * plaintext over MAX_PLAINTEXT; sendPush turns both into errors. */
export async function encryptPayload(plaintext: Uint8Array, p256dh: string, auth: string, overrides: EncryptOverrides = {}): Promise<Uint8Array> {
  if (plaintext.length > MAX_PLAINTEXT) throw new Error(`the payload is ${plaintext.length} bytes; at most ${MAX_PLAINTEXT} fit a push message`);
  const authSecret = fromBase64Url(auth);
  if (authSecret.length !== 16) throw new Error('the subscription auth secret must be 16 bytes');
  const salt = overrides.salt ?? crypto.getRandomValues(new Uint8Array(16));
  const as = overrides.asKeys ?? (await ephemeralKeys());
  const uaPublic = fromBase64Url(p256dh);
  const asPublic = fromBase64Url(as.publicKey);
  const uaKey = await importP256(p256dh, null, 'ECDH');
  const asKey = await importP256(as.publicKey, as.privateKey, 'ECDH');
  const ecdh = new Uint8Array(await crypto.subtle.deriveBits({ name: 'ECDH', public: uaKey }, asKey, 256));
  const ikm = await hkdf(authSecret, ecdh, concat(enc.encode('WebPush: info\0'), uaPublic, asPublic), 32);
  const cek = await hkdf(salt, ikm, 'Content-Encoding: aes128gcm\0', 16);
  const nonce = await hkdf(salt, ikm, 'Content-Encoding: nonce\0', 12);
  const key = await crypto.subtle.importKey('raw', cek as Uint8Array<ArrayBuffer>, 'AES-GCM', false, ['encrypt']);
  const record = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce as Uint8Array<ArrayBuffer> }, key, concat(plaintext, Uint8Array.of(2)) as Uint8Array<ArrayBuffer>);
  return concat(salt, Uint8Array.of(0, 0, RECORD_SIZE >> 8, 0, 65), asPublic, new Uint8Array(record));
}
