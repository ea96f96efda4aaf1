// The sandbox's own control API, for tests and demos (never part of TikTok): inspect state and webhook
// deliveries, inject faults, move orders/returns/cancellations as the buyer or platform would, open
// after-sales requests as a buyer, revoke a seller, warn of expiry, issue tokens directly, reset.
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { badInput } from './routes-buyer';
import { moveCancellation, moveOrder, moveReturn, isEligibleFor } from './commerce';
import { nowSeconds, sellerByOpenId, shopsOfSeller, type SandboxContext } from './context';
import { DEMO_SELLERS, DEMO_SHOPS } from './fixtures';
import { faultInputSchema } from './faults';
import { prefixedId } from './ids';
import type { OrderStatus, SbxCancellation, SbxReturn } from './state';
import { issueTokens, revokeSeller } from './tokens';
import { CANCEL_MOVES, ORDER_MOVES, RETURN_MOVES } from './transitions';
import { cancellationToWire, orderToWire, returnToWire } from './wire-orders';

const toSchema = z.object({ to: z.optional(z.string()), role: z.optional(z.enum(['BUYER', 'SYSTEM'])) });

export function controlRoutes(ctx: SandboxContext, reset: () => void): Hono {
  const app = new Hono();
  const bodyOf = async (c: { req: { json(): Promise<unknown> } }) => {
    const j = await c.req.json().catch(() => ({}));
    return toSchema.safeParse(j ?? {});
  };

  app.get('/state', (c) => {
    const s = ctx.state;
    const now = ctx.now();
    return c.json({
      now,
      sellers: DEMO_SELLERS.map((seller) => ({
        open_id: seller.openId,
        name: seller.name,
        revoked: s.revokedSellers.includes(seller.openId),
        active_access_tokens: Object.values(s.accessTokens).filter((g) => g.sellerOpenId === seller.openId && !g.revoked && g.expiresAtMs > now).length,
        shops: shopsOfSeller(seller.openId).map((shop) => shop.id),
      })),
      shops: DEMO_SHOPS.map((shop) => ({
        id: shop.id,
        cipher: shop.cipher,
        name: shop.name,
        region: shop.region,
        seller_type: shop.sellerType,
        kind: shop.kind,
        seller_open_id: shop.sellerOpenId,
        buyers: Object.values(s.buyers).filter((b) => b.shopId === shop.id).map((b) => ({ user_id: b.userId, im_user_id: b.imUserId, name: b.name })),
        conversations: Object.values(s.conversations).filter((x) => x.shopId === shop.id).length,
        orders: Object.values(s.orders).filter((o) => o.shopId === shop.id).map((o) => ({ id: o.id, status: o.status, buyer_user_id: o.buyerUserId })),
        returns: Object.values(s.returns).filter((r) => r.shopId === shop.id).map((r) => ({ id: r.id, order_id: r.orderId, type: r.type, status: r.status })),
        cancellations: Object.values(s.cancellations).filter((x) => x.shopId === shop.id).map((x) => ({ id: x.id, order_id: x.orderId, status: x.status })),
      })),
      webhooks: { pending: ctx.webhooks.pendingCount(), held: ctx.webhooks.heldCount(), attempts: ctx.webhooks.attempts.length },
      faults: ctx.faults.list(),
    });
  });

  app.get('/webhooks', (c) => c.json({ pending: ctx.webhooks.pendingCount(), held: ctx.webhooks.heldCount(), attempts: ctx.webhooks.attempts }));

  app.get('/faults', (c) => c.json(ctx.faults.list()));
  app.post('/faults', async (c) => {
    const json: unknown = await c.req.json().catch(() => undefined);
    const rules = Array.isArray(json) ? json : [json];
    const added: unknown[] = [];
    for (const rule of rules) {
      const parsed = faultInputSchema.safeParse(rule);
      if (!parsed.success) return badInput(c, `bad fault rule: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`);
      const result = ctx.faults.add(parsed.data);
      if (!result.ok) return badInput(c, result.error);
      if ('expire_tokens' in result.rule) {
        for (const grant of Object.values(ctx.state.accessTokens)) grant.expiresAtMs = Math.min(grant.expiresAtMs, ctx.now() - 1);
        ctx.changed();
      }
      added.push(result.rule);
    }
    return c.json({ added, ...ctx.faults.list() }, 201);
  });
  app.delete('/faults', (c) => {
    ctx.faults.clear();
    ctx.webhooks.releaseHeld(); // an unfinished out-of-order batch is delivered now
    return c.json(ctx.faults.list());
  });

  app.post('/orders/:id/advance', async (c) => {
    const order = ctx.state.orders[c.req.param('id')];
    if (!order) return badInput(c, 'no such order', 404);
    const body = await bodyOf(c);
    if (!body.success) return badInput(c, 'expected {"to"?: status}');
    const allowed = ORDER_MOVES[order.status];
    const to = (body.data.to ?? allowed[0]) as OrderStatus | undefined;
    if (!to || !allowed.includes(to)) return badInput(c, `order ${order.status} can move to: ${allowed.join(', ') || 'nothing'}`, 409);
    moveOrder(ctx, order, to, body.data.role ?? 'SYSTEM', 'Cancelled by the sandbox');
    return c.json({ order: orderToWire(ctx, order) });
  });

  app.post('/returns/:id/advance', async (c) => {
    const r = ctx.state.returns[c.req.param('id')];
    if (!r) return badInput(c, 'no such return', 404);
    const body = await bodyOf(c);
    if (!body.success) return badInput(c, 'expected {"to"?: status}');
    const allowed = RETURN_MOVES[r.status] ?? [];
    const to = body.data.to ?? allowed[0];
    if (!to || !allowed.includes(to)) return badInput(c, `return ${r.status} can move to: ${allowed.join(', ') || 'nothing (the seller decides)'}`, 409);
    moveReturn(ctx, r, to, to.endsWith('COMPLETE') || to === 'RETURN_OR_REFUND_REQUEST_SUCCESS' ? 'SYSTEM' : 'BUYER');
    return c.json({ return: returnToWire(r, ctx.state.orders[r.orderId]) });
  });

  app.post('/cancellations/:id/advance', async (c) => {
    const x = ctx.state.cancellations[c.req.param('id')];
    if (!x) return badInput(c, 'no such cancellation', 404);
    const body = await bodyOf(c);
    if (!body.success) return badInput(c, 'expected {"to"?: status}');
    const allowed = CANCEL_MOVES[x.status] ?? [];
    const to = body.data.to ?? allowed[0];
    if (!to || !allowed.includes(to)) return badInput(c, `cancellation ${x.status} can move to: ${allowed.join(', ') || 'nothing'}`, 409);
    moveCancellation(ctx, x, to, to === 'CANCELLATION_REQUEST_CANCELLED' ? 'BUYER' : 'SYSTEM');
    return c.json({ cancellation: cancellationToWire(x) });
  });

  // The buyer opens a return/refund/replacement request on one line item.
  const newReturn = z.object({ order_id: z.string(), return_type: z.optional(z.enum(['REFUND', 'RETURN_AND_REFUND', 'REPLACEMENT'])), sku_id: z.optional(z.string()), reason_text: z.optional(z.string()) });
  app.post('/returns', async (c) => {
    const parsed = newReturn.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return badInput(c, 'expected {"order_id", "return_type"?, "sku_id"?, "reason_text"?}');
    const order = ctx.state.orders[parsed.data.order_id];
    if (!order) return badInput(c, 'no such order', 404);
    const type = parsed.data.return_type ?? 'REFUND';
    const item = order.lineItems.find((li) => !parsed.data.sku_id || li.skuId === parsed.data.sku_id);
    if (!item || !isEligibleFor(ctx, order, item.skuId, type)) return badInput(c, `order ${order.status} is not eligible for ${type}`, 409);
    const now = nowSeconds(ctx);
    const reasonText = parsed.data.reason_text ?? 'Item damaged on arrival';
    const r: SbxReturn = {
      id: prefixedId('40', ctx.now(), ctx.nextSeq()),
      shopId: order.shopId,
      orderId: order.id,
      buyerUserId: order.buyerUserId,
      type,
      status: type === 'REPLACEMENT' ? 'REPLACEMENT_REQUEST_PENDING' : 'RETURN_OR_REFUND_REQUEST_PENDING',
      arbitrationStatus: null,
      role: 'BUYER',
      reason: 'ecom_order_delivered_refund_reason_damaged',
      reasonText,
      lineItemIds: [item.id],
      refundTotal: item.price,
      currency: order.currency,
      returnTrackingNumber: null,
      sellerProposedReturnType: null,
      partialRefund: null,
      buyerKeepItem: false,
      createTime: now,
      updateTime: now,
      records: [{ event: 'ORDER_RETURN', role: 'BUYER', description: `Buyer requested ${type}`, reasonText, note: '', images: [], createTime: now }],
    };
    ctx.state.returns[r.id] = r;
    ctx.changed();
    ctx.webhooks.push(r.shopId, 12, { order_id: r.orderId, return_id: r.id, return_role: 'BUYER', return_type: r.type, return_status: r.status, create_time: now, update_time: now });
    return c.json({ return_id: r.id, return: returnToWire(r, order) }, 201);
  });

  // The buyer asks to cancel: immediate before the order is accepted, a request for the seller after.
  app.post('/cancellations', async (c) => {
    const parsed = z.object({ order_id: z.string() }).safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return badInput(c, 'expected {"order_id"}');
    const order = ctx.state.orders[parsed.data.order_id];
    if (!order) return badInput(c, 'no such order', 404);
    const immediate = order.status === 'UNPAID' || order.status === 'ON_HOLD';
    if (!immediate && order.status !== 'AWAITING_SHIPMENT' && order.status !== 'AWAITING_COLLECTION') return badInput(c, `order ${order.status} can no longer be cancelled`, 409);
    const now = nowSeconds(ctx);
    const x: SbxCancellation = {
      id: prefixedId('41', ctx.now(), ctx.nextSeq()),
      shopId: order.shopId,
      orderId: order.id,
      buyerUserId: order.buyerUserId,
      type: 'BUYER_CANCEL',
      status: 'CANCELLATION_REQUEST_PENDING',
      role: 'BUYER',
      reason: 'ecom_order_cancel_reason_no_longer_needed',
      reasonText: 'No longer needed',
      lineItemIds: order.lineItems.map((li) => li.id),
      refundTotal: order.lineItems.reduce((s, li) => s + li.price, 0) + order.shippingFee - order.platformDiscount,
      currency: order.currency,
      previousOrderStatus: order.status,
      createTime: now,
      updateTime: now,
    };
    ctx.state.cancellations[x.id] = x;
    if (immediate) {
      moveCancellation(ctx, x, 'CANCELLATION_REQUEST_SUCCESS', 'BUYER');
    } else {
      order.isBuyerRequestCancel = true;
      order.updateTime = now;
      ctx.changed();
      ctx.webhooks.push(x.shopId, 11, { order_id: x.orderId, cancel_id: x.id, cancellations_role: 'BUYER', cancel_status: x.status, create_time: now });
    }
    return c.json({ cancel_id: x.id, cancellation: cancellationToWire(x) }, 201);
  });

  app.post('/sellers/:openId/revoke', (c) => {
    const seller = sellerByOpenId(c.req.param('openId'));
    if (!seller) return badInput(c, 'no such seller', 404);
    revokeSeller(ctx, seller.openId);
    const notifications = shopsOfSeller(seller.openId).map((shop) =>
      ctx.webhooks.push(shop.id, 6, { message: `The seller ${seller.name} has deauthorized the app` }),
    );
    return c.json({ revoked: seller.openId, notifications });
  });

  app.post('/sellers/:openId/expiry-warning', (c) => {
    const seller = sellerByOpenId(c.req.param('openId'));
    if (!seller) return badInput(c, 'no such seller', 404);
    const expiration = String(nowSeconds(ctx) + 30 * 86400);
    const notifications = shopsOfSeller(seller.openId).map((shop) =>
      ctx.webhooks.push(shop.id, 7, { message: 'The authorization will expire in 30 days; please re-authorize', expiration_time: expiration }),
    );
    return c.json({ notifications });
  });

  // Shortcut for seeds and tests: what token/get would answer after an approved authorization.
  app.post('/sellers/:openId/tokens', (c) => {
    const seller = sellerByOpenId(c.req.param('openId'));
    if (!seller) return badInput(c, 'no such seller', 404);
    return c.json(issueTokens(ctx, seller.openId), 201);
  });

  app.post('/reset', (c) => {
    reset();
    return c.json({ ok: true });
  });

  return app;
}
