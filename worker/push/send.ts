// Sends one Web Push message (RFC 8030): the payload as JSON, encrypted for the subscription (RFC 8291),
// POSTed to its endpoint with a VAPID Authorization header (RFC 8292).
//
//   const r = await sendPush(subscription, { title, body, url }, { vapid, subject, ttlSeconds: 3600, urgency: 'high', fetch });
//   if (!r.ok && r.err.kind === 'gone') … delete the subscription: the browser dropped it
//
// Never throws for an outside failure: the push service's answer, the network, a malformed subscription
// and a payload too large are all errors in the Result. Nothing is retried here; the caller decides.
import { err, ok, type Result } from '../../shared/result';
import { fetchText, type FetchLike } from '../fetch-text';
import { encryptPayload, MAX_PLAINTEXT, type EncryptOverrides } from './encrypt';
import { vapidAuthorization, type VapidKeys } from './vapid';

export type { VapidKeys } from './vapid';

export interface PushSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string }; // base64url, as PushSubscription.toJSON() gives them
}

export type Urgency = 'very-low' | 'low' | 'normal' | 'high';

export interface SendPushOptions {
  vapid: VapidKeys;
  subject: string; // mailto: or https: contact for the push service's operator
  ttlSeconds: number; // how long the push service keeps an undelivered message; 0 = now or never
  urgency?: Urgency; // default 'normal'
  topic?: string; // replaces an undelivered message with the same topic; ≤ 32 base64url characters
  fetch: FetchLike;
  timeoutMs?: number; // default 10 s
  now?: () => number; // milliseconds: the JWT's expiry and Retry-After dates
  encryption?: EncryptOverrides; // tests only: fixed salt and key pair
}

export interface PushSent {
  status: number; // 201 Created (202 Accepted from some services)
  location: string | null; // the push service's URL for this message
}

export type PushErrorKind =
  | 'gone' // 404/410: the subscription no longer exists — delete it
  | 'rate_limited' // 429: wait retryAfterMs when given
  | 'rejected' // other 4xx: VAPID refused, bad headers, too big for this service…
  | 'server' // 5xx: the push service failed; later may work
  | 'network'
  | 'timeout'
  | 'too_large' // not sent: the JSON payload does not fit one push message
  | 'invalid'; // not sent: malformed subscription keys or endpoint, bad VAPID keys, subject or topic

export interface PushError {
  kind: PushErrorKind;
  status: number | null; // HTTP status; null when nothing was answered (or sent)
  message: string;
  retryAfterMs?: number;
}

const fail = (kind: PushErrorKind, status: number | null, message: string, retryAfterMs?: number): Result<never, PushError> =>
  err(retryAfterMs === undefined ? { kind, status, message } : { kind, status, message, retryAfterMs });

export async function sendPush(subscription: PushSubscription, payload: unknown, options: SendPushOptions): Promise<Result<PushSent, PushError>> {
  const now = options.now ?? Date.now;
  const plaintext = new TextEncoder().encode(JSON.stringify(payload));
  if (plaintext.length > MAX_PLAINTEXT) return fail('too_large', null, `the payload is ${plaintext.length} bytes of JSON; at most ${MAX_PLAINTEXT} fit a push message`);
  let url: URL;
  try {
    url = new URL(subscription.endpoint);
  } catch {
    return fail('invalid', null, 'the subscription endpoint is not a URL');
  }
  // Push services are HTTPS; plain HTTP only to this machine (the test stand-in).
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && /^(127\.0\.0\.1|localhost|\[::1\])$/.test(url.hostname))) {
    return fail('invalid', null, 'the subscription endpoint must be https');
  }
  if (options.topic !== undefined && !/^[\w-]{1,32}$/.test(options.topic)) return fail('invalid', null, 'a topic is 1–32 base64url characters');
  const headers: Record<string, string> = {
    ttl: String(Math.max(0, Math.floor(options.ttlSeconds))),
    urgency: options.urgency ?? 'normal',
    'content-encoding': 'aes128gcm',
    'content-type': 'application/octet-stream',
  };
  if (options.topic !== undefined) headers.topic = options.topic;
  let body: Uint8Array;
  try {
    headers.authorization = await vapidAuthorization(url.href, options.vapid, { subject: options.subject, now });
    body = await encryptPayload(plaintext, subscription.keys.p256dh, subscription.keys.auth, options.encryption);
  } catch (e) {
    return fail('invalid', null, e instanceof Error ? e.message : String(e));
  }

  const r = await fetchText(options.fetch, url.href, { method: 'POST', headers, body: body as Uint8Array<ArrayBuffer> }, options.timeoutMs ?? 10_000);
  if (!r.ok) return fail(r.err.kind, r.err.status, r.err.message);
  const { res, text } = r.val;
  const status = res.status;
  if (status >= 200 && status < 300) return ok({ status, location: res.headers.get('location') });
  const message = `HTTP ${status}${text.trim() ? `: ${text.trim().slice(0, 300)}` : ''}`;
  const retryAfterMs = retryAfter(res.headers.get('retry-after'), now());
  if (status === 404 || status === 410) return fail('gone', status, message);
  if (status === 429) return fail('rate_limited', status, message, retryAfterMs);
  if (status >= 500) return fail('server', status, message, retryAfterMs);
  return fail('rejected', status, message);
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
function retryAfter(value: string | null, nowMs: number): number | undefined {
  if (!value?.trim()) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : undefined;
}
