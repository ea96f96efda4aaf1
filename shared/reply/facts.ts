// The facts a reply may use, and nothing else. Every sentence the composer writes is backed by one of
// these fields; when a field is missing (undefined or null) the reply says nothing about it — no guessed
// dates, carriers, amounts, coupons or promises. The caller gathers them from TikTok Shop (§8 of the API
// reference: order detail, package detail, tracking), the shop's settings, its knowledge base and the
// roster, and passes the clock in (`now`): this module reads no clock and does no I/O.
import type { Language, Market } from '../markets';
import type { ShopType } from '../schemas/shops';

export const ORDER_STATUSES = [
  'UNPAID',
  'ON_HOLD',
  'AWAITING_SHIPMENT',
  'AWAITING_COLLECTION',
  'PARTIALLY_SHIPPING',
  'IN_TRANSIT',
  'DELIVERED',
  'COMPLETED',
  'CANCELLED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface OrderFacts {
  id: string;
  status: OrderStatus;
  createdAt: Date;
  items: { name: string; quantity: number }[];
  /** Decimal string in `currency`, as TikTok sends it (`payment.total_amount`). */
  total?: { amount: string; currency: string };
  carrier?: string | null;
  trackingNumber?: string | null;
  /** The newest carrier event (Get Tracking), quoted as the carrier wrote it. */
  lastTrackingEvent?: { description: string; at: Date } | null;
  estimatedDelivery?: { from: Date; to: Date } | null;
  shippedAt?: Date | null;
  deliveredAt?: Date | null;
  cancelReason?: string | null;
}

/** An article of the shop's knowledge base: a brand flagship's policies and campaigns, or a personal
 * shop's starter FAQ. `language` is optional; when set, hits in the reply language are preferred. */
export interface KnowledgeHit {
  id: string;
  title: string;
  body: string;
  language?: Language;
}

export interface ShopPolicies {
  returnWindowDays?: number;
  freeReturns?: boolean;
  /** Carrier time after the parcel ships. */
  shippingDays?: { min: number; max: number };
  /** Time from payment to handing the parcel to the carrier. */
  processingDays?: number;
  /** `[]` means "no active coupon" (a fact); undefined means unknown (say nothing about the shop's). */
  activeCoupons?: { code?: string; description: string; endsAt?: Date }[];
  cod?: boolean;
  installments?: boolean;
}

export type ShopTone = 'auto' | 'warm' | 'formal' | 'friendly';

export interface ShopFacts {
  name: string;
  type: ShopType;
  tone: ShopTone;
  emoji: boolean;
  /** IANA zone, e.g. Asia/Bangkok: every date and time in a reply is shown in it. */
  timeZone: string;
  signature?: string;
  /** Languages the shop answers in (its settings); defaults to MARKET_INFO[market].languages. */
  languages?: Language[];
}

export interface ReplyContext {
  /** The shop's default reply language, used when the buyer writes in one the shop does not answer in.
   * Normally the first language of the shop (MARKET_INFO[market].languages[0]). */
  language: Language;
  market: Market;
  shop: ShopFacts;
  buyerName?: string | null;
  now: Date;
  /** The order the conversation is about, when the caller found it. */
  order?: OrderFacts | null;
  /** The buyer's recent orders at this shop (Get Order List by buyer_user_id, §7.11). */
  buyerOrders?: OrderFacts[];
  knowledge?: KnowledgeHit[];
  policies: ShopPolicies;
  /** When a person will answer, from the roster; null or missing when the roster does not say. */
  nextHumanAt?: Date | null;
}

const DAY_MS = 86_400_000;
/** TikTok lets a shop message a buyer about an order for 60 days (§7.4); older orders are not "recent". */
const RECENT_DAYS = 60;
const FINISHED: ReadonlySet<OrderStatus> = new Set(['COMPLETED', 'CANCELLED']);

export type OrderSource = 'order' | 'buyerOrders';

/**
 * The order a reply is about: the caller's `order`, else the buyer's order with the id they gave, else
 * the single obvious recent order (exactly one open order in the last 60 days, or exactly one order at
 * all in that window). Returns null when there is none or several — then the reply asks for the number.
 */
export function findOrder(
  ctx: Pick<ReplyContext, 'order' | 'buyerOrders' | 'now'>,
  orderId: string | null,
): { order: OrderFacts; source: OrderSource } | null {
  if (ctx.order) return { order: ctx.order, source: 'order' };
  const orders = ctx.buyerOrders ?? [];
  if (orderId) {
    const match = orders.find((o) => o.id === orderId);
    return match ? { order: match, source: 'buyerOrders' } : null;
  }
  const recent = orders.filter((o) => ctx.now.getTime() - o.createdAt.getTime() <= RECENT_DAYS * DAY_MS);
  const open = recent.filter((o) => !FINISHED.has(o.status));
  const only = open.length === 1 ? open[0] : open.length === 0 && recent.length === 1 ? recent[0] : undefined;
  return only ? { order: only, source: 'buyerOrders' } : null;
}
