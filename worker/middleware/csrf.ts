// CSRF defence for cookie-authenticated writes. SameSite=Lax already keeps the cookie off cross-site
// POSTs in current browsers; on top, every unsafe request that carries our cookie, and every sign-in
// style request, must come with an Origin (or Referer) of this app. Requests without any cookie and
// without an Origin (curl, server-to-server) carry no ambient authority and pass.
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../shared/errors';
import { SESSION_COOKIE } from '../auth/session-cookie';
import type { AppEnv } from '../deps';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return 'invalid';
  }
}

export const csrfGuard = createMiddleware<AppEnv>(async (c, next) => {
  if (SAFE.has(c.req.method)) return next();
  const { config } = c.get('deps');
  const allowed = new Set([new URL(c.req.url).origin, ...config.ALLOWED_ORIGINS]);
  if (config.PUBLIC_URL) allowed.add(new URL(config.PUBLIC_URL).origin);
  const origin = originOf(c.req.header('origin')) ?? originOf(c.req.header('referer'));
  const hasCookie = getCookie(c, SESSION_COOKIE) !== undefined;
  if (origin === null && !hasCookie) return next();
  if (origin === null || !allowed.has(origin)) {
    throw new AppError('csrf_failed', 'This request did not come from the AskChat app (origin check failed).');
  }
  await next();
});
