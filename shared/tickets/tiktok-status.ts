// Which ticket state a TikTok after-sales status corresponds to (reference §8.5). TikTok spells some statuses
// two ways (§11.9): both are accepted. Arbitration is a separate field that wins while IN_PROGRESS; its
// outcome shows up in return_status afterwards.
import type { CancellationState } from './cancellation';
import type { TicketStates } from './machine';
import type { TicketKind } from './types';

export const TIKTOK_RETURN_TYPES = { REFUND: 'refund', RETURN_AND_REFUND: 'return_refund', REPLACEMENT: 'resend' } as const;
export type TikTokReturnType = keyof typeof TIKTOK_RETURN_TYPES;

export const TIKTOK_RETURN_STATUSES = [
  'RETURN_OR_REFUND_REQUEST_PENDING',
  'REFUND_OR_RETURN_REQUEST_REJECT',
  'AWAITING_BUYER_SHIP',
  'BUYER_SHIPPED_ITEM',
  'REJECT_RECEIVED_PACKAGE',
  'RETURN_OR_REFUND_REQUEST_SUCCESS',
  'RETURN_OR_REFUND_REQUEST_COMPLETE',
  'RETURN_OR_REFUND_REQUEST_CANCEL',
  'AWAITING_BUYER_RESPONSE',
  'REPLACEMENT_REQUEST_PENDING',
  'REPLACEMENT_REQUEST_REJECT',
  'REPLACEMENT_REQUEST_REFUND_SUCCESS',
  'REPLACEMENT_REQUEST_CANCEL',
  'REPLACEMENT_REQUEST_COMPLETE',
] as const;
export type TikTokReturnStatus = (typeof TIKTOK_RETURN_STATUSES)[number];

export const TIKTOK_CANCEL_STATUSES = [
  'CANCELLATION_REQUEST_PENDING',
  'CANCELLATION_REQUEST_SUCCESS',
  'CANCELLATION_REQUEST_CANCELLED',
  'CANCELLATION_REQUEST_COMPLETE',
] as const;
export type TikTokCancelStatus = (typeof TIKTOK_CANCEL_STATUSES)[number];

/** Other spellings seen in TikTok's docs and payloads → the canonical status. */
export const TIKTOK_STATUS_ALIASES: Readonly<Record<string, TikTokReturnStatus | TikTokCancelStatus>> = {
  RETURN_OR_REFUND_REQUEST_REJECT: 'REFUND_OR_RETURN_REQUEST_REJECT',
  RETURN_OR_REFUND_REQUEST_CANCELLED: 'RETURN_OR_REFUND_REQUEST_CANCEL',
  RETURN_OR_REFUND__REQUEST_CANCELLED: 'RETURN_OR_REFUND_REQUEST_CANCEL', // webhook 12 prose
  REPLACEMENT_REQUEST_CANCELLED: 'REPLACEMENT_REQUEST_CANCEL',
  CANCELLATION_REQUEST_CANCEL: 'CANCELLATION_REQUEST_CANCELLED', // Search Cancellations filter
};

const RETURN_MAP: { [K in 'refund' | 'return_refund' | 'resend']: Partial<Record<TikTokReturnStatus, TicketStates[K]>> } = {
  refund: {
    RETURN_OR_REFUND_REQUEST_PENDING: 'requested',
    AWAITING_BUYER_RESPONSE: 'awaiting_buyer',
    RETURN_OR_REFUND_REQUEST_SUCCESS: 'refund_approved',
    RETURN_OR_REFUND_REQUEST_COMPLETE: 'refunded',
    REFUND_OR_RETURN_REQUEST_REJECT: 'rejected',
    RETURN_OR_REFUND_REQUEST_CANCEL: 'withdrawn',
  },
  return_refund: {
    RETURN_OR_REFUND_REQUEST_PENDING: 'requested',
    AWAITING_BUYER_RESPONSE: 'awaiting_buyer',
    AWAITING_BUYER_SHIP: 'awaiting_buyer_ship',
    BUYER_SHIPPED_ITEM: 'buyer_shipped',
    REJECT_RECEIVED_PACKAGE: 'package_rejected',
    RETURN_OR_REFUND_REQUEST_SUCCESS: 'refund_approved',
    RETURN_OR_REFUND_REQUEST_COMPLETE: 'refunded',
    REFUND_OR_RETURN_REQUEST_REJECT: 'rejected',
    RETURN_OR_REFUND_REQUEST_CANCEL: 'withdrawn',
  },
  resend: {
    REPLACEMENT_REQUEST_PENDING: 'requested',
    AWAITING_BUYER_RESPONSE: 'awaiting_buyer',
    REPLACEMENT_REQUEST_COMPLETE: 'approved',
    REPLACEMENT_REQUEST_REFUND_SUCCESS: 'refunded',
    REPLACEMENT_REQUEST_REJECT: 'rejected',
    REPLACEMENT_REQUEST_CANCEL: 'withdrawn',
  },
};

const CANCEL_MAP: Record<TikTokCancelStatus, CancellationState> = {
  CANCELLATION_REQUEST_PENDING: 'requested',
  CANCELLATION_REQUEST_SUCCESS: 'cancelled',
  CANCELLATION_REQUEST_COMPLETE: 'refunded',
  CANCELLATION_REQUEST_CANCELLED: 'withdrawn',
};

export type TikTokMapping = { [K in TicketKind]: { kind: K; state: TicketStates[K] } }[TicketKind];

function canonical(status: string): string {
  const s = status.trim().toUpperCase();
  return TIKTOK_STATUS_ALIASES[s] ?? s;
}

/**
 * The ticket kind and state for a TikTok return record, or null for a status that does not belong to that
 * return type or is unknown (log it: TikTok may have added one).
 */
export function fromTikTokReturnStatus(returnStatus: string, returnType: string, arbitrationStatus?: string | null): TikTokMapping | null {
  const kind = TIKTOK_RETURN_TYPES[returnType?.trim().toUpperCase() as TikTokReturnType];
  if (!kind) return null;
  if (arbitrationStatus?.trim().toUpperCase() === 'IN_PROGRESS') return { kind, state: 'in_arbitration' } as TikTokMapping;
  const state = (RETURN_MAP[kind] as Record<string, string>)[canonical(returnStatus ?? '')];
  return state ? ({ kind, state } as TikTokMapping) : null;
}

/** The cancellation ticket state for a TikTok cancel_status, or null if unknown. */
export function fromTikTokCancelStatus(cancelStatus: string): CancellationState | null {
  return CANCEL_MAP[canonical(cancelStatus ?? '') as TikTokCancelStatus] ?? null;
}
