// Session loading and the guards routes use. `requireAuth` answers 401 both when there is no cookie and
// when the cookie no longer matches a live session (expired, forged, or the membership was removed); the
// PWA then shows the sign-in screen and keeps its outbox.
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../shared/errors';
import { can, type Permission } from '../../shared/roles';
import { clearSessionCookie, loadSession } from '../auth/session-cookie';
import type { AppEnv, Auth } from '../deps';

export const sessionLoader = createMiddleware<AppEnv>(async (c, next) => {
  const found = await loadSession(c, c.get('db'));
  if (found.state === 'valid') c.set('auth', found.auth);
  if (found.state === 'invalid') clearSessionCookie(c);
  await next();
});

export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.get('auth')) throw new AppError('unauthorized', 'Sign in to continue: there is no valid session (it may have expired).');
  await next();
});

export const requirePermission = (permission: Permission) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const auth = c.get('auth');
    if (!auth) throw new AppError('unauthorized', 'Sign in to continue: there is no valid session (it may have expired).');
    if (!can(auth.role, permission)) throw new AppError('forbidden', 'Your role in this organisation does not allow this.');
    await next();
  });

/** The signed-in caller; only valid behind requireAuth. */
export function mustAuth(c: { get(key: 'auth'): Auth | null }): Auth {
  const auth = c.get('auth');
  if (!auth) throw new AppError('unauthorized', 'Sign in to continue.');
  return auth;
}
