// Every write that phones must see goes through `writeWithVersion`: one transaction that first bumps the
// organisation's counter (row lock on org_versions, so writers of one organisation are serialised and
// versions commit in order), then stamps that version on every row it changes. A database sequence would
// not do: two transactions can commit out of order and a client could skip the earlier one for ever.
import { eq, sql } from 'drizzle-orm';
import { orgVersions } from './schema';
import type { Queryable, Tx } from './types';

export async function writeWithVersion<T>(db: Queryable, orgId: string, work: (tx: Tx, version: number) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const version = await bumpVersion(tx, orgId);
    return work(tx, version);
  });
}

export async function bumpVersion(tx: Tx, orgId: string): Promise<number> {
  const [row] = await tx
    .update(orgVersions)
    .set({ v: sql`${orgVersions.v} + 1` })
    .where(eq(orgVersions.orgId, orgId))
    .returning({ v: orgVersions.v });
  if (!row) throw new Error(`organisation ${orgId} has no version row`);
  return row.v;
}
