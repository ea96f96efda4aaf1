// Login throttling, kept in Postgres because a Worker has no memory between requests: at most 10 failed
// attempts per account and 50 per IP address in a 15-minute window. A success clears the account's count.
import { AppError } from '../../shared/errors';
import { clearAttempts, getAttempts, recordFailure } from '../db/queries/login-attempts';
import type { Queryable } from '../db/types';

const WINDOW_MS = 15 * 60_000;
export const LOGIN_LIMITS = { account: 10, ip: 50 } as const;

export function loginKeys(email: string, ip: string | null): { account: string; ip: string | null } {
  return { account: `acct:${email.toLowerCase()}`, ip: ip ? `ip:${ip}` : null };
}

export async function assertLoginAllowed(db: Queryable, keys: { account: string; ip: string | null }, now: Date): Promise<void> {
  const windowStart = now.getTime() - WINDOW_MS;
  const rows = await getAttempts(db, keys.ip ? [keys.account, keys.ip] : [keys.account]);
  for (const row of rows) {
    if (row.windowStart.getTime() <= windowStart) continue;
    const limit = row.key === keys.account ? LOGIN_LIMITS.account : LOGIN_LIMITS.ip;
    if (row.failures >= limit) {
      const waitMinutes = Math.ceil((row.windowStart.getTime() + WINDOW_MS - now.getTime()) / 60_000);
      throw new AppError('rate_limited', `Too many failed sign-in attempts. Try again in ${waitMinutes} minute${waitMinutes === 1 ? '' : 's'}.`);
    }
  }
}

export async function noteLoginFailure(db: Queryable, keys: { account: string; ip: string | null }, now: Date): Promise<void> {
  await recordFailure(db, keys.ip ? [keys.account, keys.ip] : [keys.account], now, new Date(now.getTime() - WINDOW_MS));
}

export async function noteLoginSuccess(db: Queryable, keys: { account: string }): Promise<void> {
  await clearAttempts(db, keys.account);
}
