// After-sales tickets (docs/shifts-and-tickets.md, "Tickets (wired)"): opened from a conversation the caller
// sees, moved by the shared machine; decisions that belong to TikTok are made there first, and a refusal
// changes nothing.
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono/tiny';
import * as z from 'zod/mini';
import { newId } from '../../shared/ids';
import { idSchema } from '../../shared/schemas/common';
import { openTicketBodySchema, ticketEventBodySchema, ticketListQuerySchema } from '../../shared/schemas/tickets';
import { allowedEvents, applyTicketEvent, openTicket } from '../../shared/tickets/machine';
import { ShopNotConnected } from '../connector/shop-session';
import { getConversation } from '../db/queries/conversations';
import { visibleShopIds } from '../db/queries/visibility';
import { buyers, conversations, shops, ticketEvents, tickets } from '../db/schema';
import { writeWithVersion } from '../db/version';
import type { AppEnv } from '../deps';
import { AppError } from '../errors';
import { mustAuth, requireAuth } from '../middleware/auth';
import { loadOrderFacts } from '../pipeline/order-facts';
import { followTicket } from '../tickets/follow';
import { applySteps, asTicket, findTicket, listTickets, ticketRecords, type TicketRow } from '../tickets/store';
import { decideOnTikTok, followsTikTok, tiktokAction } from '../tickets/tiktok';
import { jsonBody, pathParams, queryParams } from '../validate';

const ticketParam = pathParams(z.object({ ticketId: idSchema }));
const notFound = () => new AppError('not_found', 'No such ticket.');
const tiktokRefused = (message: string) => new AppError('delivery_failed', `TikTok Shop refused: ${message}. Nothing was changed.`);

export const ticketRoutes = new Hono<AppEnv>()
  .get('/', requireAuth, queryParams(ticketListQuerySchema), async (c) => {
    const auth = mustAuth(c);
    const db = c.get('db');
    return c.json({ tickets: await listTickets(db, auth.orgId, await visibleShopIds(db, auth), c.req.valid('query')) });
  })
  .post('/', requireAuth, jsonBody(openTicketBodySchema), async (c) => {
    const auth = mustAuth(c);
    const db = c.get('db');
    const deps = c.get('deps');
    const body = c.req.valid('json');
    if (!(await getConversation(db, auth.orgId, await visibleShopIds(db, auth), body.conversationId))) throw new AppError('not_found', 'No such conversation.');
    const [conv] = await db
      .select({ shop: shops, buyerUserId: buyers.tiktokUserId })
      .from(conversations)
      .innerJoin(shops, eq(shops.id, conversations.shopId))
      .innerJoin(buyers, eq(buyers.id, conversations.buyerId))
      .where(and(eq(conversations.orgId, auth.orgId), eq(conversations.id, body.conversationId)));
    const { shop, buyerUserId } = conv!;
    if (body.orderId) {
      // Only an order of this conversation's buyer (loadOrderFacts drops anyone else's).
      const facts = await loadOrderFacts(deps, db, shop, [body.orderId], buyerUserId).catch((e: unknown) => {
        if (e instanceof ShopNotConnected) throw new AppError('conflict', `The shop is not connected to TikTok Shop: ${e.message}.`);
        throw e;
      });
      if (!facts.ok) throw tiktokRefused(facts.err.message);
      if (!facts.val.some((o) => o.id === body.orderId)) throw new AppError('validation_failed', `Order ${body.orderId} is not an order of this conversation's buyer.`);
    }
    const at = deps.clock.now();
    const opened = openTicket({ id: newId('ticket', at.getTime()), kind: body.kind, at: at.getTime() });
    let row: TicketRow = await writeWithVersion(db, auth.orgId, async (tx, version) => {
      const [t] = await tx
        .insert(tickets)
        .values({ id: opened.ticket.id, orgId: auth.orgId, shopId: shop.id, conversationId: body.conversationId, kind: body.kind, state: 'open', orderId: body.orderId ?? null, createdBy: auth.userId, createdAt: at, version })
        .returning();
      await tx.insert(ticketEvents).values({ id: newId('event', at.getTime()), orgId: auth.orgId, ticketId: t!.id, at, event: 'open', fromState: null, toState: 'open', actorId: auth.userId });
      return t!;
    });
    // Link the TikTok return or cancellation of that order, if the buyer already filed one, and catch up with it.
    if (row.orderId && followsTikTok(row.kind) && shop.connectionId) row = await followTicket(deps, db, row, shop);
    const [record] = await ticketRecords(db, [row]);
    return c.json({ ticket: record }, 201);
  })
  .get('/:ticketId', requireAuth, ticketParam, async (c) => {
    const auth = mustAuth(c);
    const db = c.get('db');
    const found = await findTicket(db, auth.orgId, await visibleShopIds(db, auth), c.req.valid('param').ticketId);
    if (!found) throw notFound();
    const [ticket] = await ticketRecords(db, [found.ticket]);
    return c.json({ ticket, allowedEvents: allowedEvents(asTicket(found.ticket), c.get('deps').clock.now().getTime()) });
  })
  .post('/:ticketId/events', requireAuth, ticketParam, jsonBody(ticketEventBodySchema), async (c) => {
    const auth = mustAuth(c);
    const db = c.get('db');
    const deps = c.get('deps');
    const body = c.req.valid('json');
    const found = await findTicket(db, auth.orgId, await visibleShopIds(db, auth), c.req.valid('param').ticketId);
    if (!found) throw notFound();
    let row = found.ticket;
    const at = deps.clock.now().getTime();
    const trial = applyTicketEvent(asTicket(row), body.event, at);
    if (!trial.ok) {
      return c.json({ error: { code: 'conflict', message: trial.err.message, requestId: c.get('requestId') }, allowedEvents: allowedEvents(asTicket(row), at) }, 409);
    }
    // A ticket whose buyer filed on TikTok after it was opened: link the case before deciding.
    if (!row.tiktokReturnId && !row.tiktokCancelId && row.orderId && followsTikTok(row.kind) && found.shop.connectionId && body.event !== 'closed') {
      row = await followTicket(deps, db, row, found.shop);
      if (row.state !== found.ticket.state) throw new AppError('conflict', `TikTok moved this ticket to '${row.state}' meanwhile; nothing else was changed. Look again and retry.`);
    }
    const action = tiktokAction(row, body.event);
    if (action.kind === 'tiktok_reports') {
      throw new AppError('conflict', `'${body.event}' is a step TikTok reports for this ${row.kind.replace('_', ' ')} (the buyer's or the platform's); AskChat follows it. Nothing was changed.`);
    }
    if (action.kind === 'decide') {
      const decided = await decideOnTikTok(deps, db, found.shop, row, action, body);
      if (!decided.ok) {
        if ('reasons' in decided.err) throw new AppError('validation_failed', `Rejecting on TikTok needs rejectReason, one of: ${decided.err.reasons.join(', ')}.`);
        throw tiktokRefused(decided.err.message);
      }
    }
    const moved = await applySteps(deps, db, row, [{ event: body.event, note: body.note ?? null }], auth.userId);
    if (!moved.ok) throw new AppError('conflict', moved.error.message);
    const [ticket] = await ticketRecords(db, [moved.row]);
    return c.json({ ticket, allowedEvents: allowedEvents(asTicket(moved.row), deps.clock.now().getTime()) });
  });
