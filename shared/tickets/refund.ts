// Refund only (TikTok return_type REFUND): no parcel travels back.
//   PENDING → SUCCESS → COMPLETE, or REJECT, or CANCEL; AWAITING_BUYER_RESPONSE after a seller offer.
import { defineKind } from './types';

export const REFUND_STATES = [
  'open', // raised in chat, no TikTok request yet
  'requested', // RETURN_OR_REFUND_REQUEST_PENDING
  'awaiting_buyer', // AWAITING_BUYER_RESPONSE
  'refund_approved', // RETURN_OR_REFUND_REQUEST_SUCCESS
  'in_arbitration', // arbitration IN_PROGRESS
  'refunded', // RETURN_OR_REFUND_REQUEST_COMPLETE
  'rejected', // REFUND_OR_RETURN_REQUEST_REJECT
  'withdrawn', // RETURN_OR_REFUND_REQUEST_CANCEL
  'closed',
] as const;
export type RefundState = (typeof REFUND_STATES)[number];

export const REFUND = defineKind<RefundState>('refund', REFUND_STATES, ['refunded', 'rejected', 'withdrawn', 'closed'], [
  // from              event                 to                 buyer notice
  ['open',             'request_sent',       'requested',       'refund_requested'],
  ['requested',        'approved',           'refund_approved', 'refund_approved'],
  ['requested',        'rejected',           'rejected',        'refund_rejected'],
  ['requested',        'proposal_sent',      'awaiting_buyer',  'alternative_offered'],
  ['requested',        'withdrawn',          'withdrawn',       null],
  ['awaiting_buyer',   'approved',           'refund_approved', 'refund_approved'],
  ['awaiting_buyer',   'proposal_declined',  'requested',       null],
  ['awaiting_buyer',   'withdrawn',          'withdrawn',       null],
  ['refund_approved',  'refunded',           'refunded',        'refund_issued'],
  ['rejected',         'escalated',          'in_arbitration',  null],
  ['in_arbitration',   'ruled_for_buyer',    'refund_approved', 'refund_approved'],
  ['in_arbitration',   'ruled_for_seller',   'rejected',        null],
  ['in_arbitration',   'withdrawn',          'withdrawn',       null],
]);
