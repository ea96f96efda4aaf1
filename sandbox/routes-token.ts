// The token host (`/auth/api/v2/token/get|refresh`, reference §2.2–2.3): unsigned GETs carrying app_key and
// app_secret in the query. Auth codes are single use and live 30 minutes; refresh accepts grant_type
// refresh_token and, like the official Node SDK sends it, authorized_code (§11.5).
import { Hono, type Context } from 'hono';
import type { SandboxContext } from './context';
import { CODES, tiktokJson } from './envelope';
import { issueTokens } from './tokens';

export function tokenRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();
  const fail = (c: Context, code: number, message: string) => tiktokJson(c, ctx.now(), code, message);

  app.use('*', async (c, next) => {
    const fault = ctx.faults.takeRequestFault(c.req.path.slice(c.req.path.indexOf('/api/v2/')), c.req.method);
    if (fault?.delayMs) await ctx.timers.sleep(fault.delayMs);
    if (fault && fault.code !== null) return tiktokJson(c, ctx.now(), fault.code, fault.message ?? 'Injected fault', null, (fault.status ?? 200) as 200);
    if (c.req.query('app_key') !== ctx.opts.appKey || c.req.query('app_secret') !== ctx.opts.appSecret) {
      return fail(c, CODES.credentials, 'Invalid credentials: app_key or app_secret');
    }
    await next();
  });

  app.get('/api/v2/token/get', (c) => {
    if (c.req.query('grant_type') !== 'authorized_code') return fail(c, CODES.credentials, 'grant_type must be authorized_code');
    const code = c.req.query('auth_code') ?? '';
    const grant = ctx.state.authCodes[code];
    if (!grant || grant.used || grant.revoked) return fail(c, CODES.authRecordMissing, 'can not find related auth record (auth code unknown or already used)');
    grant.used = true; // single use, even when it turns out to be expired
    ctx.changed();
    if (grant.expiresAtMs <= ctx.now()) return fail(c, CODES.authRecordMissing, 'auth code has expired');
    return tiktokJson(c, ctx.now(), 0, 'success', issueTokens(ctx, grant.sellerOpenId));
  });

  app.get('/api/v2/token/refresh', (c) => {
    const grantType = c.req.query('grant_type');
    if (grantType !== 'refresh_token' && grantType !== 'authorized_code') return fail(c, CODES.credentials, 'grant_type must be refresh_token');
    const token = c.req.query('refresh_token') ?? '';
    const grant = ctx.state.refreshTokens[token];
    if (!grant || grant.used || grant.revoked) return fail(c, CODES.authRecordMissing, 'can not find related auth record (refresh token unknown, revoked or already used)');
    if (grant.expiresAtMs <= ctx.now()) return fail(c, CODES.refreshExpired, 'rt has expired');
    grant.used = true; // rotation: the next refresh must use the new refresh token
    ctx.changed();
    return tiktokJson(c, ctx.now(), 0, 'success', issueTokens(ctx, grant.sellerOpenId));
  });

  return app;
}
