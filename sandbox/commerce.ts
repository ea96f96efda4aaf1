// Moving orders, returns and cancellations between states, with the side effects TikTok has: timestamps,
// tracking numbers and carrier events, a replacement order, the order cancelled when a cancellation is
// approved — and the webhook for each move (type 1 order, 11 cancellation, 12 return).
import { nowSeconds, type SandboxContext } from './context';
import { MARKET_FIXTURES } from './fixtures-markets';
import { ORDER_STATUS_RANK, trackingFor } from './fixtures-orders';
import { fillPattern, orderId, prefixedId, seededRandom } from './ids';
import type { OrderStatus, SbxCancellation, SbxOrder, SbxReturn } from './state';
import { webhookOrderStatus } from './wire-orders';

export function moveOrder(ctx: SandboxContext, o: SbxOrder, to: OrderStatus, initiator: 'BUYER' | 'SELLER' | 'SYSTEM' = 'SYSTEM', reason = 'Cancelled'): void {
  const now = nowSeconds(ctx);
  const rand = seededRandom(ctx.nextSeq());
  const carrier = MARKET_FIXTURES[o.market].carriers.find((c) => c.id === o.carrier.id) ?? MARKET_FIXTURES[o.market].carriers[0]!;
  const ship = () => {
    o.rtsTime ??= now;
    o.packageId ??= prefixedId('11', ctx.now(), ctx.nextSeq());
    o.trackingNumber ??= fillPattern(rand, carrier.pattern);
  };
  switch (to) {
    case 'ON_HOLD':
      o.paidTime ??= now;
      break;
    case 'AWAITING_SHIPMENT':
      o.paidTime ??= now;
      break;
    case 'PARTIALLY_SHIPPING':
      ship();
      o.lineItems.forEach((li, i) => (li.shipped = i === 0));
      break;
    case 'AWAITING_COLLECTION':
      ship();
      o.lineItems.forEach((li) => (li.shipped = true));
      break;
    case 'IN_TRANSIT':
      ship();
      o.collectionTime ??= now;
      o.lineItems.forEach((li) => (li.shipped = true));
      break;
    case 'DELIVERED':
      o.deliveryTime ??= now;
      break;
    case 'CANCELLED':
      o.cancelTime = now;
      o.cancellationInitiator = initiator;
      o.cancelReason = reason;
      o.isBuyerRequestCancel = false;
      o.lineItems.forEach((li) => (li.cancelled = true));
      break;
    case 'COMPLETED':
    case 'UNPAID':
      break;
  }
  o.status = to;
  o.updateTime = now;
  o.tracking = liveTracking(o, ctx.now());
  ctx.changed();
  ctx.webhooks.push(o.shopId, 1, { order_id: o.id, order_status: webhookOrderStatus(to), is_on_hold_order: to === 'ON_HOLD', update_time: now });
}

// Carrier events happen when they happen: recompute them from the order's own times, up to now.
function liveTracking(o: SbxOrder, nowMs: number) {
  return trackingFor(o, MARKET_FIXTURES[o.market].tracking)
    .filter((e) => e.ms <= nowMs)
    .sort((a, b) => a.ms - b.ms);
}

export function moveReturn(ctx: SandboxContext, r: SbxReturn, to: string, role: 'BUYER' | 'SELLER' | 'SYSTEM', note = ''): void {
  const now = nowSeconds(ctx);
  r.status = to;
  r.updateTime = now;
  r.records.push({ event: 'ORDER_RETURN', role: role === 'SELLER' ? 'SHOP' : role, description: `Status changed to ${to}`, reasonText: '', note, images: [], createTime: now });
  if (to === 'BUYER_SHIPPED_ITEM') r.returnTrackingNumber ??= `RT${ctx.nextSeq().toString().padStart(12, '0')}`;
  if (to === 'REPLACEMENT_REQUEST_COMPLETE') createReplacementOrder(ctx, r);
  ctx.changed();
  ctx.webhooks.push(r.shopId, 12, {
    order_id: r.orderId,
    return_id: r.id,
    return_role: role,
    return_type: r.type,
    return_status: to,
    create_time: r.createTime,
    update_time: now,
  });
}

function createReplacementOrder(ctx: SandboxContext, r: SbxReturn): void {
  const original = ctx.state.orders[r.orderId];
  if (!original) return;
  const now = nowSeconds(ctx);
  const id = orderId(ctx.now(), ctx.nextSeq());
  const lineItems = original.lineItems
    .filter((li) => r.lineItemIds.includes(li.id))
    .map((li, i) => ({ ...li, id: `${id.slice(0, 14)}${String(i).padStart(4, '0')}`, price: 0, shipped: false, cancelled: false }));
  const replacement: SbxOrder = {
    ...original,
    id,
    status: 'AWAITING_SHIPMENT',
    lineItems,
    shippingFee: 0,
    sellerDiscount: 0,
    platformDiscount: 0,
    buyerMessage: '',
    createTime: now,
    updateTime: now,
    paidTime: now,
    rtsTime: null,
    collectionTime: null,
    deliveryTime: null,
    cancelTime: null,
    cancelReason: null,
    cancellationInitiator: null,
    isBuyerRequestCancel: false,
    packageId: null,
    trackingNumber: null,
    tracking: [],
    replacedOrderId: original.id,
  };
  ctx.state.orders[id] = replacement;
  ctx.webhooks.push(r.shopId, 1, { order_id: id, order_status: 'AWAITING_SHIPMENT', is_on_hold_order: false, update_time: now });
}

export function moveCancellation(ctx: SandboxContext, x: SbxCancellation, to: string, role: 'BUYER' | 'SELLER' | 'SYSTEM'): void {
  const now = nowSeconds(ctx);
  x.status = to;
  x.updateTime = now;
  const order = ctx.state.orders[x.orderId];
  if (order) {
    if (to === 'CANCELLATION_REQUEST_SUCCESS' && order.status !== 'CANCELLED') moveOrder(ctx, order, 'CANCELLED', x.role, x.reasonText);
    if (to === 'CANCELLATION_REQUEST_CANCELLED') {
      order.isBuyerRequestCancel = false;
      order.updateTime = now;
    }
  }
  ctx.changed();
  ctx.webhooks.push(x.shopId, 11, { order_id: x.orderId, cancel_id: x.id, cancellations_role: role, cancel_status: to, create_time: x.createTime });
}

// Which after-sales requests the buyer could open for each SKU of an order (§8.5 Get Aftersale Eligibility).
export function aftersaleEligibility(ctx: SandboxContext, o: SbxOrder) {
  const rank = ORDER_STATUS_RANK[o.status];
  const openReturn = (lineItemId: string) =>
    Object.values(ctx.state.returns).some((r) => r.orderId === o.id && r.lineItemIds.includes(lineItemId) && !/REJECT|CANCEL/.test(r.status));
  const bySku = new Map<string, string[]>();
  for (const li of o.lineItems) bySku.set(li.skuId, [...(bySku.get(li.skuId) ?? []), li.id]);
  return [...bySku].map(([skuId, lineIds]) => ({
    sku_id: skuId,
    line_item_eligibility: (['REFUND', 'RETURN_AND_REFUND', 'REPLACEMENT'] as const).map((type) => {
      const statusOk = type === 'REFUND' ? rank >= 2 && rank <= 5 : o.status === 'DELIVERED';
      const free = lineIds.some((id) => !openReturn(id));
      const eligible = statusOk && free;
      return {
        request_type: type,
        order_line_items_ids: lineIds,
        eligible,
        ...(eligible ? {} : { ineligible_code: statusOk ? 'ONGOING_AFTERSALE' : 'ORDER_STATUS_NOT_ELIGIBLE', ineligible_reason: statusOk ? 'An after-sales request is already open' : 'The order status does not allow this request' }),
      };
    }),
  }));
}

export function isEligibleFor(ctx: SandboxContext, o: SbxOrder, skuId: string | null, type?: SbxReturn['type']): boolean {
  return aftersaleEligibility(ctx, o).some((s) => (skuId === null || s.sku_id === skuId) && s.line_item_eligibility.some((e) => e.eligible && (!type || e.request_type === type)));
}
