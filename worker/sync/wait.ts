// The long-poll behind GET /api/sync/wait: read the organisation's head version (a primary-key read)
// until it passes the cursor, the time is up, or the client goes away. Polling the database keeps this
// stateless, so it works the same on Workers (no shared memory between requests) and on Node.
import { eq } from 'drizzle-orm';
import { orgVersions } from '../db/schema';
import type { Queryable } from '../db/types';

export const WAIT_STEP_MS = 400;

async function headOf(db: Queryable, orgId: string): Promise<number> {
  const [row] = await db.select({ v: orgVersions.v }).from(orgVersions).where(eq(orgVersions.orgId, orgId));
  return row?.v ?? 0;
}

export async function waitForChange(db: Queryable, orgId: string, cursor: number, maxMs: number, signal?: AbortSignal): Promise<number> {
  const deadline = Date.now() + maxMs;
  let head = await headOf(db, orgId);
  while (head <= cursor && Date.now() < deadline && !signal?.aborted) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(WAIT_STEP_MS, Math.max(0, deadline - Date.now()))));
    try {
      head = await headOf(db, orgId);
    } catch {
      break; // the database went away (shutting down): answer "no change", the phone asks again
    }
  }
  return head;
}
