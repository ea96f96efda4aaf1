import { eq, inArray, sql } from 'drizzle-orm';
import { loginAttempts } from '../schema';
import type { Queryable } from '../types';

export async function getAttempts(db: Queryable, keys: string[]) {
  return db.select().from(loginAttempts).where(inArray(loginAttempts.key, keys));
}

/** Counts one failure for each key, starting a fresh window where the old one has ended. */
export async function recordFailure(db: Queryable, keys: string[], now: Date, windowStartsAfter: Date): Promise<void> {
  for (const key of keys) {
    await db
      .insert(loginAttempts)
      .values({ key, windowStart: now, failures: 1 })
      .onConflictDoUpdate({
        target: loginAttempts.key,
        set: {
          failures: sql`case when ${loginAttempts.windowStart} < ${windowStartsAfter.toISOString()} then 1 else ${loginAttempts.failures} + 1 end`,
          windowStart: sql`case when ${loginAttempts.windowStart} < ${windowStartsAfter.toISOString()} then ${now.toISOString()}::timestamptz else ${loginAttempts.windowStart} end`,
        },
      });
  }
}

export async function clearAttempts(db: Queryable, key: string): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.key, key));
}
