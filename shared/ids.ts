// Ids say what they are and sort by creation time: `conv_01JD3K8M2Q…`. Ten Crockford base-32 characters
// of milliseconds, then sixteen random ones (80 bits), as in ULID, behind a short type prefix. Clients
// create ids too (outbox mutations), so this runs in the browser, in Workers and in Node.

export const ID_PREFIXES = {
  organization: 'org',
  user: 'usr',
  membership: 'mem',
  invite: 'inv',
  shop: 'shop',
  group: 'grp',
  buyer: 'buy',
  conversation: 'conv',
  message: 'msg',
  ticket: 'tkt',
  event: 'evt',
  request: 'req',
  mutation: 'mut',
  client: 'cli',
  connection: 'tcn',
  state: 'ost',
  article: 'kba',
  push: 'psh',
  audit: 'aud',
  privacy: 'dsr',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function encodeTime(ms: number): string {
  let out = '';
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[ms % 32] + out;
    ms = Math.floor(ms / 32);
  }
  return out;
}

// Random bytes are drawn in blocks: one getRandomValues call per 256 ids instead of one per id (the
// webhook endpoint makes two ids per push, thousands of times a second).
const POOL = new Uint8Array(4096);
let poolAt = POOL.length;

function encodeRandom(length: number): string {
  if (poolAt + length > POOL.length) {
    crypto.getRandomValues(POOL);
    poolAt = 0;
  }
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[POOL[poolAt++]! & 31];
  return out;
}

export function newId(kind: IdKind, now: number = Date.now()): string {
  return `${ID_PREFIXES[kind]}_${encodeTime(now)}${encodeRandom(16)}`;
}

export function isId(kind: IdKind, value: string): boolean {
  return new RegExp(`^${ID_PREFIXES[kind]}_[0-9A-HJKMNP-TV-Z]{26}$`).test(value);
}
