// Sessions as in the Lucia guide: a random token in an HttpOnly cookie, its SHA-256 as the row id, a
// sliding expiry renewed when half of it has passed. Login always issues a new token (rotation), so a
// token planted before sign-in is worthless after it.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { randomToken, sha256Hex } from '../crypto/tokens';
import { deleteSession, extendSession, findSessionWithRole, insertSession } from '../db/queries/sessions';
import type { Queryable } from '../db/types';
import type { AppEnv, Auth } from '../deps';

export const SESSION_COOKIE = 'askchat_session';

const DAY_MS = 86_400_000;

function isLocalHost(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.localhost');
}

function cookieOptions(c: Context<AppEnv>, expires: Date) {
  const config = c.get('deps').config;
  const secure = config.FORCE_SECURE_COOKIES || !isLocalHost(config.PUBLIC_URL ?? c.req.url);
  return { httpOnly: true, sameSite: 'Lax' as const, secure, path: '/', expires };
}

export async function startSession(c: Context<AppEnv>, db: Queryable, userId: string, orgId: string): Promise<void> {
  const { clock, config } = c.get('deps');
  const previous = getCookie(c, SESSION_COOKIE);
  if (previous) await deleteSession(db, await sha256Hex(previous));
  const token = randomToken();
  const expiresAt = new Date(clock.now().getTime() + config.SESSION_DAYS * DAY_MS);
  await insertSession(db, { id: await sha256Hex(token), userId, orgId, expiresAt });
  setCookie(c, SESSION_COOKIE, token, cookieOptions(c, expiresAt));
}

export async function endSession(c: Context<AppEnv>, db: Queryable): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await deleteSession(db, await sha256Hex(token));
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

export type SessionLookup = { state: 'none' } | { state: 'invalid' } | { state: 'valid'; auth: Auth };

/** Reads the cookie and finds its live session, extending it when half its life has passed. */
export async function loadSession(c: Context<AppEnv>, db: Queryable): Promise<SessionLookup> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token) return { state: 'none' };
  if (token.length > 100) return { state: 'invalid' };
  const { clock, config } = c.get('deps');
  const id = await sha256Hex(token);
  const row = await findSessionWithRole(db, id);
  const now = clock.now();
  if (!row) return { state: 'invalid' };
  if (row.expiresAt <= now) {
    await deleteSession(db, id);
    return { state: 'invalid' };
  }
  const lifetime = config.SESSION_DAYS * DAY_MS;
  if (row.expiresAt.getTime() - now.getTime() < lifetime / 2) {
    const expiresAt = new Date(now.getTime() + lifetime);
    await extendSession(db, id, expiresAt);
    setCookie(c, SESSION_COOKIE, token, cookieOptions(c, expiresAt));
  }
  return { state: 'valid', auth: { sessionId: id, userId: row.userId, orgId: row.orgId, role: row.role } };
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
