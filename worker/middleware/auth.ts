// Session loading and the guards routes use. `requireAuth` answers 401 both when there is no cookie and
// when the cookie no longer matches a live session (expired, forged, or the membership was removed); the
// PWA then shows the sign-in screen and keeps its outbox.
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../shared/errors';
import { can, type Permission } from '../../shared/roles';
import { clearSessionCookie, loadSession } from '../auth/session-cookie';
import type { AppEnv, Auth } from '../deps';
import { and, eq } from 'drizzle-orm';
import { memberships } from '../db/schema';
import type { Db } from '../db/types';

export const sessionLoader = createMiddleware<AppEnv>(async (c, next) => {
  const found = await loadSession(c, c.get('db'));
  if (found.state === 'valid') {
    c.set('auth', found.auth);
    await notePresence(c.get('db'), found.auth, c.get('deps').clock.now());
  }
  if (found.state === 'invalid') clearSessionCookie(c);
  await next();
});

/** Writes are skipped within this long of the last one this isolate made for the person. */
const PRESENCE_EVERY_MS = 60_000;
const lastNoted = new Map<string, number>();

/**
 * Presence for routing (shared/routing/pick-assignee.ts): the app in use — any signed-in request, the sync
 * long-poll included — stamps memberships.last_active_at, at most once a minute per person and isolate.
 */
async function notePresence(db: Db, auth: Auth, now: Date): Promise<void> {
  const key = `${auth.orgId}:${auth.userId}`;
  if (now.getTime() - (lastNoted.get(key) ?? -Infinity) < PRESENCE_EVERY_MS) return;
  if (lastNoted.size > 10_000) lastNoted.clear(); // a bound for a long-lived isolate
  lastNoted.set(key, now.getTime());
  await db.update(memberships).set({ lastActiveAt: now }).where(and(eq(memberships.orgId, auth.orgId), eq(memberships.userId, auth.userId)));
}

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
