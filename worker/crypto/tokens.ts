// Secret tokens (session cookies, invite links): 32 random bytes, base64url in the cookie or link, and
// only their SHA-256 in the database, so a leaked table holds nothing that can be replayed.
import { toBase64Url, toHex } from './encoding';

export function randomToken(bytes = 32): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return toHex(new Uint8Array(digest));
}
