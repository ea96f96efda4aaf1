// Password hashing with PBKDF2-SHA256 through WebCrypto, the one slow hash Workers offer natively.
// 100,000 iterations is the most Workers' WebCrypto accepts; the count is stored with each hash so it
// can rise later without breaking old hashes. Stored as `pbkdf2_sha256$<iterations>$<salt>$<hash>`.
import { equalBytes, fromBase64Url, toBase64Url } from './encoding';

const ITERATIONS = 100_000;
const KEY_BYTES = 32;

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password.normalize('NFKC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, KEY_BYTES * 8);
  return new Uint8Array(bits);
}

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(password, salt, ITERATIONS);
  return `pbkdf2_sha256$${ITERATIONS}$${toBase64Url(salt)}$${toBase64Url(hash)}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, iterations, salt, hash] = stored.split('$');
  if (scheme !== 'pbkdf2_sha256' || !iterations || !salt || !hash) return false;
  const n = Number(iterations);
  if (!Number.isInteger(n) || n < 1 || n > ITERATIONS) return false;
  const actual = await derive(password, fromBase64Url(salt), n);
  return equalBytes(actual, fromBase64Url(hash));
}

/** A hash of nothing in particular, verified when the account does not exist so timing reveals nothing. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(toBase64Url(crypto.getRandomValues(new Uint8Array(12))));
  return decoy;
}
