// The one place that talks HTTP to TikTok Shop. Everything above it gets a Result, never an exception.
//
//   Open API:  sign(path, query, body) → GET/POST apiBase+path?query&sign  (x-tts-access-token, JSON)
//   auth host: GET authBase+/api/v2/token/{get,refresh}?app_key&app_secret…  (unsigned, §2.2)
//
// Each attempt gets its own timestamp and signature and a deadline (AbortController, raced so that even a
// fetch that ignores the signal cannot hang us). HTTP 429/5xx and codes 36009002/36009003/36009007 are retried
// with exponential backoff and jitter; a local timeout or network failure only when the call is idempotent,
// because a Send Message that may have arrived must not be sent twice.
import type { ZodMiniType } from 'zod/mini';
import { err, ok, type Result } from '../../shared/result';
import { errorFromCode, errorFromStatus, localError, type TikTokError } from './errors';
import { fetchText } from '../fetch-text';
import { signRequest } from './sign';
import { envelopeSchema } from './wire-common';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response> | Response;

export interface TikTokClientOptions {
  appKey: string;
  appSecret: string;
  apiBase: string; // e.g. https://open-api.tiktokglobalshop.com or http://127.0.0.1:8787/sandbox/open-api
  authBase: string; // e.g. https://auth.tiktok-shops.com or http://127.0.0.1:8787/sandbox/auth
  fetch: FetchLike;
  now: () => number; // milliseconds
  sleep?: (ms: number) => Promise<void>;
  random?: () => number; // [0, 1), for jitter
  timeoutMs?: number; // per attempt; default 10 s
  maxRetries?: number; // retries after the first attempt; default 3
  backoffBaseMs?: number; // default 500 ms, doubled per retry
  backoffMaxMs?: number; // default 10 s
}

export interface SellerAuth {
  accessToken: string;
}
export interface ShopAuth extends SellerAuth {
  shopCipher: string;
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

export interface ApiCall<T> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string; // the TikTok path, e.g. /customer_service/202309/conversations
  auth: SellerAuth & { shopCipher?: string | null };
  query?: Record<string, QueryValue>;
  body?: unknown; // undefined: send no body at all (§11.6)
  data: ZodMiniType<T, unknown>;
  idempotent?: boolean; // default: GET only
}

export interface Transport {
  api<T>(call: ApiCall<T>): Promise<Result<T, TikTokError>>;
  authHost<T>(path: string, query: Record<string, string>, data: ZodMiniType<T, unknown>): Promise<Result<T, TikTokError>>;
}

// /authorization and /seller reject shop_cipher with 36009004 (§3); every other category needs it.
export function isShopScoped(path: string): boolean {
  return !path.startsWith('/authorization/') && !path.startsWith('/seller/');
}

type Reply = { data: unknown; requestId: string | null };
type Failure = TikTokError & { retryAfterMs?: number };

export function createTransport(options: TikTokClientOptions): Transport {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRetries = options.maxRetries ?? 3;
  const baseMs = options.backoffBaseMs ?? 500;
  const maxMs = options.backoffMaxMs ?? 10_000;
  const apiBase = options.apiBase.replace(/\/+$/, '');
  const authBase = options.authBase.replace(/\/+$/, '');

  async function attempt(url: string, init: RequestInit): Promise<Result<Reply, Failure>> {
    const r = await fetchText(options.fetch, url, init, timeoutMs);
    return r.ok ? interpret(r.val.res, r.val.text) : err(localError(r.err.kind, r.err.message));
  }

  async function withRetries(build: () => Promise<[string, RequestInit]>, idempotent: boolean): Promise<Result<Reply, TikTokError>> {
    for (let n = 0; ; n++) {
      const [url, init] = await build();
      const result = await attempt(url, init);
      if (result.ok) return result;
      const { retryAfterMs, ...error } = result.err;
      // Local failures (no status, no code) are retried only when repeating the call is harmless.
      const local = error.status === null && error.code === null;
      if (n >= maxRetries || !error.retryable || (local && !idempotent)) return err(error);
      const exp = Math.min(maxMs, baseMs * 2 ** n);
      const jittered = exp / 2 + random() * (exp / 2);
      await sleep(Math.round(Math.min(maxMs, Math.max(jittered, retryAfterMs ?? 0))));
    }
  }

  return {
    async api<T>(call: ApiCall<T>): Promise<Result<T, TikTokError>> {
      const query: Record<string, string> = {};
      for (const [name, value] of Object.entries(call.query ?? {})) {
        const text = Array.isArray(value) ? value.join(',') : value === null || value === undefined ? '' : String(value);
        if (text !== '') query[name] = text; // empty values are dropped, not sent as `name=`
      }
      if (isShopScoped(call.path) && call.auth.shopCipher) query.shop_cipher = call.auth.shopCipher;
      query.app_key = options.appKey;
      // Serialise once; the same string is signed and sent (§5.1 "sign exactly what you send").
      const body = call.body === undefined ? undefined : JSON.stringify(call.body);
      const reply = await withRetries(async () => {
        const signed = { ...query, timestamp: String(Math.floor(options.now() / 1000)) };
        const sign = await signRequest({ appSecret: options.appSecret, path: call.path, query: signed, body });
        const url = `${apiBase}${call.path}?${new URLSearchParams({ ...signed, sign }).toString()}`;
        const init: RequestInit = {
          method: call.method,
          headers: { 'x-tts-access-token': call.auth.accessToken, 'content-type': 'application/json' },
        };
        if (body !== undefined) init.body = body;
        return [url, init];
      }, call.idempotent ?? call.method === 'GET');
      return reply.ok ? parseData(reply.val, call.data) : reply;
    },

    async authHost<T>(path: string, query: Record<string, string>, data: ZodMiniType<T, unknown>): Promise<Result<T, TikTokError>> {
      const url = `${authBase}${path}?${new URLSearchParams({ app_key: options.appKey, app_secret: options.appSecret, ...query }).toString()}`;
      const reply = await withRetries(async () => [url, { method: 'GET' }], true);
      return reply.ok ? parseData(reply.val, data) : reply;
    },
  };
}

function interpret(res: Response, text: string): Result<Reply, Failure> {
  const headerId = res.headers.get('x-tt-logid');
  const retryAfter = Number(res.headers.get('retry-after'));
  const retryAfterMs = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    if (res.status !== 200) return err({ ...errorFromStatus(res.status, `HTTP ${res.status}`, headerId), retryAfterMs });
    return err(localError('bad_response', 'response is not JSON', res.status, headerId));
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    if (res.status !== 200) return err({ ...errorFromStatus(res.status, `HTTP ${res.status}`, headerId), retryAfterMs });
    return err(localError('bad_response', 'response is not a TikTok envelope', res.status, headerId));
  }
  const { code, message, request_id, data } = envelope.data;
  const requestId = request_id ?? headerId;
  if (code !== 0) return err({ ...errorFromCode(code, message ?? `code ${code}`, requestId, res.status), retryAfterMs });
  if (res.status < 200 || res.status > 299) return err({ ...errorFromStatus(res.status, message ?? `HTTP ${res.status}`, requestId), retryAfterMs });
  return ok({ data, requestId });
}

function parseData<T>(reply: Reply, schema: ZodMiniType<T, unknown>): Result<T, TikTokError> {
  const parsed = schema.safeParse(reply.data ?? {});
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue ? `${issue.path.join('.') || 'data'}: ${issue.message}` : 'invalid data';
  return err(localError('bad_response', `unexpected response shape (${where})`, 200, reply.requestId));
}
