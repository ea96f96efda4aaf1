// TikTok Shop request signing (reference §5) and webhook verification (§6.3). WebCrypto only, so the same
// code runs on Cloudflare Workers, in Node and inside the sandbox that checks our requests.
//
//   request:  hex(HMAC_SHA256(secret, secret + path + sorted(name + value) + body + secret))
//   webhook:  hex(HMAC_SHA256(secret, app_key + raw body))        — sent in the Authorization header
//
// Both helpers are pure: no clock, no network. The caller decides what is sent and signs exactly that.

export type SignQuery = Record<string, string | number | undefined | null>;

const encoder = new TextEncoder();

// `sign` and `access_token` never take part (§5.1 step 1); empty values are dropped rather than sent as
// `key=` (the .NET SDK does the same, and our client never sends them).
const EXCLUDED = new Set(['sign', 'access_token']);

export function signingString(path: string, query: SignQuery, body?: string | null): string {
  const names = Object.keys(query)
    .filter((name) => !EXCLUDED.has(name) && query[name] !== undefined && query[name] !== null && query[name] !== '')
    .sort(); // code-point order: every name is ASCII snake_case
  const canonical = names.map((name) => name + String(query[name])).join('');
  return path + canonical + (body ?? '');
}

export async function signRequest({
  appSecret,
  path,
  query,
  body,
}: {
  appSecret: string;
  path: string;
  query: SignQuery;
  body?: string | null;
}): Promise<string> {
  const message = appSecret + signingString(path, query, body) + appSecret;
  const key = await hmacKey(appSecret, 'sign');
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(message));
  return toHex(new Uint8Array(mac));
}

export async function signWebhook({ appKey, appSecret, rawBody }: { appKey: string; appSecret: string; rawBody: string | Uint8Array }): Promise<string> {
  const key = await hmacKey(appSecret, 'sign');
  const mac = await crypto.subtle.sign('HMAC', key, webhookMessage(appKey, rawBody));
  return toHex(new Uint8Array(mac));
}

export type WebhookVerifier = (input: { appKey: string; appSecret: string; rawBody: string | Uint8Array; authorization: string | null | undefined }) => Promise<boolean>;

// crypto.subtle.verify compares the MACs in constant time, so a forger learns nothing from timing.
export async function verifyWebhook({
  appKey,
  appSecret,
  rawBody,
  authorization,
}: {
  appKey: string;
  appSecret: string;
  rawBody: string | Uint8Array;
  authorization: string | null | undefined;
}): Promise<boolean> {
  if (typeof authorization !== 'string') return false;
  const signature = fromHex(authorization.trim());
  if (!signature || signature.length !== 32) return false;
  const key = await hmacKey(appSecret, 'verify');
  return crypto.subtle.verify('HMAC', key, signature, webhookMessage(appKey, rawBody));
}

function webhookMessage(appKey: string, rawBody: string | Uint8Array): Uint8Array<ArrayBuffer> {
  const prefix = encoder.encode(appKey);
  const body = typeof rawBody === 'string' ? encoder.encode(rawBody) : rawBody;
  const message = new Uint8Array(prefix.length + body.length);
  message.set(prefix, 0);
  message.set(body, prefix.length);
  return message;
}

// Imported keys are kept per secret and usage: importing costs more than the HMAC of a small body, and
// the webhook endpoint verifies thousands of pushes a second with the same secret.
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  const id = `${usage}:${secret}`;
  let key = keys.get(id);
  if (!key) {
    if (keys.size > 16) keys.clear(); // a handful of app secrets at most; never grow without bound
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);
    keys.set(id, key);
  }
  return key;
}

function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> | null {
  if (hex.length === 0 || hex.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(hex)) return null;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
