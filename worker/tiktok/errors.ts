// One typed error for every way a TikTok Shop call can fail. Callers switch on `kind`; `code`, `message` and
// `requestId` are what TikTok support asks for. `retryable` says whether sending the SAME request again later
// can help (a token_expired call needs a refresh first, so it is not "retryable" by itself).

export type TikTokErrorKind =
  | 'token_expired' // 105002: refresh, then retry once (withTokenRefresh)
  | 'scope_missing' // 105005: the seller must re-authorize with the scope enabled
  | 'auth' // bad sign, key, token, timestamp, cipher or token↔shop mapping: fix config or reconnect
  | 'rate_limited' // 429 / 36009002 / CS quotas
  | 'server' // 5xx / 36009003
  | 'timeout' // our own deadline, or 36009007
  | 'network' // fetch threw
  | 'not_found' // the conversation, order, return… does not exist (for this shop)
  | 'rejected' // TikTok understood and refused (business rule, bad parameter)
  | 'bad_response'; // not JSON, or not the shape we expect

export interface TikTokError {
  kind: TikTokErrorKind;
  code: number | null;
  message: string;
  requestId: string | null;
  retryable: boolean;
  status: number | null;
}

// Codes from reference §4.4, §7.10, §8.6, and the auth host's 36004xxx family (EcomPHP, 1 src).
const CODE_KINDS: Record<number, [TikTokErrorKind, boolean]> = {
  105002: ['token_expired', false],
  105005: ['scope_missing', false],
  101000: ['auth', false],
  106001: ['auth', false],
  106013: ['auth', false],
  36009004: ['auth', false],
  36009033: ['auth', false],
  10006402: ['auth', false],
  36009002: ['rate_limited', true],
  45111012: ['rate_limited', true], // coupon-card 0.5 QPS
  45101004: ['rate_limited', false], // 10,000 CS requests a day: retry tomorrow, not now
  36009003: ['server', true],
  45101008: ['server', true],
  36009007: ['timeout', true],
  36009009: ['not_found', false],
  45101003: ['not_found', false],
  25007006: ['not_found', false],
  21008111: ['not_found', false],
};

export function errorFromCode(code: number, message: string, requestId: string | null, status: number | null): TikTokError {
  const known = CODE_KINDS[code];
  if (known) return { kind: known[0], code, message, requestId, retryable: known[1], status };
  if (code >= 36004000 && code < 36005000) return { kind: 'auth', code, message, requestId, retryable: false, status };
  if (status !== null && status >= 500) return { kind: 'server', code, message, requestId, retryable: true, status };
  if (status === 429) return { kind: 'rate_limited', code, message, requestId, retryable: true, status };
  return { kind: 'rejected', code, message, requestId, retryable: false, status };
}

// When the body carries no usable code, the HTTP status is all we have.
export function errorFromStatus(status: number, message: string, requestId: string | null): TikTokError {
  if (status === 429) return { kind: 'rate_limited', code: null, message, requestId, retryable: true, status };
  if (status >= 500) return { kind: 'server', code: null, message, requestId, retryable: true, status };
  if (status === 401 || status === 403) return { kind: 'auth', code: null, message, requestId, retryable: false, status };
  if (status === 404) return { kind: 'not_found', code: null, message, requestId, retryable: false, status };
  return { kind: 'bad_response', code: null, message, requestId, retryable: false, status };
}

export function localError(kind: 'timeout' | 'network' | 'bad_response', message: string, status: number | null = null, requestId: string | null = null): TikTokError {
  return { kind, code: null, message, requestId, retryable: kind !== 'bad_response', status };
}
