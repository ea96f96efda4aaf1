import { eq } from 'drizzle-orm';
import { newId } from '../../../shared/ids';
import { users } from '../schema';
import type { Queryable } from '../types';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return row;
}

export async function getUser(db: Queryable, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function insertUser(
  db: Queryable,
  input: { email: string; name: string; passwordHash: string; locale?: string; timeZone?: string },
): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({ id: newId('user'), email: input.email.toLowerCase(), name: input.name, passwordHash: input.passwordHash, locale: input.locale ?? 'en', timeZone: input.timeZone ?? 'UTC' })
    .returning();
  return row!;
}
