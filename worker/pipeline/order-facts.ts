// TikTok orders → the OrderFacts a reply may state (shared/reply/facts.ts). Only what TikTok said is
// carried over: no estimated delivery unless TikTok gave one (the 202309 order API does not), no carrier
// or tracking number unless the order or its line items name them.
import { ok, type Result } from '../../shared/result';
import { ORDER_STATUSES, type OrderFacts, type OrderStatus } from '../../shared/reply/facts';
import type { AppDeps } from '../deps';
import type { Db } from '../db/types';
import type { shops } from '../db/schema';
import { shopSession } from '../connector/shop-session';
import type { TikTokError } from '../tiktok/errors';
import { withTokenRefresh } from '../tiktok/token-refresh';
import type { Order, TrackingEvent } from '../tiktok/wire-orders';

type Deps = Pick<AppDeps, 'secrets' | 'clock' | 'tiktok' | 'log'>;

/** The order webhook spells it CANCEL, the Order API CANCELLED (reference §11.9). */
function statusOf(raw: string): OrderStatus | null {
  const status = raw === 'CANCEL' ? 'CANCELLED' : raw;
  return (ORDER_STATUSES as readonly string[]).includes(status) ? (status as OrderStatus) : null;
}

const seconds = (s: number | undefined) => (s ? new Date(s * 1000) : null);

export function toOrderFacts(order: Order, tracking: readonly TrackingEvent[]): OrderFacts | null {
  const status = statusOf(order.status);
  if (!status) return null;
  // TikTok lists one line item per unit: count them back into quantities.
  const items = new Map<string, number>();
  for (const line of order.line_items) {
    const name = [line.product_name, line.sku_name].filter(Boolean).join(' – ') || 'item';
    items.set(name, (items.get(name) ?? 0) + 1);
  }
  const firstLine = order.line_items.find((l) => l.tracking_number || l.shipping_provider_name);
  const latest = [...tracking].sort((a, b) => b.update_time_millis - a.update_time_millis)[0];
  const total = order.payment?.total_amount && order.payment.currency ? { amount: order.payment.total_amount, currency: order.payment.currency } : undefined;
  return {
    id: order.id,
    status,
    createdAt: seconds(order.create_time) ?? new Date(0),
    items: [...items].map(([name, quantity]) => ({ name, quantity })),
    ...(total ? { total } : {}),
    carrier: order.shipping_provider ?? firstLine?.shipping_provider_name ?? null,
    trackingNumber: order.tracking_number ?? firstLine?.tracking_number ?? null,
    lastTrackingEvent: latest ? { description: latest.description, at: new Date(latest.update_time_millis) } : null,
    estimatedDelivery: null,
    shippedAt: seconds(order.collection_time),
    deliveredAt: seconds(order.delivery_time),
    cancelReason: order.cancel_reason ?? null,
  };
}

/**
 * Loads orders (and, for shipped ones, their tracking) of one shop as reply facts — only those of the buyer
 * `buyerUserId` (the order's `user_id`, reference §8): a buyer who types another buyer's order number gets
 * nothing about it. Without a buyer id nothing can be checked, so nothing is returned.
 */
export async function loadOrderFacts(
  deps: Deps,
  db: Db,
  shop: typeof shops.$inferSelect,
  orderIds: string[],
  buyerUserId: string | null,
): Promise<Result<OrderFacts[], TikTokError>> {
  if (orderIds.length === 0 || !buyerUserId) return ok([]);
  const session = shopSession(deps, db, shop);
  const orders = await withTokenRefresh(session, (auth) => deps.tiktok.getOrderDetail(auth, orderIds));
  if (!orders.ok) return orders;
  const facts: OrderFacts[] = [];
  for (const order of orders.val) {
    if (order.user_id !== buyerUserId) continue;
    const shipped = ['IN_TRANSIT', 'DELIVERED', 'COMPLETED', 'PARTIALLY_SHIPPING'].includes(order.status);
    const tracking = shipped ? await withTokenRefresh(session, (auth) => deps.tiktok.getTracking(auth, order.id)) : ok([] as TrackingEvent[]);
    // Tracking is a nice-to-have: without it the reply simply does not mention the last event.
    const fact = toOrderFacts(order, tracking.ok ? tracking.val : []);
    if (fact) facts.push(fact);
  }
  return ok(facts);
}

/** The buyer's orders of the last 60 days at this shop, newest first (needs the buyer's TikTok user id). */
export async function loadBuyerOrders(deps: Deps, db: Db, shop: typeof shops.$inferSelect, buyerUserId: string): Promise<Result<OrderFacts[], TikTokError>> {
  const session = shopSession(deps, db, shop);
  const since = Math.floor(deps.clock.now().getTime() / 1000) - 60 * 86400;
  const page = await withTokenRefresh(session, (auth) =>
    deps.tiktok.searchOrders(auth, { buyer_user_id: buyerUserId, create_time_ge: since }, { pageSize: 10, sortField: 'create_time', sortOrder: 'DESC' }),
  );
  if (!page.ok) return page;
  const ids = page.val.orders.map((o) => o.id);
  return ids.length ? loadOrderFacts(deps, db, shop, ids.slice(0, 5), buyerUserId) : ok([]);
}

