// The e-mail channel's two HMACs: the inbound webhook's signature (over "<timestamp>.<raw body>", so a
// captured request cannot be replayed later with a new timestamp) and the lookup hash of a buyer's address,
// so threading compares hashes and the address column itself can be sealed at rest.
import { toHex } from '../crypto/encoding';

/** Signed requests older or further in the future than this are refused (replays). */
export const SIGNATURE_TOLERANCE_S = 300;

const encoder = new TextEncoder();
const hmacKey = (secret: string) => crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);

export async function hmacHex(secret: string, text: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(text))));
}

/** The lookup hash of an address: HMAC-SHA256 of its lower-cased form. */
export const emailHash = (secret: string, address: string) => hmacHex(secret, address.trim().toLowerCase());

/** The lookup key of a subject (HMAC of normalizeSubject): subjects are the buyer's words, never stored in clear. */
export const subjectKey = (secret: string, normalized: string) => (normalized ? hmacHex(secret, `subject:${normalized}`) : Promise.resolve(''));

export const signEmailWebhook = (secret: string, timestamp: number, rawBody: string) => hmacHex(secret, `${timestamp}.${rawBody}`);

/** Null when the signature is good and fresh, else why not. The comparison is crypto.subtle.verify (constant time). */
export async function checkEmailSignature(secret: string, rawBody: string, timestamp: string | undefined, signature: string | undefined, nowMs: number): Promise<string | null> {
  if (!/^\d{1,12}$/.test(timestamp ?? '')) return 'X-AskChat-Timestamp is missing or not Unix seconds';
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > SIGNATURE_TOLERANCE_S) return `the timestamp is over ${SIGNATURE_TOLERANCE_S} s from now (a replay?)`;
  const hex = signature?.trim().toLowerCase().replace(/^sha256=/, '') ?? '';
  if (!/^[0-9a-f]{64}$/.test(hex)) return 'X-AskChat-Signature is missing or not 64 hex digits';
  const bytes = Uint8Array.from(hex.match(/../g)!, (h) => parseInt(h, 16));
  const good = await crypto.subtle.verify('HMAC', await hmacKey(secret), bytes, encoder.encode(`${timestamp}.${rawBody}`));
  return good ? null : 'X-AskChat-Signature does not match this body';
}
