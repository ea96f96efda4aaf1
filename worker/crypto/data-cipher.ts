// Buyers' personal data at rest (docs/decisions/007): AES-256-GCM under the ENCRYPTION_KEYS keyring, the
// same keys and ids as the TikTok tokens (secret-box.ts). A sealed value names its key, so keys rotate:
//
//   enc:v1:<key id>:<base64url(iv 12 | ciphertext | tag 16)>       AAD = "askchat:<column name>"
//
// The AAD binds a value to its column: a name copied into a message's text fails its check. Blind indexes
// (HMAC-SHA256 of a name's normalised word pieces, under a key derived from each data key) let Postgres
// find a buyer by name without holding the name.
import { fromBase64Url, toBase64Url, toHex } from './encoding';
import { parseKeyList } from './secret-box';

export const SEALED_PREFIX = 'enc:v1:';

export interface DataCipher {
  currentKeyId: string;
  keyIds: string[];
  seal(column: string, plaintext: string): Promise<string>;
  open(column: string, sealed: string): Promise<string>;
  /** The same value always seals the same way (until the key changes): for keys SQL must merge on. */
  sealFixed(column: string, plaintext: string): Promise<string>;
  /** The blind index of a name under the current key: "<key id> <hash> <hash> …", sorted, '' for none. */
  index(name: string): Promise<string>;
  /** A regular expression matching the index of every name holding all the query's word pieces, under any key. */
  indexQuery(query: string): Promise<string>;
}

export class DecryptError extends Error {
  override name = 'DecryptError';
}

const te = new TextEncoder();
const aad = (column: string) => te.encode(`askchat:${column}`);

export async function createDataCipher(keyList: string): Promise<DataCipher> {
  const parsed = parseKeyList(keyList);
  const aes = new Map<string, CryptoKey>();
  const hmac = new Map<string, CryptoKey>();
  for (const { id, raw } of parsed) {
    aes.set(id, await crypto.subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']));
    // An independent key per data key for the blind index (HKDF), so the index rotates with the data.
    const base = await crypto.subtle.importKey('raw', raw as BufferSource, 'HKDF', false, ['deriveKey']);
    hmac.set(id, await crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(), info: te.encode('askchat blind index v1') }, base, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']));
  }
  const current = parsed[0]!.id;
  const hashes = async (id: string, pieces: string[]) =>
    (await Promise.all(pieces.map(async (p) => toHex(new Uint8Array(await crypto.subtle.sign('HMAC', hmac.get(id)!, te.encode(p))).slice(0, 8))))).sort();
  const seal = async (column: string, plaintext: string, fixed: boolean) => {
    // Fixed: a synthetic IV, the HMAC of the value (SIV-like): equal values give equal ciphertexts.
    const iv = fixed ? new Uint8Array(await crypto.subtle.sign('HMAC', hmac.get(current)!, te.encode(`iv\0${column}\0${plaintext}`))).slice(0, 12) : crypto.getRandomValues(new Uint8Array(12));
    const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(column) }, aes.get(current)!, te.encode(plaintext)));
    const out = new Uint8Array(12 + data.length);
    out.set(iv);
    out.set(data, 12);
    return `${SEALED_PREFIX}${current}:${toBase64Url(out)}`;
  };
  return {
    currentKeyId: current,
    keyIds: parsed.map((k) => k.id),
    seal: (column, plaintext) => seal(column, plaintext, false),
    sealFixed: (column, plaintext) => seal(column, plaintext, true),
    async open(column, sealed) {
      const [id, body] = sealed.slice(SEALED_PREFIX.length).split(':');
      const key = aes.get(id ?? '');
      if (!key || !body) throw new DecryptError(`a value of column "${column}" is sealed with key "${id}", which ENCRYPTION_KEYS does not list`);
      try {
        const bytes = fromBase64Url(body);
        const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.slice(0, 12), additionalData: aad(column) }, key, bytes.slice(12));
        return new TextDecoder().decode(plain);
      } catch {
        throw new DecryptError(`a value of column "${column}" (key "${id}") failed its integrity check: altered, or moved from another column`);
      }
    },
    async index(name) {
      const pieces = namePieces(name, true);
      return pieces.length ? `${current} ${(await hashes(current, pieces)).join(' ')}` : '';
    },
    async indexQuery(query) {
      // A one-letter piece ("olly.s") finds only one-letter words: dropped when longer ones narrow the search.
      const words = namePieces(query, false);
      const pieces = words.some((w) => w.length > 1) ? words.filter((w) => w.length > 1) : words;
      if (!pieces.length) return '$^'; // matches nothing
      // Index hashes are sorted and all 16 hex digits long, so "every piece present" is the sorted query
      // hashes in order: ^k1 .*h1.*h2 — one alternative per key, for rows not yet moved to the current one.
      const alternatives = await Promise.all(parsed.map(async ({ id }) => `^${id} .*${(await hashes(id, pieces)).join('.*')}`));
      return alternatives.join('|');
    },
  };
}

/**
 * A name's searchable pieces: its words (case, accents and width folded), and for the stored index every
 * piece of two or more characters of each word, so any part of a word finds it — as the plaintext ILIKE
 * did. Queries use their whole words.
 */
export function namePieces(text: string, all: boolean): string[] {
  const words = text.normalize('NFKD').replace(/\p{Mn}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out = new Set<string>();
  for (const word of words) {
    const w = [...word].slice(0, 24);
    if (!all || w.length < 2) out.add(w.join(''));
    else for (let i = 0; i < w.length - 1; i++) for (let j = i + 2; j <= w.length; j++) out.add(w.slice(i, j).join(''));
  }
  return [...out];
}
