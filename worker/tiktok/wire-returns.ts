// Returns, refunds and cancellations (reference §8.5). Status spellings differ between sources (§11.9), so
// statuses stay plain strings here; callers compare with both spellings where it matters.
import * as z from 'zod/mini';
import { idSchema, intSchema, pageTokenSchema } from './wire-common';

const optStr = z.optional(z.string());
const optInt = z.optional(intSchema);

const nextActionSchema = z.looseObject({ action: z.string(), deadline: optInt });

export const refundAmountSchema = z.looseObject({
  currency: optStr,
  refund_total: optStr,
  refund_subtotal: optStr,
  refund_shipping_fee: optStr,
  refund_tax: optStr,
});

export const returnOrderSchema = z.looseObject({
  return_id: idSchema,
  order_id: idSchema,
  return_type: z.string(), // REFUND, RETURN_AND_REFUND, REPLACEMENT
  return_status: z.string(),
  arbitration_status: optStr,
  role: optStr,
  return_reason: optStr,
  return_reason_text: optStr,
  return_method: optStr,
  return_tracking_number: optStr,
  return_provider_name: optStr,
  can_buyer_keep_item: z.optional(z.boolean()),
  seller_proposed_return_type: optStr,
  seller_next_action_response: z._default(z.array(nextActionSchema), []),
  refund_amount: z.optional(refundAmountSchema),
  return_line_items: z._default(
    z.array(z.looseObject({ return_line_item_id: z.optional(idSchema), order_line_item_id: z.optional(idSchema), sku_id: z.optional(idSchema), product_name: optStr, sku_name: optStr })),
    [],
  ),
  create_time: optInt,
  update_time: optInt,
});
export type ReturnOrder = z.infer<typeof returnOrderSchema>;

export const returnsPageSchema = z.object({
  return_orders: z._default(z.array(returnOrderSchema), []),
  next_page_token: pageTokenSchema,
  total_count: optInt,
});

export const returnRecordsSchema = z.object({
  records: z._default(
    z.array(
      z.looseObject({
        event: optStr,
        role: optStr,
        description: optStr,
        reason_text: optStr,
        note: optStr,
        images: z._default(z.array(z.looseObject({ url: z.string() })), []),
        videos: z._default(z.array(z.looseObject({ url: z.string() })), []),
        create_time: optInt,
      }),
    ),
    [],
  ),
});

export const cancellationSchema = z.looseObject({
  cancel_id: idSchema,
  order_id: idSchema,
  cancel_type: optStr, // CANCEL (seller/system) or BUYER_CANCEL (needs the seller's decision)
  cancel_status: z.string(),
  role: optStr,
  cancel_reason: optStr,
  cancel_reason_text: optStr,
  seller_next_action_response: z._default(z.array(nextActionSchema), []),
  refund_amount: z.optional(refundAmountSchema),
  create_time: optInt,
  update_time: optInt,
});
export type Cancellation = z.infer<typeof cancellationSchema>;

export const cancellationsPageSchema = z.object({
  cancellations: z._default(z.array(cancellationSchema), []),
  next_page_token: pageTokenSchema,
  total_count: optInt,
});

export const rejectReasonsSchema = z.object({
  reasons: z._default(z.array(z.looseObject({ name: z.string(), text: z._default(z.string(), '') })), []),
});

export const aftersaleEligibilitySchema = z.object({
  sku_eligibility: z._default(
    z.array(
      z.looseObject({
        sku_id: idSchema,
        line_item_eligibility: z._default(
          z.array(z.looseObject({ request_type: z.string(), eligible: z.boolean(), ineligible_code: z.optional(z.union([z.string(), z.number()])), ineligible_reason: optStr })),
          [],
        ),
      }),
    ),
    [],
  ),
});
