// Checks every Open API request the way the reference says TikTok does, in this order:
//   injected faults → one value per query name → app_key → sign present → timestamp window (now−5 min …
//   now+30 s) → signature over TikTok path + sorted query + body (106001) → content-type JSON → access
//   token (36009004 unknown/revoked, 105002 expired) → shop_cipher (106013 missing on shop-scoped paths,
//   36009004 on /authorization and /seller or unknown, 101000 another seller's shop) → scope (105005)
//   → rate limit (429 / 36009002) → customer-service daily quota (45101004).
// The TikTok path is what follows `/open-api` in the URL, so the checks hold wherever the app is mounted.
import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { signRequest } from '../worker/tiktok/sign';
import { isShopScoped } from '../worker/tiktok/transport';
import { scopeForPath, shopByCipher, type SandboxContext } from './context';
import { CODES, tiktokJson } from './envelope';
import type { DemoShop } from './fixtures';

export interface ApiCall {
  path: string; // TikTok path, without the mount prefix
  query: Record<string, string>;
  body: string;
  sellerOpenId: string;
  shop: DemoShop | null;
}
export type ApiEnv = { Variables: { call: ApiCall } };

export function tiktokPathOf(urlPath: string): string {
  const at = urlPath.indexOf('/open-api/');
  return at < 0 ? urlPath : urlPath.slice(at + '/open-api'.length);
}

export function openApiGuard(ctx: SandboxContext): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const fail = (code: number, message: string, status: ContentfulStatusCode = 200) => tiktokJson(c, ctx.now(), code, message, null, status);
    const path = tiktokPathOf(c.req.path);
    const method = c.req.method;

    const fault = ctx.faults.takeRequestFault(path, method);
    if (fault?.delayMs) await ctx.timers.sleep(fault.delayMs);
    if (fault && fault.code !== null) {
      return fail(fault.code, fault.message ?? 'Injected fault', (fault.status ?? 200) as ContentfulStatusCode);
    }

    const params = new URL(c.req.url).searchParams;
    const query: Record<string, string> = {};
    for (const [name, value] of params) {
      if (name in query) return fail(CODES.credentials, `Invalid parameter: ${name} is repeated; join array values with commas`);
      query[name] = value;
    }
    if (query.app_key !== ctx.opts.appKey) return fail(CODES.credentials, 'Invalid credentials: app_key is missing or unknown', 401);
    if (!query.sign) return fail(CODES.credentials, 'Invalid credentials: sign is missing', 401);
    const timestamp = Number(query.timestamp);
    const nowS = Math.floor(ctx.now() / 1000);
    if (!/^\d{10}$/.test(query.timestamp ?? '') || timestamp < nowS - 300 || timestamp > nowS + 30) {
      return fail(CODES.credentials, 'Invalid credentials: timestamp is missing or outside the accepted window', 401);
    }

    const contentType = c.req.header('content-type') ?? '';
    const multipart = contentType.startsWith('multipart/form-data');
    const body = method === 'GET' || method === 'HEAD' ? '' : await c.req.text();
    const expected = await signRequest({ appSecret: ctx.opts.appSecret, path, query, body: multipart ? null : body });
    if (query.sign !== expected) return fail(CODES.badSign, 'Invalid signature', 401);

    if (!contentType.startsWith('application/json') && !(multipart && path.endsWith('/images/upload'))) {
      return fail(CODES.badContentType, 'Content-Type must be application/json');
    }

    const token = c.req.header('x-tts-access-token');
    if (!token) return fail(CODES.credentials, 'Invalid credentials: x-tts-access-token is missing', 401);
    const grant = ctx.state.accessTokens[token];
    if (!grant || grant.revoked) return fail(CODES.credentials, 'Invalid credentials: access token is invalid', 401);
    if (grant.expiresAtMs <= ctx.now()) return fail(CODES.tokenExpired, 'access token is expired, please refresh it');

    let shop: DemoShop | null = null;
    const cipher = query.shop_cipher;
    if (!isShopScoped(path)) {
      if (cipher !== undefined) return fail(CODES.credentials, 'Unexpected identifier: shop_cipher');
    } else {
      if (!cipher) return fail(CODES.cipherMissing, 'shop_cipher is required');
      shop = shopByCipher(cipher) ?? null;
      if (!shop) return fail(CODES.credentials, 'Invalid shop_cipher');
      if (shop.sellerOpenId !== grant.sellerOpenId) return fail(CODES.tokenShopMismatch, 'The access token is not linked to the shop of this shop_cipher');
    }

    const scope = scopeForPath(path);
    if (scope && !(grant.scopes ?? []).includes(scope)) return fail(CODES.scopeMissing, 'you should apply auth pkg for this api');

    const subject = shop?.id ?? grant.sellerOpenId;
    const api = `${method} ${path.replace(/\/\d{6,}(?=\/|$)/g, '/{id}')}`;
    const key = `${subject} ${api}`;
    const second = Math.floor(ctx.now() / 1000);
    const window = ctx.rateWindows.get(key);
    if (window && window.second === second) {
      if (++window.count > ctx.opts.qps) return fail(CODES.rateLimited, 'Too many requests', 429);
    } else {
      ctx.rateWindows.set(key, { second, count: 1 });
    }

    if (shop && path.startsWith('/customer_service/')) {
      const dayKey = `${shop.id}:${Math.floor(ctx.now() / 86_400_000)}`;
      const used = (ctx.csCalls.get(dayKey) ?? 0) + 1;
      ctx.csCalls.set(dayKey, used);
      if (used > ctx.opts.csDailyQuota) return fail(CODES.csQuota, 'The daily query quota of this API has been reached');
    }

    c.set('call', { path, query, body, sellerOpenId: grant.sellerOpenId, shop });
    await next();
  };
}
