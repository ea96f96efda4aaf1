// Small pieces every Open API route of the sandbox uses: answers in the envelope, the JSON body the guard
// already read, page_size checks and opaque page tokens.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SandboxContext } from './context';
import { tiktokJson } from './envelope';
import { decodePageToken, encodePageToken } from './ids';
import type { ApiCall, ApiEnv } from './open-api-guard';

export type ApiContext = Context<ApiEnv>;

export function answers(ctx: SandboxContext) {
  return {
    ok: (c: ApiContext, data: unknown = {}) => tiktokJson(c, ctx.now(), 0, 'Success', data),
    fail: (c: ApiContext, code: number, message: string, status: ContentfulStatusCode = 200) => tiktokJson(c, ctx.now(), code, message, null, status),
  };
}

// The body the guard read (and signed); `{}` when there is none, null when it is not a JSON object.
export function jsonBody(call: ApiCall): Record<string, unknown> | null {
  if (call.body.trim() === '') return {};
  try {
    const v: unknown = JSON.parse(call.body);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

// A page_size within [min, max]; `fallback` when it may be omitted, else it is required.
export function pageSize(call: ApiCall, max: number, fallback: number | null, min = 1): number | null {
  const raw = call.query.page_size;
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) return null;
  const n = Number(raw);
  return n >= min && n <= max ? n : null;
}

export function paginate<T>(items: readonly T[], size: number, token: string | undefined): { page: T[]; next: string } | null {
  const offset = token ? decodePageToken(token) : 0;
  if (offset === null || offset > items.length) return null;
  const page = items.slice(offset, offset + size);
  const next = offset + size < items.length ? encodePageToken(offset + size) : '';
  return { page, next };
}
