// The sandbox's orders, returns and cancellations in TikTok's wire shapes (reference §8). Money is kept in
// minor units and sent as decimal strings in the market currency.
import { MARKET_FIXTURES } from './fixtures-markets';
import type { OrderStatus, SbxCancellation, SbxLineItem, SbxOrder, SbxReturn } from './state';
import { SELLER_NEXT_ACTION } from './transitions';
import type { SandboxContext } from './context';

export function money(minor: number, currency: string): string {
  const decimals = currency === 'IDR' || currency === 'VND' ? 0 : 2;
  return decimals === 0 ? String(minor) : (minor / 100).toFixed(2);
}

// Order status as the type-1 webhook spells it: CANCEL, not CANCELLED (§6.6, §11.9).
export function webhookOrderStatus(status: OrderStatus): string {
  return status === 'CANCELLED' ? 'CANCEL' : status;
}

function displayStatus(o: SbxOrder, li: SbxLineItem): string {
  if (li.cancelled || o.status === 'CANCELLED') return 'CANCELLED';
  if (o.status === 'PARTIALLY_SHIPPING') return li.shipped ? 'IN_TRANSIT' : 'AWAITING_SHIPMENT';
  if (o.status === 'ON_HOLD') return 'AWAITING_SHIPMENT';
  return o.status;
}

function packageStatus(o: SbxOrder, li: SbxLineItem): string {
  if (li.cancelled || o.status === 'CANCELLED') return 'CANCELLED';
  if (!li.shipped) return 'TO_FULFILL';
  if (o.status === 'AWAITING_COLLECTION') return 'PROCESSING';
  if (o.status === 'IN_TRANSIT' || o.status === 'PARTIALLY_SHIPPING') return 'FULFILLING';
  return 'COMPLETED';
}

function mask(name: string): string {
  return name
    .split(' ')
    .map((w) => (w.length <= 1 ? w : [...w][0] + '***'))
    .join(' ');
}

export function orderToWire(ctx: SandboxContext, o: SbxOrder) {
  const buyer = ctx.state.buyers[o.buyerUserId];
  const subTotal = o.lineItems.filter((li) => !li.cancelled).reduce((s, li) => s + li.price, 0);
  const original = o.lineItems.reduce((s, li) => s + li.originalPrice, 0);
  const total = subTotal + o.shippingFee - o.platformDiscount;
  const hasAddress = o.status !== 'UNPAID' && o.status !== 'ON_HOLD'; // §8.1: absent until then
  const market = MARKET_FIXTURES[o.market];
  const opt = <T>(v: T | null) => (v === null ? undefined : v);
  return {
    id: o.id,
    status: o.status,
    user_id: o.buyerUserId,
    buyer_email: `v2${o.buyerUserId.slice(-10)}@scs.tiktokw.us`,
    buyer_message: o.buyerMessage,
    seller_note: '',
    create_time: o.createTime,
    update_time: o.updateTime,
    paid_time: opt(o.paidTime),
    rts_time: opt(o.rtsTime),
    rts_sla_time: o.paidTime ? o.paidTime + 2 * 86400 : undefined,
    collection_time: opt(o.collectionTime),
    delivery_time: opt(o.deliveryTime),
    cancel_time: opt(o.cancelTime),
    cancel_reason: opt(o.cancelReason),
    cancellation_initiator: opt(o.cancellationInitiator),
    is_on_hold_order: o.status === 'ON_HOLD',
    is_buyer_request_cancel: o.isBuyerRequestCancel,
    is_cod: false,
    is_sample_order: false,
    is_replacement_order: o.replacedOrderId !== null,
    replaced_order_id: opt(o.replacedOrderId),
    order_type: 'NORMAL',
    shipping_type: 'TIKTOK',
    fulfillment_type: 'FULFILLMENT_BY_SELLER',
    delivery_type: 'HOME_DELIVERY',
    delivery_option_name: o.deliveryOptionName,
    shipping_provider: o.carrier.name,
    shipping_provider_id: o.carrier.id,
    tracking_number: opt(o.trackingNumber),
    packages: o.packageId ? [{ id: o.packageId }] : [],
    ...(o.market === 'ID' ? { commerce_platform: buyer?.platform ?? 'TIKTOK_SHOP' } : {}),
    payment: {
      currency: o.currency,
      sub_total: money(subTotal, o.currency),
      shipping_fee: money(o.shippingFee - o.platformDiscount, o.currency),
      seller_discount: money(o.sellerDiscount, o.currency),
      platform_discount: money(o.platformDiscount, o.currency),
      total_amount: money(total, o.currency),
      original_total_product_price: money(original, o.currency),
      original_shipping_fee: money(o.shippingFee, o.currency),
      tax: money(0, o.currency),
    },
    recipient_address:
      hasAddress && buyer
        ? {
            name: mask(buyer.name),
            phone_number: market.phone,
            full_address: `${buyer.address.line}, ${buyer.address.city}, ${buyer.address.region} ${buyer.address.postal}`,
            address_detail: buyer.address.line,
            address_line1: buyer.address.line,
            postal_code: buyer.address.postal,
            region_code: o.market,
            ...(o.market === 'GB' ? { post_town: buyer.address.city } : {}),
            district_info: [
              { address_level_name: 'Country', address_name: o.market, address_level: 'L0' },
              { address_level_name: 'State', address_name: buyer.address.region, address_level: 'L1' },
              { address_level_name: 'City', address_name: buyer.address.city, address_level: 'L2' },
            ],
          }
        : undefined,
    line_items: o.lineItems.map((li) => ({
      id: li.id,
      sku_id: li.skuId,
      product_id: li.productId,
      product_name: li.productName,
      sku_name: li.skuName,
      sku_image: `${ctx.opts.publicUrl}/assets/image/product-${li.productId}.svg`,
      seller_sku: li.sellerSku,
      original_price: money(li.originalPrice, o.currency),
      sale_price: money(li.price, o.currency),
      seller_discount: money(li.originalPrice - li.price, o.currency),
      platform_discount: money(0, o.currency),
      currency: o.currency,
      display_status: displayStatus(o, li),
      ...(li.shipped && o.packageId
        ? {
            package_id: o.packageId,
            package_status: packageStatus(o, li),
            tracking_number: o.trackingNumber ?? undefined,
            shipping_provider_name: o.carrier.name,
            shipping_provider_id: o.carrier.id,
            rts_time: o.rtsTime ?? undefined,
          }
        : {}),
      ...(li.cancelled ? { cancel_user: o.cancellationInitiator ?? 'BUYER', cancel_reason: o.cancelReason ?? '' } : {}),
      is_gift: false,
    })),
  };
}

export function returnToWire(r: SbxReturn, order?: SbxOrder) {
  const action = SELLER_NEXT_ACTION[r.status];
  return {
    return_id: r.id,
    order_id: r.orderId,
    return_type: r.type,
    return_status: r.status,
    ...(r.arbitrationStatus ? { arbitration_status: r.arbitrationStatus } : {}),
    role: r.role,
    return_reason: r.reason,
    return_reason_text: r.reasonText,
    return_method: r.type === 'REFUND' ? undefined : 'BUYER_SHIPPED',
    return_tracking_number: r.returnTrackingNumber ?? undefined,
    can_buyer_keep_item: r.buyerKeepItem,
    seller_proposed_return_type: r.sellerProposedReturnType ?? undefined,
    partial_refund: r.partialRefund ?? undefined,
    seller_next_action_response: action ? [{ action, deadline: r.updateTime + 2 * 86400 }] : [],
    refund_amount: {
      currency: r.currency,
      refund_total: money(r.refundTotal, r.currency),
      refund_subtotal: money(r.refundTotal, r.currency),
      refund_shipping_fee: money(0, r.currency),
      refund_tax: money(0, r.currency),
    },
    return_line_items: r.lineItemIds.map((id, i) => {
      const li = order?.lineItems.find((x) => x.id === id);
      return {
        return_line_item_id: `${r.id.slice(0, 15)}${String(i).padStart(4, '0')}`,
        order_line_item_id: id,
        ...(li ? { sku_id: li.skuId, product_name: li.productName, sku_name: li.skuName, seller_sku: li.sellerSku, refund_amount: { currency: r.currency, refund_total: money(li.price, r.currency) } } : {}),
      };
    }),
    create_time: r.createTime,
    update_time: r.updateTime,
  };
}

export function cancellationToWire(x: SbxCancellation) {
  return {
    cancel_id: x.id,
    order_id: x.orderId,
    cancel_type: x.type,
    cancel_status: x.status,
    role: x.role,
    cancel_reason: x.reason,
    cancel_reason_text: x.reasonText,
    seller_next_action_response: x.status === 'CANCELLATION_REQUEST_PENDING' ? [{ action: 'SELLER_RESPOND_CANCEL', deadline: x.createTime + 2 * 86400 }] : [],
    refund_amount: { currency: x.currency, refund_total: money(x.refundTotal, x.currency) },
    cancel_line_items: x.lineItemIds.map((id) => ({ order_line_item_id: id })),
    create_time: x.createTime,
    update_time: x.updateTime,
  };
}
