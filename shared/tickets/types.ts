// The vocabulary of after-sales tickets: kinds, events, buyer notices and the row shape of a transition
// table. Each kind's states and table live in its own file; machine.ts applies them.

export const TICKET_KINDS = ['refund', 'return_refund', 'resend', 'cancellation', 'address_change'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

export const TICKET_EVENTS = [
  'open', // the ticket was created (first timeline entry; not a transition)
  'request_sent', // a request exists on TikTok (filed by the buyer, or by the seller for the buyer)
  'proposal_sent', // the seller offered something else (partial refund, keep the item, refund instead)
  'proposal_declined', // the buyer turned the offer down
  'approved',
  'rejected',
  'withdrawn', // the buyer withdrew the request, or TikTok closed it (the *_CANCEL statuses)
  'buyer_shipped',
  'parcel_received',
  'refunded',
  'resend_shipped',
  'delivered',
  'cancelled', // the order was cancelled
  'address_updated',
  'escalated', // the buyer appealed a rejection to TikTok (arbitration)
  'ruled_for_buyer',
  'ruled_for_seller',
  'closed', // an agent closed the case without a TikTok outcome
  'reopened',
] as const;
export type TicketEvent = (typeof TICKET_EVENTS)[number];

/** Which message the buyer should get at a step; the texts live with the message templates. */
export const NOTICE_KEYS = [
  'refund_requested',
  'return_requested',
  'resend_requested',
  'cancellation_requested',
  'address_change_requested',
  'alternative_offered',
  'refund_approved',
  'return_approved',
  'resend_approved',
  'order_cancelled',
  'address_updated',
  'refund_rejected',
  'return_rejected',
  'package_rejected',
  'resend_rejected',
  'cancellation_rejected',
  'address_change_rejected',
  'return_received',
  'refund_issued',
  'resend_shipped',
  'resend_delivered',
] as const;
export type NoticeKey = (typeof NOTICE_KEYS)[number];

/** One row of a transition table: [from, event, to, buyer notice]. */
export type Row<S extends string> = readonly [from: S, event: TicketEvent, to: S, notice: NoticeKey | null];

export interface Transition<S extends string = string> {
  from: S;
  event: TicketEvent;
  to: S;
  notice: NoticeKey | null;
}

export interface KindMachine<S extends string = string> {
  kind: TicketKind;
  states: readonly S[];
  /** States in which the case is done: the ticket is closed (and may be reopened within the window). */
  closed: readonly S[];
  transitions: readonly Transition<S>[];
}

/**
 * Builds a kind's table from its own rows plus the two rows every kind shares:
 * every open state --closed--> 'closed', and every closed state --reopened--> 'open'.
 */
export function defineKind<S extends string>(kind: TicketKind, states: readonly S[], closed: readonly S[], rows: readonly Row<S>[]): KindMachine<S> {
  const own = rows.map(([from, event, to, notice]) => ({ from, event, to, notice }));
  const closing = states.filter((s) => !closed.includes(s)).map((from) => ({ from, event: 'closed' as const, to: 'closed' as S, notice: null }));
  const reopening = closed.map((from) => ({ from, event: 'reopened' as const, to: 'open' as S, notice: null }));
  return { kind, states, closed, transitions: [...own, ...closing, ...reopening] };
}
