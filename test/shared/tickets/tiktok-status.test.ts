import { describe, expect, it } from 'vitest';
import {
  fromTikTokCancelStatus,
  fromTikTokReturnStatus,
  TICKET_MACHINES,
  TIKTOK_CANCEL_STATUSES,
  TIKTOK_RETURN_STATUSES,
  TIKTOK_STATUS_ALIASES,
} from '../../../shared/tickets';

// [return_status, REFUND, RETURN_AND_REFUND, REPLACEMENT] — null where the status does not belong to the type.
const RETURN_CASES = [
  ['RETURN_OR_REFUND_REQUEST_PENDING', 'requested', 'requested', null],
  ['REFUND_OR_RETURN_REQUEST_REJECT', 'rejected', 'rejected', null],
  ['AWAITING_BUYER_SHIP', null, 'awaiting_buyer_ship', null],
  ['BUYER_SHIPPED_ITEM', null, 'buyer_shipped', null],
  ['REJECT_RECEIVED_PACKAGE', null, 'package_rejected', null],
  ['RETURN_OR_REFUND_REQUEST_SUCCESS', 'refund_approved', 'refund_approved', null],
  ['RETURN_OR_REFUND_REQUEST_COMPLETE', 'refunded', 'refunded', null],
  ['RETURN_OR_REFUND_REQUEST_CANCEL', 'withdrawn', 'withdrawn', null],
  ['AWAITING_BUYER_RESPONSE', 'awaiting_buyer', 'awaiting_buyer', 'awaiting_buyer'],
  ['REPLACEMENT_REQUEST_PENDING', null, null, 'requested'],
  ['REPLACEMENT_REQUEST_REJECT', null, null, 'rejected'],
  ['REPLACEMENT_REQUEST_REFUND_SUCCESS', null, null, 'refunded'],
  ['REPLACEMENT_REQUEST_CANCEL', null, null, 'withdrawn'],
  ['REPLACEMENT_REQUEST_COMPLETE', null, null, 'approved'],
] as const;

describe('fromTikTokReturnStatus', () => {
  it('has a case for every return status in the reference', () => {
    expect(RETURN_CASES.map((c) => c[0]).sort()).toEqual([...TIKTOK_RETURN_STATUSES].sort());
  });

  const rows = RETURN_CASES.flatMap(([status, refund, returnRefund, replacement]) => [
    [status, 'REFUND', 'refund', refund],
    [status, 'RETURN_AND_REFUND', 'return_refund', returnRefund],
    [status, 'REPLACEMENT', 'resend', replacement],
  ] as const);

  it.each(rows)('%s on a %s return is a %s ticket in state %s', (status, type, kind, state) => {
    const mapped = fromTikTokReturnStatus(status, type);
    expect(mapped).toEqual(state === null ? null : { kind, state });
    if (state !== null) expect(TICKET_MACHINES[kind].states as readonly string[]).toContain(state);
  });

  it.each([
    ['RETURN_OR_REFUND_REQUEST_REJECT', 'REFUND', 'rejected'],
    ['RETURN_OR_REFUND_REQUEST_CANCELLED', 'RETURN_AND_REFUND', 'withdrawn'],
    ['RETURN_OR_REFUND__REQUEST_CANCELLED', 'REFUND', 'withdrawn'],
    ['REPLACEMENT_REQUEST_CANCELLED', 'REPLACEMENT', 'withdrawn'],
    ['return_or_refund_request_pending', 'refund', 'requested'],
  ])('accepts the other spelling %s', (status, type, state) => {
    expect(fromTikTokReturnStatus(status, type)?.state).toBe(state);
  });

  it.each([
    ['REFUND', 'REFUND_OR_RETURN_REQUEST_REJECT'],
    ['RETURN_AND_REFUND', 'REJECT_RECEIVED_PACKAGE'],
    ['REPLACEMENT', 'REPLACEMENT_REQUEST_REJECT'],
  ])('puts a %s return in %s under arbitration while arbitration is IN_PROGRESS', (type, status) => {
    expect(fromTikTokReturnStatus(status, type, 'IN_PROGRESS')?.state).toBe('in_arbitration');
  });

  it.each([
    ['SUPPORT_BUYER', 'RETURN_OR_REFUND_REQUEST_COMPLETE', 'refunded'],
    ['SUPPORT_SELLER', 'REFUND_OR_RETURN_REQUEST_REJECT', 'rejected'],
    ['CLOSED', 'RETURN_OR_REFUND_REQUEST_CANCEL', 'withdrawn'],
  ])('follows return_status again once arbitration is %s', (arbitration, status, state) => {
    expect(fromTikTokReturnStatus(status, 'REFUND', arbitration)?.state).toBe(state);
  });

  it.each([
    ['SOMETHING_NEW', 'REFUND'],
    ['RETURN_OR_REFUND_REQUEST_PENDING', 'EXCHANGE'],
    ['', ''],
  ])('answers null for %j on a %j return', (status, type) => {
    expect(fromTikTokReturnStatus(status, type)).toBeNull();
  });
});

describe('fromTikTokCancelStatus', () => {
  it.each([
    ['CANCELLATION_REQUEST_PENDING', 'requested'],
    ['CANCELLATION_REQUEST_SUCCESS', 'cancelled'],
    ['CANCELLATION_REQUEST_COMPLETE', 'refunded'],
    ['CANCELLATION_REQUEST_CANCELLED', 'withdrawn'],
    ['CANCELLATION_REQUEST_CANCEL', 'withdrawn'],
    ['UNKNOWN', null],
  ])('%s is a cancellation ticket in state %s', (status, state) => {
    expect(fromTikTokCancelStatus(status)).toBe(state);
  });

  it('maps every cancel status and every alias', () => {
    for (const s of TIKTOK_CANCEL_STATUSES) expect(TICKET_MACHINES.cancellation.states).toContain(fromTikTokCancelStatus(s));
    for (const alias of Object.keys(TIKTOK_STATUS_ALIASES)) {
      expect(fromTikTokCancelStatus(alias) ?? fromTikTokReturnStatus(alias, alias.startsWith('REPLACEMENT') ? 'REPLACEMENT' : 'REFUND')).not.toBeNull();
    }
  });
});
