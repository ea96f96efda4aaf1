// The twelve intent queues (../shared/datasets/README.md). The order is the order queues are shown in.
export const INTENTS = [
  'order_status',
  'return_refund',
  'cancel_order',
  'address_change',
  'damaged_wrong_item',
  'product_question',
  'coupon_promo',
  'payment',
  'complaint',
  'human_request',
  'greeting',
  'other',
] as const;
export type Intent = (typeof INTENTS)[number];

export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];
