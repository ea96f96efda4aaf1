// Order cancellation (TikTok cancellations: cancel_type BUYER_CANCEL needs the seller's answer; CANCEL is
// the seller or the system cancelling directly).
//   CANCELLATION_REQUEST_PENDING → SUCCESS (order cancelled) → COMPLETE (refund issued)
//                                ↘ CANCELLED / CANCEL (request closed without cancelling)
import { defineKind } from './types';

export const CANCELLATION_STATES = [
  'open',
  'requested', // CANCELLATION_REQUEST_PENDING
  'cancelled', // CANCELLATION_REQUEST_SUCCESS: the order is cancelled, the refund is on its way
  'refunded', // CANCELLATION_REQUEST_COMPLETE
  'rejected', // the seller refused (too late, already shipped)
  'withdrawn', // CANCELLATION_REQUEST_CANCELLED (also spelled …_CANCEL)
  'closed',
] as const;
export type CancellationState = (typeof CANCELLATION_STATES)[number];

export const CANCELLATION = defineKind<CancellationState>('cancellation', CANCELLATION_STATES, ['refunded', 'rejected', 'withdrawn', 'closed'], [
  // from          event            to           buyer notice
  ['open',         'request_sent',  'requested', 'cancellation_requested'],
  ['open',         'cancelled',     'cancelled', 'order_cancelled'], // the seller cancels directly
  ['open',         'rejected',      'rejected',  'cancellation_rejected'], // answered in chat: too late
  ['requested',    'approved',      'cancelled', 'order_cancelled'],
  ['requested',    'rejected',      'rejected',  'cancellation_rejected'],
  ['requested',    'withdrawn',     'withdrawn', null],
  ['cancelled',    'refunded',      'refunded',  'refund_issued'],
]);
