// TikTok's answer envelope {code, message, request_id, data} and the codes the sandbox uses (reference §4.4,
// §7.10, §8.6; 36004xxx for the token host from EcomPHP, 1 src). HTTP status: 401 for a bad sign (1 src),
// 429 for rate limits, 404 for unknown paths, 5xx for injected faults, and 200 for everything else —
// including expired tokens and business errors — so a client that looks only at the status is caught.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const CODES = {
  ok: 0,
  tokenExpired: 105002,
  scopeMissing: 105005,
  tokenShopMismatch: 101000,
  badSign: 106001,
  cipherMissing: 106013,
  credentials: 36009004,
  rateLimited: 36009002,
  internal: 36009003,
  timeout: 36009007,
  badPath: 36009009,
  badMethod: 36009010,
  badContentType: 36009022,
  authRecordMissing: 36004005,
  refreshExpired: 36004001,
  csInvalid: 45101001,
  csReturnCard: 45101002,
  csNotFound: 45101003,
  csQuota: 45101004,
  csSensitive: 45101006,
  csCannotSend: 45109001,
  csCannotCreate: 45109003,
  csCouponQps: 45111012,
  csCouponInvalid: 45111017,
  rrInvalid: 25001001,
  rrOrderStatus: 25001003,
  rrReason: 25001014,
  rrNotFound: 25007006,
  rrCannotReject: 25011011,
  rrCannotApprove: 25011012,
  rrDecisionStatus: 25020003,
  rrDecisionType: 25020004,
  orderNotOwned: 21008111,
} as const;

export function requestId(nowMs: number): string {
  const d = new Date(nowMs);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const stamp = `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
  const hex = Array.from(crypto.getRandomValues(new Uint8Array(10)), (b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
  return stamp + hex;
}

export function tiktokJson(c: Context, nowMs: number, code: number, message: string, data: unknown = {}, status: ContentfulStatusCode = 200): Response {
  const id = requestId(nowMs);
  c.header('x-tt-logid', id);
  return c.json({ code, message, request_id: id, data: code === 0 ? data : null }, status);
}
