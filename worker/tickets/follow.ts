// Following TikTok: for each open ticket with a TikTok case (or an order whose case is not found yet), read
// the case's status and move the ticket to the state it means (shared/tickets/tiktok-status.ts), with
// TikTok's status in the timeline and the buyer told. The same status twice changes nothing.
//
// When TikTok skipped steps (a refund approved before the ticket was linked), the ticket takes the shortest
// legal path there, every step in the timeline, and the buyer gets only the notice of where it arrived.
import { and, eq, gt, inArray, isNotNull, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { allowedEvents, applyTicketEvent, DEFAULT_REOPEN_WINDOW_MS, eventTowards, type Ticket } from '../../shared/tickets/machine';
import type { TicketEvent } from '../../shared/tickets/types';
import type { AppDeps } from '../deps';
import { shops, tickets } from '../db/schema';
import type { Db } from '../db/types';
import { writeWithVersion } from '../db/version';
import { describeError } from '../log';
import { applySteps, asTicket, type ShopRow, type TicketRow } from './store';
import { caseStatus, findCase } from './tiktok';

type Deps = Pick<AppDeps, 'secrets' | 'clock' | 'tiktok' | 'log' | 'ai'>;

/** Each ticket is asked about at most this often. */
export const FOLLOW_EVERY_MS = 5 * 60_000;

/** The shortest list of events from the ticket's state to `target` (closing and reopening aside); null if none. */
export function pathTo(ticket: Ticket, target: string, at: number): TicketEvent[] | null {
  if (ticket.state === target) return [];
  const direct = eventTowards(ticket, target as Ticket['state'], at);
  if (direct) return [direct];
  const seen = new Set([ticket.state as string]);
  let frontier: { t: Ticket; path: TicketEvent[] }[] = [{ t: ticket, path: [] }];
  while (frontier.length) {
    const next: typeof frontier = [];
    for (const { t, path } of frontier) {
      for (const e of allowedEvents(t, at)) {
        const r = e === 'closed' || e === 'reopened' ? null : applyTicketEvent(t, e, at);
        if (!r?.ok || seen.has(r.val.ticket.state)) continue;
        if (r.val.ticket.state === target) return [...path, e];
        seen.add(r.val.ticket.state);
        next.push({ t: r.val.ticket, path: [...path, e] });
      }
    }
    frontier = next;
  }
  return null;
}

/** Follows one ticket now: links its TikTok case if needed, then applies TikTok's status. */
export async function followTicket(deps: Deps, db: Db, row: TicketRow, shop: ShopRow): Promise<TicketRow> {
  const now = deps.clock.now();
  await db.update(tickets).set({ checkedAt: now }).where(eq(tickets.id, row.id));
  if (!row.tiktokReturnId && !row.tiktokCancelId) {
    const found = await findCase(deps, db, shop, row);
    if (!found.ok) deps.log.warn('ticket case search failed', { ticketId: row.id, kind: found.err.kind, code: found.err.code });
    if (!found.ok || !found.val) return row;
    const linked = await writeWithVersion(db, row.orgId, (tx, version) =>
      tx.update(tickets).set({ ...found.val, version }).where(and(eq(tickets.id, row.id), eq(tickets.version, row.version))).returning(),
    );
    if (!linked[0]) return row;
    row = linked[0];
  }
  const status = await caseStatus(deps, db, shop, row);
  if (!status.ok) {
    deps.log.warn('ticket status read failed', { ticketId: row.id, kind: status.err.kind, code: status.err.code });
    return row;
  }
  if (!status.val || status.val.status === row.tiktokStatus) return row;
  const { status: tiktokStatus, state } = status.val;
  const path = state === null ? null : pathTo(asTicket(row), state, now.getTime());
  if (!path?.length) {
    // Nothing to move (same state, an AskChat-only step ahead of TikTok, or a status we do not know): keep it.
    if (path === null) deps.log.warn('ticket cannot follow TikTok status', { ticketId: row.id, kind: row.kind, state: row.state, tiktokStatus });
    const [kept] = await writeWithVersion(db, row.orgId, (tx, version) =>
      tx.update(tickets).set({ tiktokStatus, version }).where(and(eq(tickets.id, row.id), eq(tickets.version, row.version))).returning(),
    );
    return kept ?? row;
  }
  const steps = path.map((event, i) => (i === path.length - 1 ? { event, tiktokStatus } : { event, note: `inferred: TikTok reported ${tiktokStatus}` }));
  const moved = await applySteps(deps, db, row, steps, null, { tiktokStatus });
  return moved.ok ? moved.row : row;
}

/**
 * The cron job: open tickets (and rejected ones still within the appeal window) of connected shops whose
 * TikTok case may have moved, least recently checked first, at most `limit` per run.
 */
export async function followTickets(deps: Deps, db: Db, options: { limit?: number } = {}): Promise<{ checked: number; moved: number }> {
  const now = deps.clock.now().getTime();
  const linked = or(isNotNull(tickets.tiktokReturnId), isNotNull(tickets.tiktokCancelId));
  const rows = await db
    .select({ ticket: tickets, shop: shops })
    .from(tickets)
    .innerJoin(shops, eq(shops.id, tickets.shopId))
    .where(
      and(
        eq(shops.status, 'active'),
        isNotNull(shops.connectionId),
        ne(tickets.kind, 'address_change'),
        or(isNull(tickets.checkedAt), lt(tickets.checkedAt, new Date(now - FOLLOW_EVERY_MS))),
        or(
          and(isNull(tickets.closedAt), or(linked, isNotNull(tickets.orderId))),
          and(linked, inArray(tickets.state, ['rejected', 'package_rejected']), gt(tickets.closedAt, new Date(now - DEFAULT_REOPEN_WINDOW_MS))),
        ),
      ),
    )
    .orderBy(sql`${tickets.checkedAt} asc nulls first`)
    .limit(options.limit ?? 20);
  let moved = 0;
  for (const { ticket, shop } of rows) {
    try {
      const after = await followTicket(deps, db, ticket, shop);
      if (after.state !== ticket.state) moved++;
    } catch (error) {
      deps.log.error('following a ticket failed', { ticketId: ticket.id, ...describeError(error) });
    }
  }
  return { checked: rows.length, moved };
}
