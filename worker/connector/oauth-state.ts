// OAuth `state` for "Connect a shop": a random id stored with the session that started the flow, and an
// HMAC over (id, session) so a state is only valid in the browser session it was made for. Single use
// (used_at is set once, atomically) and short-lived (10 minutes).
import { and, eq, isNull } from 'drizzle-orm';
import { equalBytes, fromBase64Url, toBase64Url } from '../crypto/encoding';
import { randomToken } from '../crypto/tokens';
import { oauthStates } from '../db/schema';
import type { Queryable } from '../db/types';

export const STATE_TTL_MS = 10 * 60_000;

async function mac(secret: string, id: string, sessionId: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(`askchat-oauth-state:${secret}`), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${sessionId}`))).slice(0, 18);
}

export async function createOAuthState(
  db: Queryable,
  secret: string,
  input: { orgId: string; userId: string; sessionId: string; region: 'US' | 'ROW'; now: Date },
): Promise<string> {
  const id = randomToken(18);
  await db.insert(oauthStates).values({ id, orgId: input.orgId, userId: input.userId, sessionId: input.sessionId, region: input.region, expiresAt: new Date(input.now.getTime() + STATE_TTL_MS) });
  return `${id}.${toBase64Url(await mac(secret, id, input.sessionId))}`;
}

export type StateCheck = { ok: true; orgId: string; userId: string } | { ok: false; reason: 'malformed' | 'tampered' | 'unknown' | 'expired' | 'used' | 'other_session' };

/** Verifies and consumes a state in one step: a second use of the same state always fails. */
export async function consumeOAuthState(db: Queryable, secret: string, state: string, sessionId: string, now: Date): Promise<StateCheck> {
  const [id, signature, extra] = state.trim().split('.');
  if (!id || !signature || extra !== undefined || id.length > 40 || signature.length > 40) return { ok: false, reason: 'malformed' };
  let given: Uint8Array;
  try {
    given = fromBase64Url(signature);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const [row] = await db.select().from(oauthStates).where(eq(oauthStates.id, id)).limit(1);
  if (!row) return { ok: false, reason: 'unknown' };
  if (!equalBytes(given, await mac(secret, id, row.sessionId))) return { ok: false, reason: 'tampered' };
  if (row.sessionId !== sessionId) return { ok: false, reason: 'other_session' };
  if (row.usedAt) return { ok: false, reason: 'used' };
  if (row.expiresAt <= now) return { ok: false, reason: 'expired' };
  const used = await db.update(oauthStates).set({ usedAt: now }).where(and(eq(oauthStates.id, id), isNull(oauthStates.usedAt))).returning({ id: oauthStates.id });
  if (used.length === 0) return { ok: false, reason: 'used' };
  return { ok: true, orgId: row.orgId, userId: row.userId };
}
