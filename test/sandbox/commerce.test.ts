// Orders, returns and cancellations move like TikTok's (explicit transition tables), and each move pushes
// its webhook: type 1 for orders (with the webhook's CANCEL spelling), 12 for returns, 11 for cancellations.
import { afterEach, describe, expect, it } from 'vitest';
import { ORDER_MOVES } from '../../sandbox/transitions';
import { createHarness, type Harness } from './harness';

let h: Harness;
afterEach(async () => {
  await h?.sandbox.close();
});

const usOrders = () => Object.values(h.sandbox.state().orders).filter((o) => o.market === 'US');

describe('orders', () => {
  it('walk from UNPAID to COMPLETED one step at a time, with tracking and a type-1 push per step', async () => {
    h = createHarness();
    const order = usOrders().find((o) => o.status === 'UNPAID')!;
    const seen: string[] = [];
    for (;;) {
      const { status, json } = await h.control('POST', `/orders/${order.id}/advance`);
      if (status === 409) break;
      expect(status).toBe(200);
      seen.push((json.order as { status: string }).status);
      h.clock.advance(3600_000);
    }
    expect(seen).toEqual(['ON_HOLD', 'AWAITING_SHIPMENT', 'AWAITING_COLLECTION', 'IN_TRANSIT', 'DELIVERED', 'COMPLETED']);
    expect(order.trackingNumber).toBeTruthy();
    expect(order.tracking.length).toBeGreaterThanOrEqual(3);
    await h.sandbox.webhooksIdle();
    expect(h.received.filter((r) => r.json.type === 1).map((r) => r.json.data.order_status)).toEqual(seen);
  });

  it('spell a cancelled order CANCEL in the webhook and CANCELLED in the API', async () => {
    h = createHarness();
    const order = usOrders().find((o) => o.status === 'AWAITING_SHIPMENT' && !o.isBuyerRequestCancel)!;
    const { json } = await h.control('POST', `/orders/${order.id}/advance`, { to: 'CANCELLED' });
    expect((json.order as { status: string }).status).toBe('CANCELLED');
    await h.sandbox.webhooksIdle();
    expect(h.received.at(-1)!.json.data).toMatchObject({ order_id: order.id, order_status: 'CANCEL' });
  });

  it('refuse a move the transition table does not allow', async () => {
    h = createHarness();
    const delivered = usOrders().find((o) => o.status === 'DELIVERED')!;
    const r = await h.control('POST', `/orders/${delivered.id}/advance`, { to: 'UNPAID' });
    expect(r.status).toBe(409);
    expect(ORDER_MOVES.COMPLETED).toEqual([]);
    expect((await h.control('POST', '/orders/570000000000000000/advance')).status).toBe(404);
  });
});

describe('returns', () => {
  it('go through a full return-and-refund: approve, buyer ships, receive, refund paid', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const order = usOrders().find((o) => o.status === 'DELIVERED' && !Object.values(h.sandbox.state().returns).some((r) => r.orderId === o.id))!;
    const opened = await h.control('POST', '/returns', { order_id: order.id, return_type: 'RETURN_AND_REFUND' });
    expect(opened.status).toBe(201);
    const id = opened.json.return_id as string;
    const approve = await h.client.approveReturn(auth, id, { decision: 'APPROVE_RETURN' });
    expect(approve.ok).toBe(true);
    expect((await h.control('POST', `/returns/${id}/advance`)).json.return).toMatchObject({ return_status: 'BUYER_SHIPPED_ITEM' });
    expect((await h.client.approveReturn(auth, id, { decision: 'APPROVE_RECEIVED_PACKAGE' })).ok).toBe(true);
    expect((await h.control('POST', `/returns/${id}/advance`)).json.return).toMatchObject({ return_status: 'RETURN_OR_REFUND_REQUEST_COMPLETE' });
    await h.sandbox.webhooksIdle();
    expect(h.received.filter((r) => r.json.type === 12 && r.json.data.return_id === id).map((r) => [r.json.data.return_status, r.json.data.return_role])).toEqual([
      ['RETURN_OR_REFUND_REQUEST_PENDING', 'BUYER'],
      ['AWAITING_BUYER_SHIP', 'SELLER'],
      ['BUYER_SHIPPED_ITEM', 'BUYER'],
      ['RETURN_OR_REFUND_REQUEST_SUCCESS', 'SELLER'],
      ['RETURN_OR_REFUND_REQUEST_COMPLETE', 'SYSTEM'],
    ]);
    const records = await h.client.getReturnRecords(auth, id);
    expect(records.ok && records.val.length).toBe(5);
  });

  it('offer a partial refund that the buyer accepts', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const pending = Object.values(h.sandbox.state().returns).find((r) => r.shopId === h.sandbox.shop('US').id && r.status === 'RETURN_OR_REFUND_REQUEST_PENDING')!;
    const tooMuch = await h.client.approveReturn(auth, pending.id, { decision: 'OFFER_PARTIAL_REFUND', partial_refund: { currency: 'USD', amount: '9999.00' } });
    expect(!tooMuch.ok && tooMuch.err.code).toBe(25001001);
    expect((await h.client.approveReturn(auth, pending.id, { decision: 'OFFER_PARTIAL_REFUND', partial_refund: { currency: 'USD', amount: '1.00' } })).ok).toBe(true);
    const found = await h.client.searchReturns(auth, { return_ids: [pending.id] });
    expect(found.ok && found.val.return_orders[0]).toMatchObject({ return_status: 'AWAITING_BUYER_RESPONSE', seller_proposed_return_type: 'PARTIAL_REFUND' });
    expect((await h.control('POST', `/returns/${pending.id}/advance`)).json.return).toMatchObject({ return_status: 'RETURN_OR_REFUND_REQUEST_SUCCESS' });
  });

  it('approve a replacement by creating a replacement order', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const r = Object.values(h.sandbox.state().returns).find((x) => x.shopId === h.sandbox.shop('US').id && x.type === 'REPLACEMENT')!;
    expect((await h.client.approveReturn(auth, r.id, { decision: 'APPROVE_REPLACEMENT' })).ok).toBe(true);
    const replacement = Object.values(h.sandbox.state().orders).find((o) => o.replacedOrderId === r.orderId)!;
    expect(replacement.status).toBe('AWAITING_SHIPMENT');
    const detail = await h.client.getOrderDetail(auth, [replacement.id]);
    expect(detail.ok && detail.val[0]).toMatchObject({ is_replacement_order: true, replaced_order_id: r.orderId });
  });

  it('refuse a return on an order that is not eligible', async () => {
    h = createHarness();
    const unpaid = usOrders().find((o) => o.status === 'UNPAID')!;
    expect((await h.control('POST', '/returns', { order_id: unpaid.id, return_type: 'RETURN_AND_REFUND' })).status).toBe(409);
  });
});

describe('cancellations', () => {
  it('cancel an unpaid order at once when the buyer asks', async () => {
    h = createHarness();
    const unpaid = usOrders().find((o) => o.status === 'UNPAID')!;
    const { status, json } = await h.control('POST', '/cancellations', { order_id: unpaid.id });
    expect(status).toBe(201);
    expect(json.cancellation).toMatchObject({ cancel_status: 'CANCELLATION_REQUEST_SUCCESS' });
    expect(unpaid.status).toBe('CANCELLED');
  });

  it('turn into a request the seller rejects, which keeps the order', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const order = usOrders().find((o) => o.status === 'AWAITING_COLLECTION')!;
    const { json } = await h.control('POST', '/cancellations', { order_id: order.id });
    const id = json.cancel_id as string;
    expect(order.isBuyerRequestCancel).toBe(true);
    const rejected = await h.client.rejectCancellation(auth, id, { reject_reason: 'seller_reject_cancel_package_shipped' });
    expect(rejected.ok).toBe(true);
    expect(order.status).toBe('AWAITING_COLLECTION');
    expect(order.isBuyerRequestCancel).toBe(false);
    await h.sandbox.webhooksIdle();
    expect(h.received.filter((r) => r.json.type === 11).map((r) => r.json.data.cancel_status)).toEqual(['CANCELLATION_REQUEST_PENDING', 'CANCELLATION_REQUEST_CANCELLED']);
  });

  it('complete with the refund after approval', async () => {
    h = createHarness();
    const x = Object.values(h.sandbox.state().cancellations).find((c) => c.status === 'CANCELLATION_REQUEST_PENDING')!;
    expect((await h.control('POST', `/cancellations/${x.id}/advance`)).json.cancellation).toMatchObject({ cancel_status: 'CANCELLATION_REQUEST_SUCCESS' });
    expect((await h.control('POST', `/cancellations/${x.id}/advance`)).json.cancellation).toMatchObject({ cancel_status: 'CANCELLATION_REQUEST_COMPLETE' });
    expect((await h.control('POST', `/cancellations/${x.id}/advance`)).status).toBe(409);
  });

  it('let the seller cancel an order that has not shipped, but not one in transit', async () => {
    h = createHarness();
    const { auth } = await h.connect();
    const awaiting = usOrders().find((o) => o.status === 'AWAITING_SHIPMENT' && !o.isBuyerRequestCancel)!;
    const inTransit = usOrders().find((o) => o.status === 'IN_TRANSIT')!;
    const { z } = await import('zod/mini');
    const schema = z.object({ cancel_id: z.string() });
    const ok = await h.client.call({ method: 'POST', path: '/return_refund/202309/cancellations', auth, body: { order_id: awaiting.id, cancel_reason: 'seller_out_of_stock' }, data: schema });
    expect(ok.ok).toBe(true);
    expect(awaiting.status).toBe('CANCELLED');
    const late = await h.client.call({ method: 'POST', path: '/return_refund/202309/cancellations', auth, body: { order_id: inTransit.id, cancel_reason: 'seller_out_of_stock' }, data: schema });
    expect(!late.ok && late.err.code).toBe(25001045);
  });
});
