// Order and logistics shapes (reference §8.1–8.4), reduced to what customer service reads; every object is
// loose, so fields we do not name still come through untyped. Amounts are decimal strings in `currency`.
import * as z from 'zod/mini';
import { idSchema, intSchema, pageTokenSchema } from './wire-common';

const optStr = z.optional(z.string());
const optInt = z.optional(intSchema);

export const lineItemSchema = z.looseObject({
  id: idSchema, // one line item per unit: there is no quantity field
  sku_id: z.optional(idSchema),
  product_id: z.optional(idSchema),
  product_name: optStr,
  sku_name: optStr,
  sku_image: optStr,
  seller_sku: optStr,
  original_price: optStr,
  sale_price: optStr,
  currency: optStr,
  display_status: optStr,
  package_id: z.optional(idSchema),
  package_status: optStr,
  tracking_number: optStr,
  shipping_provider_name: optStr,
  cancel_user: optStr,
  cancel_reason: optStr,
  is_gift: z.optional(z.boolean()),
});

export const paymentSchema = z.looseObject({
  currency: optStr,
  sub_total: optStr,
  shipping_fee: optStr,
  seller_discount: optStr,
  platform_discount: optStr,
  total_amount: optStr,
  tax: optStr,
});

export const addressSchema = z.looseObject({
  name: optStr,
  phone_number: optStr,
  full_address: optStr,
  address_detail: optStr,
  postal_code: optStr,
  region_code: optStr,
  post_town: optStr,
});

export const orderSchema = z.looseObject({
  id: idSchema,
  status: z.string(), // UNPAID, ON_HOLD, AWAITING_SHIPMENT, PARTIALLY_SHIPPING, AWAITING_COLLECTION, IN_TRANSIT, DELIVERED, COMPLETED, CANCELLED
  user_id: z.optional(idSchema),
  buyer_message: optStr,
  create_time: optInt,
  update_time: optInt,
  paid_time: optInt,
  rts_time: optInt,
  collection_time: optInt,
  delivery_time: optInt,
  cancel_time: optInt,
  is_on_hold_order: z.optional(z.boolean()),
  is_buyer_request_cancel: z.optional(z.boolean()),
  cancel_reason: optStr,
  cancellation_initiator: optStr,
  shipping_type: optStr,
  fulfillment_type: optStr,
  delivery_type: optStr,
  delivery_option_name: optStr,
  shipping_provider: optStr,
  tracking_number: optStr,
  commerce_platform: optStr,
  packages: z._default(z.array(z.looseObject({ id: idSchema })), []),
  line_items: z._default(z.array(lineItemSchema), []),
  payment: z.optional(paymentSchema),
  recipient_address: z.optional(addressSchema), // absent while UNPAID / ON_HOLD
});
export type Order = z.infer<typeof orderSchema>;

export const orderDetailSchema = z.object({ orders: z._default(z.array(orderSchema), []) });

export const ordersPageSchema = z.object({
  orders: z._default(z.array(orderSchema), []),
  next_page_token: pageTokenSchema,
  total_count: optInt,
});

export const trackingSchema = z.object({
  tracking: z._default(z.array(z.looseObject({ description: z.string(), update_time_millis: intSchema })), []), // milliseconds
});
export type TrackingEvent = z.infer<typeof trackingSchema>['tracking'][number];

export const packageDetailSchema = z.looseObject({
  package_id: z.optional(idSchema),
  package_status: optStr,
  tracking_number: optStr,
  shipping_provider_name: optStr,
  order_line_item_ids: z.optional(z.array(idSchema)),
});
