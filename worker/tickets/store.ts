// After-sales tickets in the database: the row as the shared machine's Ticket, the record the API answers,
// and `applySteps`, the one place a ticket moves — through the machine, with its timeline, in one versioned
// write that only lands if nobody moved the ticket meanwhile — followed by the buyer's notice.
import { and, asc, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { newId } from '../../shared/ids';
import type { TicketListQuery, TicketRecord } from '../../shared/schemas/tickets';
import { applyTicketEvent, type IllegalTransition, type Ticket } from '../../shared/tickets/machine';
import type { NoticeKey, TicketEvent } from '../../shared/tickets/types';
import type { AppDeps } from '../deps';
import { inScope, type ShopScope } from '../db/queries/visibility';
import { conversations, shops, ticketEvents, tickets } from '../db/schema';
import type { Db, Queryable } from '../db/types';
import { writeWithVersion } from '../db/version';
import { describeError } from '../log';
import { sendText } from '../pipeline/send-message';

type Deps = Pick<AppDeps, 'secrets' | 'clock' | 'tiktok' | 'log' | 'ai'>;
export type TicketRow = typeof tickets.$inferSelect;
export type ShopRow = typeof shops.$inferSelect;
type EventRow = typeof ticketEvents.$inferSelect;

export const asTicket = (r: TicketRow): Ticket =>
  ({ id: r.id, kind: r.kind, state: r.state, openedAt: r.createdAt.getTime(), closedAt: r.closedAt?.getTime() ?? null }) as Ticket;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toTicketRecord(r: TicketRow, timeline: EventRow[]): TicketRecord {
  return {
    id: r.id,
    shopId: r.shopId,
    conversationId: r.conversationId,
    kind: r.kind,
    state: r.state,
    orderId: r.orderId,
    tiktokReturnId: r.tiktokReturnId,
    tiktokCancelId: r.tiktokCancelId,
    tiktokStatus: r.tiktokStatus,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
    closedAt: iso(r.closedAt),
    version: r.version,
    timeline: timeline.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      event: e.event as TicketEvent,
      fromState: e.fromState,
      toState: e.toState,
      actorId: e.actorId,
      note: e.note,
      tiktokStatus: e.tiktokStatus,
      notice: e.notice,
    })),
  };
}

/** A ticket of a shop the caller sees, with its shop; undefined otherwise (answered "not found"). */
export async function findTicket(db: Queryable, orgId: string, scope: ShopScope, id: string) {
  const [row] = await db
    .select({ ticket: tickets, shop: shops })
    .from(tickets)
    .innerJoin(shops, eq(shops.id, tickets.shopId))
    .where(and(eq(tickets.orgId, orgId), eq(tickets.id, id), inScope(tickets.shopId, scope)))
    .limit(1);
  return row;
}

export async function ticketRecords(db: Queryable, rows: TicketRow[]): Promise<TicketRecord[]> {
  if (rows.length === 0) return [];
  const events = await db
    .select()
    .from(ticketEvents)
    .where(inArray(ticketEvents.ticketId, rows.map((r) => r.id)))
    .orderBy(asc(ticketEvents.seq));
  return rows.map((r) => toTicketRecord(r, events.filter((e) => e.ticketId === r.id)));
}

export async function listTickets(db: Queryable, orgId: string, scope: ShopScope, q: TicketListQuery): Promise<TicketRecord[]> {
  const rows = await db
    .select()
    .from(tickets)
    .where(
      and(
        eq(tickets.orgId, orgId),
        inScope(tickets.shopId, scope),
        q.conversationId ? eq(tickets.conversationId, q.conversationId) : undefined,
        q.state === 'open' ? isNull(tickets.closedAt) : q.state === 'closed' ? isNotNull(tickets.closedAt) : undefined,
      ),
    )
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(q.limit);
  return ticketRecords(db, rows);
}

export interface Step {
  event: TicketEvent;
  note?: string | null;
  tiktokStatus?: string | null;
}

export type StepsOutcome = { ok: true; row: TicketRow; notice: NoticeKey | null } | { ok: false; error: IllegalTransition | { code: 'changed'; message: string } };

/**
 * Applies `steps` in order and stores them (ticket, timeline, `set`) in one write. Refused as a whole when
 * one is illegal, or when the ticket moved since `row` was read. Only the last step's notice goes to the
 * buyer: when TikTok skipped ahead, the buyer hears where the case is, not every step it passed.
 */
export async function applySteps(deps: Deps, db: Db, row: TicketRow, steps: Step[], actorId: string | null, set: Partial<TicketRow> = {}): Promise<StepsOutcome> {
  const at = deps.clock.now().getTime();
  let ticket = asTicket(row);
  let notice: NoticeKey | null = null;
  const entries: (typeof ticketEvents.$inferInsert)[] = [];
  for (const [i, step] of steps.entries()) {
    const r = applyTicketEvent(ticket, step.event, at);
    if (!r.ok) return { ok: false, error: r.err };
    ticket = r.val.ticket;
    notice = r.val.buyerNotice;
    const last = i === steps.length - 1;
    entries.push({
      id: newId('event', at),
      orgId: row.orgId,
      ticketId: row.id,
      at: new Date(at),
      event: step.event,
      fromState: r.val.timelineEntry.from,
      toState: r.val.timelineEntry.to,
      actorId,
      note: step.note ?? null,
      tiktokStatus: step.tiktokStatus ?? null,
      notice: last ? notice : null,
    });
  }
  const closedAt = ticket.closedAt === null ? null : new Date(ticket.closedAt);
  const updated = await writeWithVersion(db, row.orgId, async (tx, version) => {
    const [next] = await tx
      .update(tickets)
      .set({ ...set, state: ticket.state, closedAt, version })
      .where(and(eq(tickets.id, row.id), eq(tickets.state, row.state), eq(tickets.version, row.version)))
      .returning();
    if (next && entries.length) await tx.insert(ticketEvents).values(entries);
    return next;
  });
  if (!updated) return { ok: false, error: { code: 'changed', message: 'The ticket changed meanwhile; reload it and try again.' } };
  if (notice) await notifyBuyer(deps, db, updated, notice);
  return { ok: true, row: updated, notice };
}

/** Sends the buyer the notice in the conversation's language (the shop's first language if unknown). The
 * texts come with the AI engine (dist/ai/ticket-notices.json on Workers, docs/decisions/003). */
export async function notifyBuyer(deps: Deps, db: Db, row: TicketRow, notice: NoticeKey): Promise<void> {
  if (!row.conversationId) return;
  const [c] = await db
    .select({ tiktokConversationId: conversations.tiktokConversationId, language: conversations.language, shop: shops })
    .from(conversations)
    .innerJoin(shops, eq(shops.id, conversations.shopId))
    .where(eq(conversations.id, row.conversationId));
  if (!c) return;
  try {
    const text = (await deps.ai.load()).ticketNotice(notice, c.language ?? c.shop.languages[0], row);
    await sendText(deps, db, { id: row.conversationId, orgId: row.orgId, tiktokConversationId: c.tiktokConversationId, shop: c.shop }, text, { kind: 'ticket_notice', notice, ticketId: row.id });
  } catch (error) {
    // A shop without a live authorisation, or AI assets that would not load: the step stands, the buyer is
    // not told (logged for the team).
    deps.log.warn('ticket notice not sent', { ticketId: row.id, notice, ...describeError(error) });
  }
}
