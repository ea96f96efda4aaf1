// Returns, refunds and cancellations (reference §8.5). Seller decisions follow the tables in transitions.ts;
// a repeated idempotency_key replays the first successful answer instead of deciding twice.
import { Hono } from 'hono';
import { answers, jsonBody, pageSize, paginate, type ApiContext } from './api-helpers';
import { aftersaleEligibility, moveCancellation, moveOrder, moveReturn } from './commerce';
import { nowSeconds, type SandboxContext } from './context';
import { CODES } from './envelope';
import { prefixedId } from './ids';
import type { ApiEnv } from './open-api-guard';
import type { SbxCancellation, SbxReturn } from './state';
import { RETURN_DECISIONS } from './transitions';
import { cancellationToWire, returnToWire } from './wire-orders';

const RR = '/return_refund/202309';

export const RETURN_REJECT_REASONS = [
  { name: 'seller_reject_apply_product_has_been_used', text: 'The product has been used' },
  { name: 'seller_reject_apply_insufficient_evidence', text: 'Insufficient evidence provided' },
  { name: 'seller_reject_apply_not_received_return', text: 'Returned package not received' },
  { name: 'seller_reject_apply_other', text: 'Other reason' },
];
export const CANCEL_REJECT_REASONS = [
  { name: 'seller_reject_cancel_package_shipped', text: 'The package has already been shipped' },
  { name: 'seller_reject_cancel_buyer_agreed', text: 'The buyer agreed to keep the order' },
];

function inList(v: unknown, value: string): boolean {
  return !Array.isArray(v) || v.length === 0 || v.includes(value);
}

export function returnRoutes(ctx: SandboxContext): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  const { ok, fail } = answers(ctx);

  // Replay a decision already taken with this key; otherwise run it and remember a success.
  const idempotent = (c: ApiContext, run: () => Response): Response | Promise<Response> => {
    const call = c.get('call');
    const key = call.query.idempotency_key;
    if (key !== undefined && (key.length === 0 || key.length > 255)) return fail(c, CODES.rrInvalid, 'Invalid parameter: idempotency_key must be 1-255 characters');
    const slot = key ? `${call.shop!.id} ${call.path} ${key}` : null;
    const seen = slot ? ctx.state.idempotency[slot] : undefined;
    if (seen) return ok(c, seen.body);
    const res = run();
    if (slot && res.status === 200) {
      return res
        .clone()
        .json()
        .then((j: { code: number; data: unknown }) => {
          if (j.code === 0) {
            ctx.state.idempotency[slot] = { status: 200, body: j.data };
            ctx.changed();
          }
          return res;
        });
    }
    return res;
  };

  const search = <T extends { shopId: string; createTime: number; updateTime: number }>(c: ApiContext, items: T[], filter: (x: T, body: Record<string, unknown>) => boolean, wire: (x: T) => unknown, key: string) => {
    const call = c.get('call');
    const size = pageSize(call, 50, 10);
    if (size === null) return fail(c, CODES.rrInvalid, 'Invalid parameter: page_size must be 1-50');
    const body = jsonBody(call);
    if (!body) return fail(c, CODES.rrInvalid, 'Invalid parameter: body must be a JSON object');
    const sortField = call.query.sort_field === 'update_time' ? 'updateTime' : 'createTime';
    const asc = (call.query.sort_order ?? 'ASC') === 'ASC';
    const num = (k: string) => (typeof body[k] === 'number' ? (body[k] as number) : null);
    const matches = items
      .filter((x) => x.shopId === call.shop!.id && filter(x, body))
      .filter((x) => {
        const ge = num('create_time_ge'), lt = num('create_time_lt'), uge = num('update_time_ge'), ult = num('update_time_lt');
        return (ge === null || x.createTime >= ge) && (lt === null || x.createTime < lt) && (uge === null || x.updateTime >= uge) && (ult === null || x.updateTime < ult);
      })
      .sort((a, b) => (asc ? a[sortField] - b[sortField] : b[sortField] - a[sortField]));
    const page = paginate(matches, size, call.query.page_token);
    if (!page) return fail(c, CODES.rrInvalid, 'Invalid parameter: page_token');
    return ok(c, { [key]: page.page.map(wire), total_count: matches.length, next_page_token: page.next });
  };

  const returnFor = (c: ApiContext): SbxReturn | null => {
    const r = ctx.state.returns[c.req.param('id') ?? ''];
    return r && r.shopId === c.get('call').shop!.id ? r : null;
  };
  const cancellationFor = (c: ApiContext): SbxCancellation | null => {
    const x = ctx.state.cancellations[c.req.param('id') ?? ''];
    return x && x.shopId === c.get('call').shop!.id ? x : null;
  };

  app.post(`${RR}/returns/search`, (c) =>
    search(
      c,
      Object.values(ctx.state.returns),
      (r, b) =>
        inList(b.return_ids, r.id) &&
        inList(b.order_ids, r.orderId) &&
        inList(b.buyer_user_ids, r.buyerUserId) &&
        inList(b.return_types, r.type) &&
        inList(b.return_status, r.status) &&
        inList(b.arbitration_status, r.arbitrationStatus ?? ''),
      (r) => returnToWire(r, ctx.state.orders[r.orderId]),
      'return_orders',
    ),
  );

  app.get(`${RR}/returns/:id/records`, (c) => {
    const r = returnFor(c);
    if (!r) return fail(c, CODES.rrNotFound, 'Return not found');
    return ok(c, {
      records: r.records.map((x) => ({
        event: x.event,
        role: x.role,
        description: x.description,
        reason_text: x.reasonText,
        note: x.note,
        images: x.images.map((name) => ({ url: `${ctx.opts.publicUrl}/assets/image/${name}.svg`, width: 1080, height: 1440 })),
        videos: [],
        create_time: x.createTime,
      })),
    });
  });

  const decideReturn = (endpoint: 'approve' | 'reject') => (c: ApiContext) =>
    idempotent(c, () => {
      const r = returnFor(c);
      if (!r) return fail(c, CODES.rrNotFound, 'Return not found');
      const body = jsonBody(c.get('call'));
      const decision = typeof body?.decision === 'string' ? RETURN_DECISIONS[body.decision] : undefined;
      if (!body || !decision || decision.endpoint !== endpoint) return fail(c, CODES.rrInvalid, `Invalid parameter: decision is not a valid ${endpoint} decision`);
      if (r.arbitrationStatus === 'IN_PROGRESS') return fail(c, 25011010, 'The request was escalated to a platform operator');
      if (!decision.types.includes(r.type)) return fail(c, CODES.rrDecisionType, `Decision ${String(body.decision)} does not match return type ${r.type}`);
      if (!decision.from.includes(r.status)) {
        const code = String(body.decision).endsWith('RECEIVED_PACKAGE') ? 25011013 : endpoint === 'approve' ? CODES.rrCannotApprove : CODES.rrCannotReject;
        return fail(c, code, `The return status ${r.status} does not allow ${String(body.decision)}`);
      }
      if (endpoint === 'reject' && !RETURN_REJECT_REASONS.some((x) => x.name === body.reject_reason)) {
        return fail(c, CODES.rrReason, 'Invalid reject_reason: use a name from Get Reject Reasons');
      }
      if (body.decision === 'OFFER_PARTIAL_REFUND') {
        const pr = body.partial_refund as { currency?: unknown; amount?: unknown } | undefined;
        const amount = Number(pr?.amount);
        const max = r.currency === 'IDR' || r.currency === 'VND' ? r.refundTotal : r.refundTotal / 100;
        if (!pr || pr.currency !== r.currency || !(amount > 0) || amount >= max) return fail(c, CODES.rrInvalid, 'Invalid parameter: partial_refund must be below the refund total, in the return currency');
        r.sellerProposedReturnType = 'PARTIAL_REFUND';
        r.partialRefund = { currency: r.currency, amount: String(pr.amount) };
      }
      if (body.buyer_keep_item === true) r.buyerKeepItem = true;
      moveReturn(ctx, r, decision.to, 'SELLER', typeof body.comment === 'string' ? body.comment : '');
      return ok(c, {});
    });

  app.post(`${RR}/returns/:id/approve`, decideReturn('approve'));
  app.post(`${RR}/returns/:id/reject`, decideReturn('reject'));

  app.get(`${RR}/reject_reasons`, (c) => {
    const id = c.get('call').query.return_or_cancel_id ?? '';
    if (ctx.state.cancellations[id]) return ok(c, { reasons: CANCEL_REJECT_REASONS });
    return ok(c, { reasons: RETURN_REJECT_REASONS });
  });

  app.get(`${RR}/orders/:id/aftersale_eligibility`, (c) => {
    const order = ctx.state.orders[c.req.param('id')];
    if (!order || order.shopId !== c.get('call').shop!.id) return fail(c, CODES.rrNotFound, 'Order not found');
    return ok(c, { sku_eligibility: aftersaleEligibility(ctx, order) });
  });

  app.post(`${RR}/cancellations/search`, (c) =>
    search(
      c,
      Object.values(ctx.state.cancellations),
      (x, b) =>
        inList(b.cancel_ids, x.id) &&
        inList(b.order_ids, x.orderId) &&
        inList(b.buyer_user_ids, x.buyerUserId) &&
        inList(b.cancel_types, x.type) &&
        // the filter doc spells it CANCELLATION_REQUEST_CANCEL (§11.9): accept both
        (inList(b.cancel_status, x.status) || (x.status === 'CANCELLATION_REQUEST_CANCELLED' && inList(b.cancel_status, 'CANCELLATION_REQUEST_CANCEL'))),
      cancellationToWire,
      'cancellations',
    ),
  );

  app.post(`${RR}/cancellations/:id/approve`, (c) =>
    idempotent(c, () => {
      const x = cancellationFor(c);
      if (!x) return fail(c, CODES.rrNotFound, 'Cancellation not found');
      if (x.status !== 'CANCELLATION_REQUEST_PENDING') return fail(c, CODES.rrCannotApprove, `The cancellation status ${x.status} does not allow approval`);
      moveCancellation(ctx, x, 'CANCELLATION_REQUEST_SUCCESS', 'SELLER');
      return ok(c, {});
    }),
  );

  app.post(`${RR}/cancellations/:id/reject`, (c) =>
    idempotent(c, () => {
      const x = cancellationFor(c);
      if (!x) return fail(c, CODES.rrNotFound, 'Cancellation not found');
      const body = jsonBody(c.get('call'));
      if (!body || !CANCEL_REJECT_REASONS.some((r) => r.name === body.reject_reason)) return fail(c, CODES.rrReason, 'Invalid reject_reason: use a name from Get Reject Reasons');
      if (x.status !== 'CANCELLATION_REQUEST_PENDING') return fail(c, CODES.rrCannotReject, `The cancellation status ${x.status} does not allow rejection`);
      moveCancellation(ctx, x, 'CANCELLATION_REQUEST_CANCELLED', 'SELLER');
      return ok(c, {});
    }),
  );

  // Seller-initiated cancellation: only before the parcel leaves (25001045 afterwards).
  app.post(`${RR}/cancellations`, (c) => {
    const call = c.get('call');
    const body = jsonBody(call);
    const order = typeof body?.order_id === 'string' ? ctx.state.orders[body.order_id] : undefined;
    if (!body || !order || order.shopId !== call.shop!.id) return fail(c, CODES.rrNotFound, 'Order not found');
    if (typeof body.cancel_reason !== 'string' || !body.cancel_reason) return fail(c, CODES.rrInvalid, 'Invalid parameter: cancel_reason is required');
    if (!['UNPAID', 'ON_HOLD', 'AWAITING_SHIPMENT'].includes(order.status)) return fail(c, 25001045, 'The order has already shipped or ended; it cannot be cancelled');
    const now = nowSeconds(ctx);
    const x: SbxCancellation = {
      id: prefixedId('41', ctx.now(), ctx.nextSeq()),
      shopId: order.shopId,
      orderId: order.id,
      buyerUserId: order.buyerUserId,
      type: 'CANCEL',
      status: 'CANCELLATION_REQUEST_SUCCESS',
      role: 'SELLER',
      reason: body.cancel_reason,
      reasonText: body.cancel_reason,
      lineItemIds: order.lineItems.map((li) => li.id),
      refundTotal: order.lineItems.reduce((s, li) => s + li.price, 0) + order.shippingFee - order.platformDiscount,
      currency: order.currency,
      previousOrderStatus: order.status,
      createTime: now,
      updateTime: now,
    };
    ctx.state.cancellations[x.id] = x;
    moveOrder(ctx, order, 'CANCELLED', 'SELLER', body.cancel_reason);
    ctx.webhooks.push(x.shopId, 11, { order_id: x.orderId, cancel_id: x.id, cancellations_role: 'SELLER', cancel_status: x.status, create_time: now });
    return ok(c, { cancel_id: x.id });
  });

  return app;
}
