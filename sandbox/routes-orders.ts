// Orders and logistics (reference §8.1–8.3). Ids arrive comma-joined (`ids=576…,577…`, max 50); another
// shop's orders are simply not returned, and tracking for them is refused with 21008111.
import { Hono } from 'hono';
import { answers, jsonBody, pageSize, paginate } from './api-helpers';
import type { SandboxContext } from './context';
import { CODES } from './envelope';
import type { ApiEnv } from './open-api-guard';
import type { SbxOrder } from './state';
import { orderToWire } from './wire-orders';

export function orderRoutes(ctx: SandboxContext): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  const { ok, fail } = answers(ctx);

  app.get('/order/202309/orders', (c) => {
    const call = c.get('call');
    const ids = (call.query.ids ?? '').split(',').filter(Boolean);
    if (ids.length === 0 || ids.length > 50) return fail(c, CODES.credentials, 'Invalid parameter: ids must hold 1-50 comma-separated order ids');
    const orders = ids.map((id) => ctx.state.orders[id]).filter((o): o is SbxOrder => !!o && o.shopId === call.shop!.id);
    return ok(c, { orders: orders.map((o) => orderToWire(ctx, o)) });
  });

  app.post('/order/202309/orders/search', (c) => {
    const call = c.get('call');
    const size = pageSize(call, 100, null);
    if (size === null) return fail(c, CODES.credentials, 'Invalid parameter: page_size is required and must be 1-100');
    const body = jsonBody(call);
    if (!body) return fail(c, CODES.credentials, 'Invalid parameter: body must be a JSON object');
    const sortField = call.query.sort_field ?? 'create_time';
    const sortOrder = call.query.sort_order ?? 'DESC';
    if (sortField !== 'create_time' && sortField !== 'update_time') return fail(c, CODES.credentials, 'Invalid parameter: sort_field');
    const num = (k: string) => (typeof body[k] === 'number' ? (body[k] as number) : null);
    const matches = Object.values(ctx.state.orders).filter((o) => {
      if (o.shopId !== call.shop!.id) return false;
      if (typeof body.order_status === 'string' && o.status !== body.order_status) return false;
      if (typeof body.buyer_user_id === 'string' && o.buyerUserId !== body.buyer_user_id) return false;
      if (typeof body.is_buyer_request_cancel === 'boolean' && o.isBuyerRequestCancel !== body.is_buyer_request_cancel) return false;
      const ge = num('create_time_ge'), lt = num('create_time_lt'), uge = num('update_time_ge'), ult = num('update_time_lt');
      if (ge !== null && o.createTime < ge) return false;
      if (lt !== null && o.createTime >= lt) return false;
      if (uge !== null && o.updateTime < uge) return false;
      if (ult !== null && o.updateTime >= ult) return false;
      return true;
    });
    const key = sortField === 'update_time' ? 'updateTime' : 'createTime';
    matches.sort((a, b) => (sortOrder === 'ASC' ? a[key] - b[key] : b[key] - a[key]) || a.id.localeCompare(b.id));
    const page = paginate(matches, size, call.query.page_token);
    if (!page) return fail(c, CODES.credentials, 'Invalid parameter: page_token');
    return ok(c, { orders: page.page.map((o) => orderToWire(ctx, o)), next_page_token: page.next, total_count: matches.length });
  });

  app.get('/fulfillment/202309/orders/:id/tracking', (c) => {
    const order = ctx.state.orders[c.req.param('id')];
    if (!order || order.shopId !== c.get('call').shop!.id) return fail(c, CODES.orderNotOwned, 'The order does not exist or does not belong to this seller');
    // Newest first, times in milliseconds (§8.3).
    const tracking = [...order.tracking].sort((a, b) => b.ms - a.ms).map((e) => ({ description: e.description, update_time_millis: e.ms }));
    return ok(c, { tracking });
  });

  app.get('/fulfillment/202309/packages/:id', (c) => {
    const id = c.req.param('id');
    const order = Object.values(ctx.state.orders).find((o) => o.packageId === id && o.shopId === c.get('call').shop!.id);
    if (!order) return fail(c, CODES.orderNotOwned, 'The package does not exist or does not belong to this seller');
    const wire = orderToWire(ctx, order);
    const status = order.status === 'CANCELLED' ? 'CANCELLED' : order.status === 'DELIVERED' || order.status === 'COMPLETED' ? 'COMPLETED' : order.collectionTime ? 'FULFILLING' : 'PROCESSING';
    return ok(c, {
      package_id: id,
      package_status: status,
      tracking_number: order.trackingNumber ?? '',
      shipping_provider_name: order.carrier.name,
      shipping_provider_id: order.carrier.id,
      shipping_type: 'TIKTOK',
      delivery_option_name: order.deliveryOptionName,
      handover_method: 'PICKUP',
      order_line_item_ids: order.lineItems.filter((li) => li.shipped).map((li) => li.id),
      recipient_address: wire.recipient_address,
      create_time: order.rtsTime ?? order.createTime,
    });
  });

  return app;
}
