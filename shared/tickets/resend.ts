// Resend or replacement (TikTok return_type REPLACEMENT, or the seller resending a missing item on its own).
//   REPLACEMENT_REQUEST_PENDING → COMPLETE (a replacement order exists) | REJECT | REFUND_SUCCESS | CANCEL
// TikTok's COMPLETE is our 'approved': the case goes on until the new parcel is shipped and delivered.
import { defineKind } from './types';

export const RESEND_STATES = [
  'open',
  'requested', // REPLACEMENT_REQUEST_PENDING
  'awaiting_buyer', // AWAITING_BUYER_RESPONSE (the seller offered a refund instead)
  'approved', // REPLACEMENT_REQUEST_COMPLETE, or the seller decided to resend
  'resend_shipped',
  'in_arbitration', // arbitration IN_PROGRESS
  'delivered',
  'refunded', // REPLACEMENT_REQUEST_REFUND_SUCCESS
  'rejected', // REPLACEMENT_REQUEST_REJECT
  'withdrawn', // REPLACEMENT_REQUEST_CANCEL
  'closed',
] as const;
export type ResendState = (typeof RESEND_STATES)[number];

export const RESEND = defineKind<ResendState>('resend', RESEND_STATES, ['delivered', 'refunded', 'rejected', 'withdrawn', 'closed'], [
  // from              event                 to                buyer notice
  ['open',             'request_sent',       'requested',      'resend_requested'],
  ['open',             'approved',           'approved',       'resend_approved'], // the seller resends on its own
  ['requested',        'approved',           'approved',       'resend_approved'],
  ['requested',        'rejected',           'rejected',       'resend_rejected'],
  ['requested',        'proposal_sent',      'awaiting_buyer', 'alternative_offered'],
  ['requested',        'refunded',           'refunded',       'refund_issued'],
  ['requested',        'withdrawn',          'withdrawn',      null],
  ['awaiting_buyer',   'refunded',           'refunded',       'refund_issued'],
  ['awaiting_buyer',   'proposal_declined',  'requested',      null],
  ['awaiting_buyer',   'withdrawn',          'withdrawn',      null],
  ['approved',         'resend_shipped',     'resend_shipped', 'resend_shipped'],
  ['approved',         'refunded',           'refunded',       'refund_issued'], // could not resend after all
  ['resend_shipped',   'delivered',          'delivered',      'resend_delivered'],
  ['rejected',         'escalated',          'in_arbitration', null],
  ['in_arbitration',   'ruled_for_buyer',    'approved',       'resend_approved'],
  ['in_arbitration',   'ruled_for_seller',   'rejected',       null],
  ['in_arbitration',   'withdrawn',          'withdrawn',      null],
]);
