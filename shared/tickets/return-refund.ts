// Return and refund (TikTok return_type RETURN_AND_REFUND): the buyer sends the item back first.
//   PENDING → AWAITING_BUYER_SHIP → BUYER_SHIPPED_ITEM → SUCCESS → COMPLETE
//                                                     ↘ REJECT_RECEIVED_PACKAGE
// 'parcel_received' is our own step between BUYER_SHIPPED_ITEM and the seller's decision (TikTok has no
// status for it): the warehouse has the parcel and is inspecting it.
import { defineKind } from './types';

export const RETURN_REFUND_STATES = [
  'open',
  'requested', // RETURN_OR_REFUND_REQUEST_PENDING
  'awaiting_buyer', // AWAITING_BUYER_RESPONSE
  'awaiting_buyer_ship', // AWAITING_BUYER_SHIP: return approved
  'buyer_shipped', // BUYER_SHIPPED_ITEM
  'parcel_received', // (AskChat only) arrived, being inspected
  'refund_approved', // RETURN_OR_REFUND_REQUEST_SUCCESS
  'in_arbitration', // arbitration IN_PROGRESS
  'refunded', // RETURN_OR_REFUND_REQUEST_COMPLETE
  'rejected', // REFUND_OR_RETURN_REQUEST_REJECT
  'package_rejected', // REJECT_RECEIVED_PACKAGE
  'withdrawn', // RETURN_OR_REFUND_REQUEST_CANCEL
  'closed',
] as const;
export type ReturnRefundState = (typeof RETURN_REFUND_STATES)[number];

export const RETURN_REFUND = defineKind<ReturnRefundState>(
  'return_refund',
  RETURN_REFUND_STATES,
  ['refunded', 'rejected', 'package_rejected', 'withdrawn', 'closed'],
  [
    // from                  event                to                     buyer notice
    ['open',                 'request_sent',      'requested',           'return_requested'],
    ['requested',            'approved',          'awaiting_buyer_ship', 'return_approved'],
    ['requested',            'rejected',          'rejected',            'return_rejected'],
    ['requested',            'proposal_sent',     'awaiting_buyer',      'alternative_offered'],
    ['requested',            'withdrawn',         'withdrawn',           null],
    ['awaiting_buyer',       'approved',          'refund_approved',     'refund_approved'], // took the offer, keeps the item
    ['awaiting_buyer',       'proposal_declined', 'requested',           null],
    ['awaiting_buyer',       'withdrawn',         'withdrawn',           null],
    ['awaiting_buyer_ship',  'buyer_shipped',     'buyer_shipped',       null],
    ['awaiting_buyer_ship',  'withdrawn',         'withdrawn',           null], // includes not shipping in time
    ['buyer_shipped',        'parcel_received',   'parcel_received',     'return_received'],
    ['buyer_shipped',        'approved',          'refund_approved',     'refund_approved'],
    ['buyer_shipped',        'rejected',          'package_rejected',    'package_rejected'],
    ['parcel_received',      'approved',          'refund_approved',     'refund_approved'],
    ['parcel_received',      'rejected',          'package_rejected',    'package_rejected'],
    ['refund_approved',      'refunded',          'refunded',            'refund_issued'],
    ['rejected',             'escalated',         'in_arbitration',      null],
    ['package_rejected',     'escalated',         'in_arbitration',      null],
    ['in_arbitration',       'approved',          'awaiting_buyer_ship', 'return_approved'], // TikTok wants the item back first
    ['in_arbitration',       'ruled_for_buyer',   'refund_approved',     'refund_approved'],
    ['in_arbitration',       'ruled_for_seller',  'rejected',            null],
    ['in_arbitration',       'withdrawn',         'withdrawn',           null],
  ],
);
