// After-sales tickets end to end against the TikTok Shop sandbox: opened from an escalated conversation and
// linked to the buyer's TikTok request, moved by agents (decisions made on TikTok first, a refusal changes
// nothing), followed to closure as TikTok moves the case, the buyer told at each step in their language,
// and invisible to agents of other groups.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demoShopForMarket } from '../../sandbox/fixtures';
import { renderNotice } from '../../shared/tickets/notices';
import type { NoticeKey } from '../../shared/tickets/types';
import { conversations, messages, shops } from '../../worker/db/schema';
import { FOLLOW_EVERY_MS, followTickets } from '../../worker/tickets/follow';
import { createHarness, PASSWORD, signUp, uniqueEmail } from '../support/harness';
import { buyerWrites, connectSeller, sellerOf } from '../support/tiktok';

const h = await createHarness();
const owner = await signUp(h, 'Ticket Shop');
await connectSeller(h, owner.client, sellerOf('ID'));
const [idShop] = await h.db.select().from(shops).where(eq(shops.orgId, owner.orgId));

const sandbox = async (path: string, body: unknown = {}) => {
  const res = await h.sandbox.app.request(`/api${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
};
const sandboxReturn = (id: string) => h.sandbox.state().returns[id]!;
const sellerTexts = (tiktokConversationId: string) => h.sandbox.messages(tiktokConversationId).filter((m) => m.sender === 'seller').map((m) => m.text);

/** A new sandbox buyer with a delivered order writes that the parcel came broken: AskChat escalates. */
async function brokenParcel() {
  const buyer = await sandbox('/buyers', { market: 'ID', order_status: 'DELIVERED' });
  const sent = await buyerWrites(h, 'ID', 'Saya mau bicara dengan orang, paket saya datang rusak', { buyer_user_id: buyer.body.buyer_user_id });
  const [conv] = await h.db.select().from(conversations).where(and(eq(conversations.orgId, owner.orgId), eq(conversations.tiktokConversationId, sent.conversation_id)));
  return { conv: conv!, orderId: buyer.body.order_id as string, chat: sent.conversation_id };
}

/** The buyer files an after-sales request on TikTok. */
async function fileReturn(orderId: string, type: 'REFUND' | 'RETURN_AND_REFUND') {
  const r = await sandbox('/returns', { order_id: orderId, return_type: type });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.return_id as string;
}

async function follow() {
  h.clock.advance(FOLLOW_EVERY_MS + 1000);
  return followTickets(h.deps, h.db);
}

const getTicket = async (id: string) => (await owner.client.get(`/api/tickets/${id}`)).body;
const notice = (key: NoticeKey, orderId: string) => renderNotice(key, 'id', { orderId });

describe('a refund followed to closure', async () => {
  const { conv, orderId, chat } = await brokenParcel();
  const returnId = await fileReturn(orderId, 'REFUND');
  let ticketId = '';

  it('opens from the escalated conversation with the buyer’s order, linked to their TikTok request', async () => {
    expect(conv).toMatchObject({ needsHuman: true, language: 'id' });
    const before = sellerTexts(chat).length;
    const res = await owner.client.post('/api/tickets', { conversationId: conv.id, kind: 'refund', orderId });
    expect(res.status, res.text).toBe(201);
    const t = res.body.ticket;
    ticketId = t.id;
    expect(t).toMatchObject({ kind: 'refund', state: 'requested', orderId, tiktokReturnId: returnId, tiktokStatus: 'RETURN_OR_REFUND_REQUEST_PENDING', conversationId: conv.id, shopId: idShop!.id, closedAt: null, createdBy: owner.userId });
    expect(t.timeline.map((e: any) => [e.event, e.fromState, e.toState, e.actorId, e.tiktokStatus, e.notice])).toEqual([
      ['open', null, 'open', owner.userId, null, null],
      ['request_sent', 'open', 'requested', null, 'RETURN_OR_REFUND_REQUEST_PENDING', 'refund_requested'],
    ]);
    // The buyer is told, in Indonesian, once.
    expect(sellerTexts(chat).slice(before)).toEqual([notice('refund_requested', orderId)]);
  });

  it('refuses an order that is not this buyer’s, and a conversation id that does not exist', async () => {
    const other = await sandbox('/buyers', { market: 'ID', order_status: 'DELIVERED' });
    const res = await owner.client.post('/api/tickets', { conversationId: conv.id, kind: 'refund', orderId: other.body.order_id });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(other.body.order_id);
    const missing = await owner.client.post('/api/tickets', { conversationId: 'conv_01JD3K8M2Q0000000000000000', kind: 'refund' });
    expect(missing.status).toBe(404);
    const list = await owner.client.get(`/api/tickets?conversationId=${conv.id}`);
    expect(list.body.tickets.map((t: any) => t.id)).toEqual([ticketId]);
  });

  it('refuses an illegal event with 409 and the allowed events: no change, no timeline entry, no buyer message', async () => {
    const before = await getTicket(ticketId);
    const texts = sellerTexts(chat).length;
    const res = await owner.client.post(`/api/tickets/${ticketId}/events`, { event: 'refunded' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('conflict');
    expect(res.body.allowedEvents).toEqual(['approved', 'rejected', 'proposal_sent', 'withdrawn', 'closed']);
    expect(res.body.error.message).toMatch(/cannot take 'refunded'/);
    expect(await getTicket(ticketId)).toEqual(before);
    expect(sellerTexts(chat).length).toBe(texts);
    expect(sandboxReturn(returnId).status).toBe('RETURN_OR_REFUND_REQUEST_PENDING');
  });

  it('refuses a step only TikTok takes, and a rejection without one of TikTok’s reasons', async () => {
    const before = await getTicket(ticketId);
    const withdrawn = await owner.client.post(`/api/tickets/${ticketId}/events`, { event: 'withdrawn' });
    expect(withdrawn.status).toBe(409);
    expect(withdrawn.body.error.message).toMatch(/TikTok reports/);
    const reject = await owner.client.post(`/api/tickets/${ticketId}/events`, { event: 'rejected' });
    expect(reject.status).toBe(400);
    expect(reject.body.error.message).toMatch(/seller_reject_apply_other/);
    expect(await getTicket(ticketId)).toEqual(before);
    expect(sandboxReturn(returnId).status).toBe('RETURN_OR_REFUND_REQUEST_PENDING');
  });

  it('leaves the ticket unchanged when TikTok refuses the approval', async () => {
    const before = await getTicket(ticketId);
    const texts = sellerTexts(chat).length;
    await h.sandbox.app.request('/api/faults', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ match: '/approve', method: 'POST', code: 25011012, times: 1 }) });
    const res = await owner.client.post(`/api/tickets/${ticketId}/events`, { event: 'approved' });
    await h.sandbox.app.request('/api/faults', { method: 'DELETE' });
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe('delivery_failed');
    expect(await getTicket(ticketId)).toEqual(before);
    expect(sellerTexts(chat).length).toBe(texts);
    expect(sandboxReturn(returnId).status).toBe('RETURN_OR_REFUND_REQUEST_PENDING');
  });

  it('approves on TikTok first, then moves the ticket and tells the buyer in Indonesian', async () => {
    const before = sellerTexts(chat).length;
    const res = await owner.client.post(`/api/tickets/${ticketId}/events`, { event: 'approved', note: 'Photo shows the crushed box' });
    expect(res.status, res.text).toBe(200);
    expect(sandboxReturn(returnId).status).toBe('RETURN_OR_REFUND_REQUEST_SUCCESS');
    expect(res.body.ticket.state).toBe('refund_approved');
    expect(res.body.allowedEvents).toEqual(['refunded', 'closed']);
    expect(res.body.ticket.timeline.at(-1)).toMatchObject({ event: 'approved', fromState: 'requested', toState: 'refund_approved', actorId: owner.userId, note: 'Photo shows the crushed box', notice: 'refund_approved' });
    const sent = sellerTexts(chat).slice(before);
    expect(sent).toEqual([notice('refund_approved', orderId)]);
    expect(sent[0]).toMatch(/Kak/);
    // (Found in JS: the text is sealed at rest, so SQL cannot compare it — docs/decisions/007.)
    const stored = (await h.db.select().from(messages).where(eq(messages.conversationId, conv.id))).find((m) => m.text === sent[0]);
    expect(stored).toMatchObject({ sender: 'ai', delivery: 'sent', replyMeta: { kind: 'ticket_notice', notice: 'refund_approved', ticketId } });
  });

  it('follows TikTok to the refund, closes the ticket, and records it once', async () => {
    // TikTok now says SUCCESS, which is where the ticket already is: nothing new.
    await follow();
    let t = await getTicket(ticketId);
    expect(t.ticket).toMatchObject({ state: 'refund_approved', tiktokStatus: 'RETURN_OR_REFUND_REQUEST_SUCCESS' });
    expect(t.ticket.timeline).toHaveLength(3);

    const before = sellerTexts(chat).length;
    expect((await sandbox(`/returns/${returnId}/advance`)).body.return.return_status).toBe('RETURN_OR_REFUND_REQUEST_COMPLETE');
    const run = await follow();
    expect(run.moved).toBeGreaterThanOrEqual(1);
    t = await getTicket(ticketId);
    expect(t.ticket).toMatchObject({ state: 'refunded', tiktokStatus: 'RETURN_OR_REFUND_REQUEST_COMPLETE', closedAt: h.clock.now().toISOString() });
    expect(t.ticket.timeline.at(-1)).toMatchObject({ event: 'refunded', fromState: 'refund_approved', toState: 'refunded', actorId: null, tiktokStatus: 'RETURN_OR_REFUND_REQUEST_COMPLETE', notice: 'refund_issued' });
    expect(sellerTexts(chat).slice(before)).toEqual([notice('refund_issued', orderId)]);

    // The same status again: no new entry, no second message.
    await follow();
    expect((await getTicket(ticketId)).ticket.timeline).toHaveLength(4);
    expect(sellerTexts(chat).length).toBe(before + 1);
    const closed = await owner.client.get('/api/tickets?state=closed');
    expect(closed.body.tickets.map((x: any) => x.id)).toContain(ticketId);
    const open = await owner.client.get('/api/tickets?state=open');
    expect(open.body.tickets.map((x: any) => x.id)).not.toContain(ticketId);
  });

  it('is invisible to an agent of another group: not found, and unchanged', async () => {
    const invite = await owner.client.post('/api/invites', { email: uniqueEmail('other-agent'), role: 'agent' });
    const agent = h.client();
    const joined = await agent.post('/api/invites/accept', { token: invite.body.link.split('#')[1], name: 'Other Agent', password: PASSWORD });
    expect((await owner.client.post('/api/groups', { name: 'Elsewhere', memberIds: [joined.body.user.id], shopIds: [] })).status).toBe(201);
    const before = await getTicket(ticketId);
    expect((await agent.get(`/api/tickets/${ticketId}`)).status).toBe(404);
    expect((await agent.post(`/api/tickets/${ticketId}/events`, { event: 'reopened' })).status).toBe(404);
    expect((await agent.get('/api/tickets')).body.tickets).toEqual([]);
    expect((await agent.post('/api/tickets', { conversationId: conv.id, kind: 'resend' })).status).toBe(404);
    expect(await getTicket(ticketId)).toEqual(before);
  });
});

describe('a return with the parcel sent back', async () => {
  const { conv, orderId, chat } = await brokenParcel();
  const returnId = await fileReturn(orderId, 'RETURN_AND_REFUND');

  it('goes from approval through the buyer’s shipment and the warehouse to the refund', async () => {
    const opened = await owner.client.post('/api/tickets', { conversationId: conv.id, kind: 'return_refund', orderId });
    expect(opened.status, opened.text).toBe(201);
    const id = opened.body.ticket.id;
    const start = sellerTexts(chat).length;
    const step = async (body: Record<string, unknown>) => {
      const res = await owner.client.post(`/api/tickets/${id}/events`, body);
      expect(res.status, res.text).toBe(200);
      return res.body.ticket;
    };

    expect((await step({ event: 'approved' })).state).toBe('awaiting_buyer_ship');
    expect(sandboxReturn(returnId).status).toBe('AWAITING_BUYER_SHIP');

    await sandbox(`/returns/${returnId}/advance`, { to: 'BUYER_SHIPPED_ITEM' }); // the buyer ships it
    await follow();
    expect((await getTicket(id)).ticket).toMatchObject({ state: 'buyer_shipped', tiktokStatus: 'BUYER_SHIPPED_ITEM' });

    expect((await step({ event: 'parcel_received', note: 'Arrived at the Jakarta warehouse' })).state).toBe('parcel_received'); // AskChat's own step
    await follow(); // TikTok still says BUYER_SHIPPED_ITEM: the ticket stays ahead of it
    expect((await getTicket(id)).ticket.state).toBe('parcel_received');

    expect((await step({ event: 'approved' })).state).toBe('refund_approved');
    expect(sandboxReturn(returnId).status).toBe('RETURN_OR_REFUND_REQUEST_SUCCESS');
    await sandbox(`/returns/${returnId}/advance`);
    await follow();
    const done = (await getTicket(id)).ticket;
    expect(done.state).toBe('refunded');
    expect(done.timeline.map((e: any) => e.event)).toEqual(['open', 'request_sent', 'approved', 'buyer_shipped', 'parcel_received', 'approved', 'refunded']);
    expect(sellerTexts(chat).slice(start)).toEqual(['return_approved', 'return_received', 'refund_approved', 'refund_issued'].map((k) => notice(k as NoticeKey, orderId)));
  });
});

describe('a ticket opened before the buyer files on TikTok', async () => {
  const { conv, orderId, chat } = await brokenParcel();

  it('is linked when the request appears, and catches up when TikTok skipped steps, telling the buyer only where it stands', async () => {
    const opened = await owner.client.post('/api/tickets', { conversationId: conv.id, kind: 'refund', orderId });
    expect(opened.body.ticket).toMatchObject({ state: 'open', tiktokReturnId: null });
    const id = opened.body.ticket.id;
    const start = sellerTexts(chat).length;

    const returnId = await fileReturn(orderId, 'REFUND');
    await sandbox(`/returns/${returnId}/advance`, { to: 'RETURN_OR_REFUND_REQUEST_CANCEL' }); // and withdraws it before anyone looked
    await follow();
    const t = (await getTicket(id)).ticket;
    expect(t).toMatchObject({ state: 'withdrawn', tiktokReturnId: returnId, tiktokStatus: 'RETURN_OR_REFUND_REQUEST_CANCEL' });
    expect(t.closedAt).not.toBeNull();
    expect(t.timeline.slice(1).map((e: any) => [e.event, e.tiktokStatus, e.note, e.notice])).toEqual([
      ['request_sent', null, 'inferred: TikTok reported RETURN_OR_REFUND_REQUEST_CANCEL', null],
      ['withdrawn', 'RETURN_OR_REFUND_REQUEST_CANCEL', null, null],
    ]);
    expect(sellerTexts(chat).length).toBe(start); // withdrawing was the buyer's own step: no notice
  });
});
