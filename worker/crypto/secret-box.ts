// Secrets at rest (TikTok tokens now, buyers' personal data later) sealed with AES-256-GCM under a key
// from the environment. Every sealed value names its key id, so keys rotate: new writes use the first key
// of ENCRYPTION_KEYS, old values still open with the older keys listed after it.
//
//   ENCRYPTION_KEYS = "k2026b:<base64 32 bytes>,k2026a:<base64 32 bytes>"     (first = current)
//   sealed value    = "v1.<key id>.<base64url iv>.<base64url ciphertext+tag>"
import { fromBase64Url, toBase64Url } from './encoding';

export interface SecretBox {
  seal(plaintext: string): Promise<string>;
  open(sealed: string): Promise<string>;
  /** The id new values are sealed with (to find values still under an old key). */
  currentKeyId: string;
}

export class SecretBoxError extends Error {
  override name = 'SecretBoxError';
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export function parseKeyList(value: string): { id: string; raw: Uint8Array }[] {
  const keys = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [id, encoded] = part.split(':');
      if (!id || !encoded || !KEY_ID.test(id)) throw new SecretBoxError('ENCRYPTION_KEYS: each entry is "<key id>:<base64 key>"');
      const raw = fromBase64Url(encoded.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
      if (raw.length !== 32) throw new SecretBoxError(`ENCRYPTION_KEYS: key ${id} must be 32 bytes (base64 of 32 random bytes)`);
      return { id, raw };
    });
  if (keys.length === 0) throw new SecretBoxError('ENCRYPTION_KEYS is empty');
  return keys;
}

export async function createSecretBox(keyList: string): Promise<SecretBox> {
  const parsed = parseKeyList(keyList);
  const keys = new Map<string, CryptoKey>();
  for (const { id, raw } of parsed) {
    keys.set(id, await crypto.subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']));
  }
  const current = parsed[0]!.id;
  const encoder = new TextEncoder();
  return {
    currentKeyId: current,
    async seal(plaintext) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, keys.get(current)!, encoder.encode(plaintext));
      return `v1.${current}.${toBase64Url(iv)}.${toBase64Url(new Uint8Array(data))}`;
    },
    async open(sealed) {
      const [version, id, iv, data] = sealed.split('.');
      if (version !== 'v1' || !id || !iv || !data) throw new SecretBoxError('not a sealed value');
      const key = keys.get(id);
      if (!key) throw new SecretBoxError(`sealed with key "${id}", which ENCRYPTION_KEYS no longer lists`);
      try {
        const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64Url(iv) as BufferSource }, key, fromBase64Url(data) as BufferSource);
        return new TextDecoder().decode(plain);
      } catch {
        throw new SecretBoxError('a sealed value failed its integrity check');
      }
    },
  };
}

/** A fresh key list entry, for `npm start`'s local key file and for operators. */
export function generateKeyEntry(id: string): string {
  return `${id}:${toBase64Url(crypto.getRandomValues(new Uint8Array(32)))}`;
}
