// Per demo shop: buyers, orders in every status (with line items, amounts in the market's currency, carriers,
// tracking numbers and events), returns of every type and cancellations in several states. Deterministic:
// the same ids on every start; times are relative to the clock at the moment the state is built.
import type { Market } from '../shared/markets';
import { catalogFor } from './fixtures-catalog';
import { DEMO_SHOPS, type DemoShop } from './fixtures';
import { MARKET_FIXTURES } from './fixtures-markets';
import { digits, fillPattern, seededRandom } from './ids';
import type { OrderStatus, SbxBuyer, SbxCancellation, SbxLineItem, SbxOrder, SbxReturn } from './state';

const H = 3600;

interface OrderPlan {
  status: OrderStatus;
  buyer: number;
  ageH: number;
  units?: number;
  ret?: { type: SbxReturn['type']; status: string };
  cancel?: string; // cancellation status
}

// Every status, and the orders that returns and cancellations hang on.
const PLAN: OrderPlan[] = [
  { status: 'UNPAID', buyer: 2, ageH: 2 },
  { status: 'ON_HOLD', buyer: 3, ageH: 5 },
  { status: 'AWAITING_SHIPMENT', buyer: 4, ageH: 20 },
  { status: 'AWAITING_SHIPMENT', buyer: 1, ageH: 30, cancel: 'CANCELLATION_REQUEST_PENDING' },
  { status: 'AWAITING_COLLECTION', buyer: 2, ageH: 44 },
  { status: 'PARTIALLY_SHIPPING', buyer: 3, ageH: 70, units: 2 },
  { status: 'IN_TRANSIT', buyer: 0, ageH: 96 },
  { status: 'IN_TRANSIT', buyer: 1, ageH: 120 },
  { status: 'IN_TRANSIT', buyer: 4, ageH: 110, cancel: 'CANCELLATION_REQUEST_CANCELLED' },
  { status: 'DELIVERED', buyer: 0, ageH: 200 },
  { status: 'DELIVERED', buyer: 3, ageH: 220, ret: { type: 'REFUND', status: 'RETURN_OR_REFUND_REQUEST_PENDING' } },
  { status: 'DELIVERED', buyer: 4, ageH: 260, ret: { type: 'RETURN_AND_REFUND', status: 'AWAITING_BUYER_SHIP' } },
  { status: 'DELIVERED', buyer: 2, ageH: 300, ret: { type: 'REPLACEMENT', status: 'REPLACEMENT_REQUEST_PENDING' } },
  { status: 'DELIVERED', buyer: 1, ageH: 330, units: 2, ret: { type: 'RETURN_AND_REFUND', status: 'BUYER_SHIPPED_ITEM' } },
  { status: 'COMPLETED', buyer: 4, ageH: 600, ret: { type: 'REFUND', status: 'RETURN_OR_REFUND_REQUEST_COMPLETE' } },
  { status: 'COMPLETED', buyer: 0, ageH: 900 },
  { status: 'CANCELLED', buyer: 2, ageH: 150, cancel: 'CANCELLATION_REQUEST_COMPLETE' },
  { status: 'COMPLETED', buyer: 5, ageH: 2400 }, // 100 days ago: this buyer is no longer reachable (§7.4)
];

const SHIPPING_FEE: Record<Market, number> = { US: 499, GB: 299, ID: 10000, TH: 3500, MY: 490, VN: 25000, PH: 3600, SG: 199 };

const RETURN_REASONS: Record<SbxReturn['type'], [string, string]> = {
  REFUND: ['ecom_order_delivered_refund_reason_damaged', 'Item damaged on arrival'],
  RETURN_AND_REFUND: ['ecom_order_delivered_refund_and_return_reason_not_as_described', 'Item not as described'],
  REPLACEMENT: ['ecom_order_delivered_replacement_reason_defective', 'Item defective or does not work'],
};

export const ORDER_STATUS_RANK: Record<OrderStatus, number> = {
  UNPAID: 0,
  ON_HOLD: 1,
  AWAITING_SHIPMENT: 2,
  PARTIALLY_SHIPPING: 3,
  AWAITING_COLLECTION: 3,
  IN_TRANSIT: 4,
  DELIVERED: 5,
  COMPLETED: 6,
  CANCELLED: -1,
};

export interface ShopCommerce {
  buyers: SbxBuyer[];
  orders: SbxOrder[];
  returns: SbxReturn[];
  cancellations: SbxCancellation[];
}

export function shopImUserId(shop: DemoShop): string {
  return `7494${shop.id.slice(4)}`;
}
export function agentImUserId(shop: DemoShop): string {
  return `7495${shop.id.slice(4)}`;
}

export function buildShopCommerce(shop: DemoShop, nowS: number): ShopCommerce {
  const shopNo = DEMO_SHOPS.indexOf(shop) + 1;
  const rand = seededRandom(9000 + shopNo);
  const m = MARKET_FIXTURES[shop.region];
  const catalog = catalogFor(shop.region);

  const buyers: SbxBuyer[] = m.buyers.map((b, i) => ({
    userId: `74940${shopNo}${digits(rand, 13)}`,
    imUserId: `74945${shopNo}${digits(rand, 13)}`,
    shopId: shop.id,
    name: b.name,
    nickname: b.nickname,
    ...(shop.region === 'ID' ? { platform: b.platform ?? 'TIKTOK_SHOP' } : {}),
    address: m.addresses[i % m.addresses.length]!,
  }));

  const orders: SbxOrder[] = [];
  const returns: SbxReturn[] = [];
  const cancellations: SbxCancellation[] = [];

  PLAN.forEach((plan, n) => {
    const buyer = buyers[plan.buyer]!;
    const create = nowS - plan.ageH * H;
    const units = plan.units ?? 1 + Math.floor(rand() * 2);
    const lineItems: SbxLineItem[] = [];
    for (let u = 0; u < units; u++) {
      const product = catalog[(n + u) % catalog.length]!;
      const sku = product.skus[u % product.skus.length]!;
      const discounted = n % 3 === 0;
      lineItems.push({
        id: `57${shopNo}${String(n).padStart(2, '0')}${u}${digits(rand, 12)}`,
        productId: product.id,
        skuId: sku.id,
        productName: product.name,
        skuName: sku.name,
        sellerSku: sku.sellerSku,
        originalPrice: sku.price,
        price: discounted ? Math.round(sku.price * 0.9) : sku.price,
        shipped: plan.status === 'PARTIALLY_SHIPPING' ? u === 0 : ORDER_STATUS_RANK[plan.status] >= 3,
        cancelled: plan.status === 'CANCELLED',
      });
    }
    const carrier = m.carriers[n % m.carriers.length]!;
    const rank = ORDER_STATUS_RANK[plan.status];
    const age = plan.ageH * H;
    const shipped = rank >= 3;
    const order: SbxOrder = {
      id: `57${shopNo}${String(n).padStart(2, '0')}${digits(rand, 13)}`,
      shopId: shop.id,
      market: shop.region,
      buyerUserId: buyer.userId,
      status: plan.status,
      currency: m.currency,
      lineItems,
      shippingFee: SHIPPING_FEE[shop.region],
      sellerDiscount: lineItems.reduce((s, li) => s + li.originalPrice - li.price, 0),
      platformDiscount: n % 2 === 0 ? SHIPPING_FEE[shop.region] : 0, // free-shipping voucher
      buyerMessage: n === 2 ? 'Please pack carefully, it is a gift.' : '',
      createTime: create,
      updateTime: create,
      paidTime: plan.status === 'UNPAID' ? null : create + 300,
      rtsTime: shipped ? create + Math.round(age * 0.25) : null,
      collectionTime: rank >= 4 ? create + Math.round(age * 0.35) : null,
      deliveryTime: rank >= 5 ? create + Math.round(age * 0.8) : null,
      cancelTime: plan.status === 'CANCELLED' ? create + Math.round(age * 0.2) : null,
      cancelReason: plan.status === 'CANCELLED' ? 'No longer needed' : null,
      cancellationInitiator: plan.status === 'CANCELLED' ? 'BUYER' : null,
      isBuyerRequestCancel: plan.cancel === 'CANCELLATION_REQUEST_PENDING',
      packageId: shipped ? `11${shopNo}${String(n).padStart(2, '0')}${digits(rand, 14)}` : null,
      carrier: { name: carrier.name, id: carrier.id },
      trackingNumber: shipped ? fillPattern(rand, carrier.pattern) : null,
      tracking: [],
      deliveryOptionName: 'Standard Shipping',
      replacedOrderId: null,
    };
    order.tracking = trackingFor(order, m.tracking);
    order.updateTime = Math.max(order.paidTime ?? create, order.rtsTime ?? 0, order.collectionTime ?? 0, order.deliveryTime ?? 0, order.cancelTime ?? 0);
    if (plan.status === 'COMPLETED') order.updateTime = (order.deliveryTime ?? create) + 7 * 24 * H;
    orders.push(order);

    if (plan.ret) returns.push(buildReturn(shopNo, n, order, plan.ret, rand));
    if (plan.cancel) cancellations.push(buildCancellation(shopNo, n, order, plan.cancel, rand));
  });

  return { buyers, orders, returns, cancellations };
}

// Carrier events up to the order's status, oldest first.
export function trackingFor(o: SbxOrder, texts: readonly string[]): SbxOrder['tracking'] {
  const events: SbxOrder['tracking'] = [];
  if (o.rtsTime) events.push({ description: texts[0]!, ms: o.rtsTime * 1000 });
  if (o.collectionTime) {
    events.push({ description: texts[1]!, ms: o.collectionTime * 1000 });
    events.push({ description: texts[2]!, ms: (o.collectionTime + 10 * H) * 1000 });
  }
  if (o.deliveryTime) {
    events.push({ description: texts[3]!, ms: (o.deliveryTime - 4 * H) * 1000 });
    events.push({ description: texts[4]!, ms: o.deliveryTime * 1000 });
  }
  return events;
}

function buildReturn(shopNo: number, n: number, order: SbxOrder, ret: NonNullable<OrderPlan['ret']>, rand: () => number): SbxReturn {
  const [reason, reasonText] = RETURN_REASONS[ret.type];
  const created = (order.deliveryTime ?? order.createTime) + 6 * H;
  const items = order.lineItems.slice(0, 1);
  const r: SbxReturn = {
    id: `40${shopNo}${String(n).padStart(2, '0')}${digits(rand, 14)}`,
    shopId: order.shopId,
    orderId: order.id,
    buyerUserId: order.buyerUserId,
    type: ret.type,
    status: ret.status,
    arbitrationStatus: null,
    role: 'BUYER',
    reason,
    reasonText,
    lineItemIds: items.map((li) => li.id),
    refundTotal: items.reduce((s, li) => s + li.price, 0),
    currency: order.currency,
    returnTrackingNumber: ret.status === 'BUYER_SHIPPED_ITEM' ? `RT${digits(rand, 12)}` : null,
    sellerProposedReturnType: null,
    partialRefund: null,
    buyerKeepItem: false,
    createTime: created,
    updateTime: created + (ret.status.endsWith('PENDING') ? 0 : 2 * H),
    records: [
      { event: 'ORDER_RETURN', role: 'BUYER', description: 'Buyer requested a ' + ret.type.toLowerCase().replace(/_/g, ' '), reasonText, note: 'Please see the photo.', images: ['evidence-1'], createTime: created },
    ],
  };
  if (!ret.status.endsWith('PENDING')) {
    r.records.push({ event: 'ORDER_RETURN', role: 'SHOP', description: 'Seller approved the request', reasonText: '', note: '', images: [], createTime: created + H });
  }
  if (ret.status === 'BUYER_SHIPPED_ITEM') {
    r.records.push({ event: 'ORDER_RETURN', role: 'BUYER', description: 'Buyer shipped the item back', reasonText: '', note: '', images: [], createTime: created + 2 * H });
  }
  if (ret.status === 'RETURN_OR_REFUND_REQUEST_COMPLETE') {
    r.records.push({ event: 'ORDER_RETURN', role: 'SYSTEM', description: 'Refund issued', reasonText: '', note: '', images: [], createTime: created + 2 * H });
  }
  return r;
}

function buildCancellation(shopNo: number, n: number, order: SbxOrder, status: string, rand: () => number): SbxCancellation {
  const created = order.status === 'CANCELLED' ? (order.cancelTime ?? order.createTime) - 600 : order.createTime + 2 * H;
  return {
    id: `41${shopNo}${String(n).padStart(2, '0')}${digits(rand, 14)}`,
    shopId: order.shopId,
    orderId: order.id,
    buyerUserId: order.buyerUserId,
    type: 'BUYER_CANCEL',
    status,
    role: 'BUYER',
    reason: 'ecom_order_cancel_reason_no_longer_needed',
    reasonText: 'No longer needed',
    lineItemIds: order.lineItems.map((li) => li.id),
    refundTotal: order.lineItems.reduce((s, li) => s + li.price, 0) + order.shippingFee - order.platformDiscount,
    currency: order.currency,
    previousOrderStatus: order.status === 'CANCELLED' ? 'AWAITING_SHIPMENT' : order.status,
    createTime: created,
    updateTime: status === 'CANCELLATION_REQUEST_PENDING' ? created : created + 600,
  };
}
